package org.lsppm.cli;

import io.vavr.collection.List;
import org.lsppm.core.review.ReviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Report;

/** {@code lsp-pm plan-check}: SMART actions, improvement-plan fields and coverage, as of a date. */
@Command(name = "plan-check", mixinStandardHelpOptions = true,
    description = "SMART-action, improvement-plan and coverage findings, as of a date.")
final class PlanCheckCommand extends ReportCommand {

  @Mixin
  PartnershipCheck check;

  private boolean hasFindings;

  @Override
  Report report() throws BadInput {
    ReviewReport r = check.check();
    hasFindings = !r.plan().isEmpty();
    List<List<Object>> rows = r.plan().map(f -> List.of(f.subject(), f.issue(), f.rule()));
    return new Report("Actions and improvement plan on " + r.asOf(), List.of(Report.section("findings",
        "Findings (" + rows.size() + ")", List.of("subject", "finding", "rule"), rows)), List.empty(), r.plan());
  }

  @Override
  boolean failed() {
    return check.failOnFindings && hasFindings;
  }
}
