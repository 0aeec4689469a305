package org.lsppm.examples.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.rules.DroolsReviewEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lsp-pm reviews}: where every required review stands on a date, and what falls due next. */
@Command(name = "reviews", mixinStandardHelpOptions = true,
    description = "Review findings (on time, due soon, overdue, never reviewed) and the calendar, as of a date.")
final class ReviewsCommand extends ReportCommand {

  @Option(names = "--partnership", paramLabel = "JSON", required = true, description = "The partnership JSON file.")
  Path partnership;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date to check as of, such as 2004-03-17.")
  String asOf;

  @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "Months the calendar looks ahead. Default: ${DEFAULT-VALUE}.")
  int months;

  @Option(names = "--review-policy", paramLabel = "JSON",
      description = "Review policy JSON (print the default with 'lsp-pm policy --kind review'). Default: the built-in policy.")
  Path policy;

  @Option(names = "--fail-on-findings", defaultValue = "false",
      description = "Exit 1 when a review is overdue or never reviewed. Default: ${DEFAULT-VALUE}.")
  boolean failOnFindings;

  @Override
  Report report() throws BadInput {
    ReviewReport r = check(partnership, asOf, policy);
    List<List<Object>> findings = r.reviews().map(f -> List.of(f.subject(), f.status(),
        f.lastReview().map(String::valueOf).getOrElse("never"), f.due().map(String::valueOf).getOrElse("now"), f.rule()));
    List<List<Object>> calendar = r.calendar(months).map(f -> List.of(f.due().get(), f.subject()));
    return new Report("Review position on " + r.asOf(), List.of(
        Report.section("Required reviews", List.of("requirement", "status", "last review", "due", "rule"), findings),
        Report.section("Falling due in the next " + months + " months", List.of("due", "requirement"), calendar)),
        List.of(policyLine("Review", r.policy())));
  }

  @Override
  boolean failed(Report report) {
    return failOnFindings && report.sections().head().rows()
        .exists(row -> row.get(1).text().equals("OVERDUE") || row.get(1).text().equals("NEVER_REVIEWED"));
  }

  static ReviewReport check(Path partnership, String asOf, Path policyFile) throws BadInput {
    var date = Values.date(asOf);
    if (date.isInvalid()) {
      throw BadInput.of("--as-of: " + date.getError().head().message().replaceFirst("^value: ", ""));
    }
    Partnership p = Inputs.json(partnership, Partnership.class);
    ReviewPolicy policy = policyFile == null ? ReviewPolicy.defaults() : Inputs.json(policyFile, ReviewPolicy.class);
    var report = DroolsReviewEngine.forPolicy(policy).check(p, date.get());
    if (report.isInvalid()) {
      throw new BadInput(List.ofAll(report.getError()).map(x -> partnership + ": " + x.message()));
    }
    return Checks.orThrow(report);
  }

}
