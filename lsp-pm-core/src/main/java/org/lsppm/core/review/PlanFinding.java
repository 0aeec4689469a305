package org.lsppm.core.review;

import java.util.Objects;
import org.lsppm.core.rule.RuleName;

/**
 * Something missing or late in a partnership's actions, improvement plan or partial delivery
 * review: what it is about, what is wrong, and the rule that found it. Immutable and thread-safe.
 *
 * @param subject what the finding is about, such as {@code actions[1]: Report back on endorsement}
 * @param issue what is wrong, such as {@code no lead person or agency}
 * @param rule the rule that found it
 */
public record PlanFinding(String subject, String issue, RuleName rule) {

  /** Creates a finding; no part may be null. */
  public PlanFinding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return subject + ": " + issue + " (" + rule + ")";
  }
}
