package org.lsppm.cli;

import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardSimulation;
import org.lsppm.rules.DroolsRewardEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Report;

/** {@code lsp-pm simulate}: the chance of each trigger and the grant to budget, from seeded draws of forecast outturns. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Reward-grant risk: draw every measure's outturn from its forecast many times and report the chance of "
        + "each trigger, the expected grant, its 5th/50th/95th percentiles and the schedule at the median.")
final class SimulateCommand extends ReportCommand {

  @Mixin
  RewardInputs inputs;

  @Option(names = "--forecasts", paramLabel = "FILE", required = true,
      description = "Forecasts, CSV or a workbook sheet: one row per measure (range, normal, fixed or trend; see docs/formats-and-examples.md).")
  Path forecasts;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "10000",
      description = "How many draws, 1 to 1,000,000. Default: ${DEFAULT-VALUE}.")
  String draws;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "The seed, a whole number from -9223372036854775808 to 9223372036854775807: the same seed gives the same "
          + "result, on any number of threads. Default: ${DEFAULT-VALUE}.")
  String seed;

  @Option(names = "--places", paramLabel = "N",
      description = "Round every drawn outturn to N decimal places. Default: the places each measure's W, T and forecast are written with.")
  String places;

  @Override
  Report report() throws BadInput {
    int n = (int) whole("--draws", draws, 1, RewardSimulation.MAX_DRAWS);
    long s = whole("--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE);
    Integer p = places == null ? null : (int) whole("--places", places, 0, Checks.MAX_DECIMAL_PLACES);
    RewardAgreement agreement = inputs.agreement();
    RewardPolicy policy = inputs.policy();
    var byMeasure = Inputs.forecasts(forecasts, agreement, progress());
    RewardSimulation simulation = Checks.orThrow(RewardSimulation.of(DroolsRewardEngine.forPolicy(policy), agreement, byMeasure));
    RewardSimulation.Result r = (p == null ? simulation : simulation.withPlaces(p))
        .run(n, s, Runtime.getRuntime().availableProcessors());
    return GrantReports.simulation(agreement, r, policy, io.vavr.control.Option.of(p));
  }

  /** A whole number from {@code min} to {@code max} given to {@code option}. */
  private static long whole(String option, String text, long min, long max) throws BadInput {
    var v = org.lsppm.io.Values.whole(text, min, max);
    if (v.isInvalid()) {
      throw BadInput.of(v.getError().head().messageAt(option));
    }
    return v.get();
  }
}
