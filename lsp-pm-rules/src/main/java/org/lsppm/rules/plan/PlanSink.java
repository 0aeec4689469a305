package org.lsppm.rules.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where the plan rules write their findings; any number per subject. Used by one session on one thread. */
public final class PlanSink {
  /**
   * One finding as the rules wrote it.
   *
   * @param order where its subject comes in the report
   * @param subject what it is about
   * @param issue what is wrong
   * @param rule the rule that found it
   */
  public record Written(int order, String subject, String issue, String rule) {}

  private final List<Written> findings = new ArrayList<>();

  /** Records that {@code subject} has {@code issue}, found by {@code rule}. */
  public void finding(Subject subject, String issue, String rule) {
    findings.add(new Written(subject.getOrder(), subject.getSubject(), issue, rule));
  }

  /** The findings in the order of their subjects, then by rule name: the same whatever order the rules fired in. */
  public List<Written> findings() {
    List<Written> copy = new ArrayList<>(findings);
    copy.sort(Comparator.comparingInt(Written::order).thenComparing(Written::rule));
    return copy;
  }
}
