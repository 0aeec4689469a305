package org.lsppm.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.Quantity;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.SensitivityPoint;
import org.lsppm.core.reward.TargetId;
import org.lsppm.rules.DroolsRewardEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.InputProblem;
import org.lsppm.io.Inputs;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Report;
import org.lsppm.io.Values;

/** {@code lsp-pm whatif}: scenarios compared side by side, and a sensitivity series for one measure. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Compare scenarios, and show the grant as one measure's outturn varies (the threshold step visible).")
final class WhatIfCommand extends ReportCommand {

  @Mixin
  RewardInputs inputs;

  @Option(names = "--scenarios", paramLabel = "FILE", required = true,
      description = "Scenarios, CSV or a workbook sheet (scenario, measure, outturn, interim).")
  Path scenarios;

  @Option(names = "--vary", paramLabel = "MEASURE", description = "A measure to vary for a sensitivity series (needs --from, --to, --step).")
  String vary;

  @Option(names = "--from", paramLabel = "NUMBER", description = "First outturn of the series.")
  String from;

  @Option(names = "--to", paramLabel = "NUMBER", description = "Last outturn of the series.")
  String to;

  @Option(names = "--step", paramLabel = "NUMBER", description = "Step between outturns of the series.")
  String step;

  @Override
  Report report() throws BadInput {
    RewardAgreement agreement = inputs.agreement();
    RewardPolicy policy = inputs.policy();
    List<Scenario> all = Inputs.scenarios(scenarios, agreement, progress());
    RewardEngine engine = DroolsRewardEngine.forPolicy(policy);
    Seq<RewardResult> results = Checks.orThrow(engine.evaluateAll(agreement, all));
    Seq<SensitivityPoint> series = vary == null ? List.empty() : sensitivity(engine, agreement, all.head());
    return GrantReports.whatIf(new GrantReports.WhatIf(results, series), io.vavr.control.Option.of(vary).map(TargetId::new), policy);
  }

  private Seq<SensitivityPoint> sensitivity(RewardEngine engine, RewardAgreement agreement, Scenario base) throws BadInput {
    java.util.List<InputProblem> problems = new java.util.ArrayList<>();
    Quantity[] bounds = new Quantity[3];
    String[] names = {"--from", "--to", "--step"};
    String[] values = {from, to, step};
    for (int i = 0; i < 3; i++) {
      var v = Values.number(values[i]);
      if (v.isInvalid()) {
        problems.add(InputProblem.of(v.getError().head().messageAt(names[i])));
      } else {
        bounds[i] = v.get();
      }
    }
    BadInput.throwIfAny(problems);
    var series = engine.sensitivity(agreement, base, new TargetId(vary), bounds[0], bounds[1], bounds[2]);
    if (series.isInvalid()) {
      throw new BadInput(List.ofAll(series.getError()).map(p -> InputProblem.of(p.messageAt("--vary/--step"))));
    }
    return series.get();
  }
}
