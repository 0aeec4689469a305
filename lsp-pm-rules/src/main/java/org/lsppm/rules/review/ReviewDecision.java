package org.lsppm.rules.review;

import org.lsppm.core.review.ReviewStatus;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * Where a review-frequency rule decided one required review stands.
 *
 * @param question the required review
 * @param status never reviewed, overdue, due soon or on time
 * @param rule the rule that decided it
 */
public record ReviewDecision(ReviewQuestion question, ReviewStatus status, RuleName rule) {

  /** {@code question} is {@code status}, decided by the rule named {@code rule}. */
  public static ReviewDecision of(ReviewQuestion question, ReviewStatus status, String rule) {
    return new ReviewDecision(question, status, Units.ruleName(rule));
  }
}
