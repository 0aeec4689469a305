package org.lsppm.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.rules.DroolsRewardEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Report;

/** {@code lsp-pm prg}: the reward grant of one scenario, measure by measure, with its payment schedule. */
@Command(name = "prg", mixinStandardHelpOptions = true,
    description = "Performance Reward Grant for an agreement and its outturns, with the payment schedule.")
final class PrgCommand extends ReportCommand {

  @Mixin
  RewardInputs inputs;

  @Option(names = "--outturns", paramLabel = "FILE", required = true,
      description = "Scenarios, CSV or a workbook sheet (scenario, measure, outturn, interim); a measure left out is awaited.")
  Path outturns;

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "Which scenario of the file to evaluate. Default: the first.")
  String scenario;

  @Option(names = "--compare-policy", paramLabel = "JSON",
      description = "A proposed reward policy: the grant under the --reward-policy one and under this, measure by measure.")
  Path proposed;

  @Override
  Report report() throws BadInput {
    RewardAgreement agreement = inputs.agreement();
    RewardPolicy policy = inputs.policy();
    List<Scenario> scenarios = Inputs.scenarios(outturns, agreement, progress());
    Scenario chosen = scenario == null ? scenarios.head()
        : scenarios.find(s -> s.name().value().equals(scenario)).getOrElseThrow(() -> BadInput.of(outturns
            + ": expected a scenario named " + scenario + " (one of " + scenarios.map(s -> s.name().value()).mkString(", ") + ")"));
    if (proposed != null) {
      RewardPolicy other = Inputs.json(proposed, RewardPolicy.class);
      return GrantReports.comparison(Checks.orThrow(GrantComparison.of(DroolsRewardEngine.forPolicy(policy), DroolsRewardEngine.forPolicy(other),
          agreement, chosen)));
    }
    RewardResult r = Checks.orThrow(DroolsRewardEngine.forPolicy(policy).evaluate(agreement, chosen));
    return GrantReports.grant(r, policy);
  }
}
