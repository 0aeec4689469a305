package org.lsppm.examples.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.review.ReviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lsp-pm plan-check}: SMART actions, improvement-plan fields and coverage, as of a date. */
@Command(name = "plan-check", mixinStandardHelpOptions = true,
    description = "SMART-action, improvement-plan and coverage findings, as of a date.")
final class PlanCheckCommand extends ReportCommand {

  @Option(names = "--partnership", paramLabel = "JSON", required = true, description = "The partnership JSON file.")
  Path partnership;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date to check as of, such as 2004-03-17.")
  String asOf;

  @Option(names = "--fail-on-findings", defaultValue = "false",
      description = "Exit 1 when there is any finding. Default: ${DEFAULT-VALUE}.")
  boolean failOnFindings;

  @Override
  Report report() throws BadInput {
    ReviewReport r = ReviewsCommand.check(partnership, asOf, null);
    List<List<Object>> rows = r.plan().map(f -> List.of(f.subject(), f.issue(), f.rule()));
    return new Report("Actions and improvement plan on " + r.asOf(), List.of(Report.section(
        "Findings (" + rows.size() + ")", List.of("subject", "finding", "rule"), rows)), List.empty());
  }

  @Override
  boolean failed(Report report) {
    return failOnFindings && !report.sections().head().rows().isEmpty();
  }
}
