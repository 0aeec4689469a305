package org.lsppm.cli;

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
    return GrantReports.triggers(agreement, DroolsRewardEngine.forPolicy(policy).triggers(agreement), policy);
  }
}
