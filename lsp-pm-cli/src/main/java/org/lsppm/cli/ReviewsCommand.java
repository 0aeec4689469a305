package org.lsppm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Report;
import org.lsppm.reports.ReviewReports;

/** {@code lsp-pm reviews}: where every required review stands on a date, and what falls due next. */
@Command(name = "reviews", mixinStandardHelpOptions = true,
    description = "Review findings (on time, due soon, overdue, never reviewed) and the calendar, as of a date.")
final class ReviewsCommand extends ReportCommand {

  @Mixin
  PartnershipCheck check;

  @Option(names = "--months", paramLabel = "N", defaultValue = "12",
      description = "Months the calendar looks ahead, 1 to " + ReviewReports.MAX_MONTHS + ". Default: ${DEFAULT-VALUE}.")
  int months;

  private boolean needsAction;

  @Override
  Report report() throws BadInput {
    if (months < 1 || months > ReviewReports.MAX_MONTHS) {
      throw BadInput.of("--months: expected a whole number of months from 1 to " + ReviewReports.MAX_MONTHS + ", got " + months);
    }
    PartnershipCheck.Checked checked = check.check();
    needsAction = !checked.position().needingAction().isEmpty();
    return ReviewReports.reviews(checked.partnership(), checked.position(), months);
  }

  @Override
  boolean failed() {
    return check.failOnFindings && needsAction;
  }
}
