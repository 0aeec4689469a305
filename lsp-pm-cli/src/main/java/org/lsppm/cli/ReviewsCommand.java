package org.lsppm.cli;

import io.vavr.collection.List;
import org.lsppm.core.review.ReviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Report;

/** {@code lsp-pm reviews}: where every required review stands on a date, and what falls due next. */
@Command(name = "reviews", mixinStandardHelpOptions = true,
    description = "Review findings (on time, due soon, overdue, never reviewed) and the calendar, as of a date.")
final class ReviewsCommand extends ReportCommand {

  @Mixin
  PartnershipCheck check;

  /** The longest look-ahead: ten years, beyond any review interval. */
  static final int MAX_MONTHS = 120;

  @Option(names = "--months", paramLabel = "N", defaultValue = "12",
      description = "Months the calendar looks ahead, 1 to " + MAX_MONTHS + ". Default: ${DEFAULT-VALUE}.")
  int months;

  private boolean needsAction;

  @Override
  Report report() throws BadInput {
    if (months < 1 || months > MAX_MONTHS) {
      throw BadInput.of("--months: expected a whole number of months from 1 to " + MAX_MONTHS + ", got " + months);
    }
    ReviewReport r = check.check();
    needsAction = !r.needingAction().isEmpty();
    List<List<Object>> findings = r.reviews().map(f -> List.of(f.subject(), Report.Cell.shown(f.status(), colour(f.status())),
        Report.Cell.orMissing(f.lastReview(), "never"), Report.Cell.orMissing(f.due(), "now"), f.rule()));
    List<List<Object>> calendar = r.calendar(months).map(f -> List.of(f.due().get(), f.subject()));
    return new Report("Review position on " + r.asOf(), List.of(
        Report.section("reviews", "Required reviews", List.of("requirement", "status", "last_review", "due", "rule"), findings),
        Report.section("calendar", "Falling due in the next " + months + " months", List.of("due", "requirement"), calendar)),
        List.of(Report.policyLine("Review", r.policy())), r);
  }

  /** Overdue and never reviewed are Red, due soon Amber, on time Green. */
  static org.lsppm.core.rating.TrafficLight colour(org.lsppm.core.review.ReviewStatus status) {
    return switch (status) {
      case ON_TIME -> org.lsppm.core.rating.TrafficLight.GREEN;
      case DUE_SOON -> org.lsppm.core.rating.TrafficLight.AMBER;
      default -> org.lsppm.core.rating.TrafficLight.RED;
    };
  }

  @Override
  boolean failed() {
    return check.failOnFindings && needsAction;
  }
}
