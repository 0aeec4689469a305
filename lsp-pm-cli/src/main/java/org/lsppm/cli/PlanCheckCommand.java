package org.lsppm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Report;
import org.lsppm.reports.ReviewReports;

/** {@code lsp-pm plan-check}: SMART actions, improvement-plan fields and coverage, as of a date. */
@Command(name = "plan-check", mixinStandardHelpOptions = true,
    description = "SMART-action, improvement-plan and coverage findings, as of a date.")
final class PlanCheckCommand extends ReportCommand {

  @Mixin
  PartnershipCheck check;

  private boolean hasFindings;

  @Override
  Report report() throws BadInput {
    PartnershipCheck.Checked checked = check.check();
    hasFindings = !checked.position().plan().isEmpty();
    return ReviewReports.plan(checked.partnership(), checked.position());
  }

  @Override
  boolean failed() {
    return check.failOnFindings && hasFindings;
  }
}
