package org.lsppm.reports;

import io.vavr.collection.List;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.review.ReviewStatus;

/**
 * The reports of a partnership's review position: where every required review stands on a date
 * and what falls due next, and the findings on its actions and improvement plans. Each names the
 * partnership and the date in its title.
 *
 * <pre>{@code
 * ReviewReport position = Checks.orThrow(DroolsReviewEngine.withDefaults().check(partnership, LocalDate.of(2004, 6, 1)));
 * Report report = ReviewReports.reviews(partnership, position, 12);
 * Format.HTML.render(report, Provenance.of(Instant.now(), "0.1.0"), out);
 * }</pre>
 */
public final class ReviewReports {
  private ReviewReports() {}

  /** The longest look-ahead of the calendar, in months: ten years, beyond any review interval. */
  public static final int MAX_MONTHS = 120;

  /**
   * Each required review's status on its colour (overdue and never reviewed Red, due soon Amber,
   * on time Green), its last review, when it is due and the rule that says so; then the reviews
   * falling due in the next {@code months} months. Its data is the position.
   *
   * @throws IllegalArgumentException when {@code months} is not from 1 to {@value #MAX_MONTHS}
   */
  public static Report reviews(Partnership partnership, ReviewReport r, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months: expected a whole number from 1 to " + MAX_MONTHS + ", got " + months);
    }
    List<List<Object>> findings = r.reviews().map(f -> List.of(f.subject(), Report.Cell.shown(f.status(), colour(f.status())),
        Report.Cell.orMissing(f.lastReview(), "never"), Report.Cell.orMissing(f.due(), "now"), f.rule()));
    List<List<Object>> calendar = r.calendar(months).map(f -> List.of(f.due().get(), f.subject()));
    return new Report(partnership.name() + ": review position on " + Dates.uk(r.asOf()), List.of(
        Report.section("reviews", "Required reviews (" + findings.size() + ")",
            List.of("requirement", "status", "last_review", "due", "rule"), findings),
        Report.section("calendar", "Falling due in the next " + months + " months (" + calendar.size() + ")",
            List.of("due", "requirement"), calendar)),
        List.of(Report.policyLine("Review", r.policy())), r);
  }

  /**
   * The findings on the partnership's actions (SMART), improvement plans and coverage, each with
   * the rule that found it. Its data is the findings.
   */
  public static Report plan(Partnership partnership, ReviewReport r) {
    List<List<Object>> rows = r.plan().map(f -> List.of(f.subject(), f.issue(), f.rule()));
    return new Report(partnership.name() + ": actions and improvement plans on " + Dates.uk(r.asOf()),
        List.of(Report.section("findings", "Findings (" + rows.size() + ")", List.of("subject", "finding", "rule"), rows)),
        List.of(Report.policyLine("Review", r.policy())), r.plan());
  }

  /** Overdue and never reviewed are Red, due soon Amber, on time Green. */
  public static TrafficLight colour(ReviewStatus status) {
    return switch (status) {
      case ON_TIME -> TrafficLight.GREEN;
      case DUE_SOON -> TrafficLight.AMBER;
      default -> TrafficLight.RED;
    };
  }
}
