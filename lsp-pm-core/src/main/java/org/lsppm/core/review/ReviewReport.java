package org.lsppm.core.review;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A partnership's review position on a date: where every required review stands, and what is
 * missing from its actions, improvement plan and partial delivery review. Immutable and thread-safe.
 *
 * @param asOf the date the report is for
 * @param reviews every required review, overdue and never-reviewed first, then by due date
 * @param plan SMART, improvement-plan and coverage findings, in the order of what they are about
 * @param policy the policy the review findings were made under
 */
public record ReviewReport(LocalDate asOf, List<ReviewFinding> reviews, List<PlanFinding> plan, ReviewPolicy policy) {

  /** Creates a report; no part may be null. */
  public ReviewReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(policy, "policy");
  }

  /** The findings that need action: overdue or never reviewed. */
  public List<ReviewFinding> needingAction() {
    return reviews.filter(f -> f.status() == ReviewStatus.OVERDUE || f.status() == ReviewStatus.NEVER_REVIEWED);
  }

  /** What falls due from the as-of date to {@code months} ahead, in date order. */
  public List<ReviewFinding> calendar(int months) {
    LocalDate end = ReviewSchedule.plusMonths(asOf, months);
    return reviews.filter(f -> f.due().exists(d -> !d.isBefore(asOf) && !d.isAfter(end)))
        .sortBy(f -> f.due().get());
  }
}
