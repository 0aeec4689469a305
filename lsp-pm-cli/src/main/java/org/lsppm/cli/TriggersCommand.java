package org.lsppm.cli;

import io.vavr.collection.List;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.rules.DroolsRewardEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lsppm.io.BadInput;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Report;

/** {@code lsp-pm triggers}: the outturns that reach the threshold (60%) and the full stretch (100%). */
@Command(name = "triggers", mixinStandardHelpOptions = true,
    description = "The 60%% and 100%% trigger outturns of every measure of an agreement.")
final class TriggersCommand extends ReportCommand {

  @Mixin
  RewardInputs inputs;

  @Override
  Report report() throws BadInput {
    RewardAgreement agreement = inputs.agreement();
    RewardPolicy policy = inputs.policy();
    List<org.lsppm.core.reward.Trigger> triggers = DroolsRewardEngine.forPolicy(policy).triggers(agreement);
    List<List<Object>> rows = triggers.map(t -> List.of(t.measure().id(), t.measure().title(),
        t.measure().stretch().withoutAgreement(), t.measure().stretch().withStretch(), t.potential(), t.threshold(), t.full()));
    return new Report(agreement.name() + ": triggers", List.of(Report.section("triggers", "Trigger outturns",
        List.of(Report.Column.of("measure"), Report.Column.of("title"), GrantReports.W, GrantReports.T, Report.Column.of("potential"),
            Report.Column.of("threshold_trigger", "threshold trigger"), Report.Column.of("full_trigger", "100% trigger")), rows)),
        List.of(GrantReports.LEGEND, Report.policyLine("Reward", policy)), triggers);
  }
}
