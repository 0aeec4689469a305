package org.lsppm.core.review;

import org.lsppm.core.criterion.PartnershipCriterion;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.lsppm.core.rule.RuleName;

/**
 * Where one required review stands on an as-of date, and why: the requirement, its subject (a
 * criterion where there is one), the last review that counts, the due date that follows from it,
 * the status, and the rule that decided the status. Immutable and thread-safe.
 *
 * @param requirement what is required
 * @param criterion the criterion, for criterion requirements
 * @param lastReview the date of the last review that counts; none if never
 * @param due when the next review is due; none if never reviewed (due now)
 * @param status on time, due soon, overdue, or never reviewed
 * @param rule the rule that decided the status
 * @param asOf the date the finding is for
 */
public record ReviewFinding(
    Requirement requirement, Option<PartnershipCriterion> criterion, Option<LocalDate> lastReview,
    Option<LocalDate> due, ReviewStatus status, RuleName rule, LocalDate asOf) {

  /** Creates a finding; no part may be null. */
  public ReviewFinding {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** The subject in words: {@code Delivery}, {@code Criterion: Inclusive}, ... */
  public String subject() {
    String base = switch (requirement) {
      case DELIVERY_REVIEW -> "Delivery";
      case REMAINING_THEMES_REVIEW -> "Delivery (themes left out of the partial review)";
      case CRITERION_FULL_REVIEW -> "Full review of criterion";
      case WEAK_CRITERION_REVIEW -> "Weak criterion re-review";
      case IMPROVEMENT_PLAN_REVIEW -> "Improvement plan";
      case REWARD_TARGETS_UPDATE -> "Reward-bearing targets update";
    };
    return base + criterion.map(c -> ": " + c.label()).getOrElse("");
  }
}
