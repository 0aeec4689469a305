package org.lsppm.rules.plan;

import org.lsppm.core.review.PlanFinding;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * A finding as a plan rule wrote it.
 *
 * @param subject what it is about
 * @param issue what is wrong
 * @param rule the rule that found it
 */
public record Found(Subject subject, String issue, RuleName rule) {

  /** {@code subject} has {@code issue}, found by the rule named {@code rule}. */
  public static Found of(Subject subject, String issue, String rule) {
    return new Found(subject, issue, Units.ruleName(rule));
  }

  /** As the library reports it. */
  public PlanFinding finding() {
    return new PlanFinding(subject.getSubject(), issue, rule);
  }
}
