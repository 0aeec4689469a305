package org.lsppm.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.Quantity;
import org.lsppm.core.reward.MeasureResult;
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
    List<Report.Column> columns = List.of(Report.Column.of("measure"));
    java.util.Set<String> keys = new java.util.HashSet<>(java.util.Set.of("measure"));
    for (Scenario s : all) {
      // Names that differ only in punctuation or case would make one key: the later gets _2, _3.
      String key = snake(s.name().value());
      String unique = key;
      for (int n = 2; !keys.add(unique); n++) {
        unique = key + "_" + n;
      }
      columns = columns.append(new Report.Column(unique, s.name().value(), Report.Audience.ALL));
    }
    List<List<Object>> rows = agreement.measures().map(m -> List.<Object>of(m.id()).appendAll(results.map(r ->
        Report.Cell.orMissing(r.measure(m.id()).flatMap(MeasureResult::payable), "pending"))));
    rows = rows.append(List.<Object>of(Report.Cell.of("total", "total")).appendAll(results.map(RewardResult::totalPayable)))
        .append(List.<Object>of(Report.Cell.of("share of pot", "share_of_pot")).appendAll(results.map(RewardResult::shareOfPotEarned)))
        .append(List.<Object>of(Report.Cell.of("undetermined", "undetermined")).appendAll(results.map(RewardResult::pendingPotential)));
    List<Report.Section> sections = List.of(Report.section("scenarios", "Scenarios compared (pot " + agreement.pot() + ")",
        columns, rows));
    Seq<SensitivityPoint> series = vary == null ? List.empty() : sensitivity(engine, agreement, all.head());
    if (vary != null) {
      sections = sections.append(Report.section("sensitivity", "Sensitivity of measure " + vary + " (other outturns as in "
              + all.head().name() + ")",
          List.of(Report.Column.of("outturn"), Report.Column.of("measure_earns", "measure earns"),
              Report.Column.of("agreement_earns", "agreement earns"), Report.Column.of("decision"),
              Report.Column.forPeople("step", "step")),
          steps(series)));
    }
    return new Report(agreement.name() + ": what if", sections, List.of(Report.policyLine("Reward", policy)),
        new WhatIf(results, series));
  }

  /**
   * What {@code whatif --format json} writes.
   *
   * @param scenarios each scenario's result, in the file's order
   * @param sensitivity the series of {@code --vary}, empty without it
   */
  record WhatIf(Seq<RewardResult> scenarios, Seq<SensitivityPoint> sensitivity) {}

  /**
   * The series' rows, each decision on its colour, and where the decision changes from the row
   * before (the threshold reached or lost, the 100% cap) said in words: people see the step.
   */
  private static List<List<Object>> steps(Seq<SensitivityPoint> series) {
    List<List<Object>> rows = List.empty();
    SensitivityPoint previous = null;
    for (SensitivityPoint p : series) {
      String step = previous == null || previous.decision() == p.decision() ? ""
          : "\u2190 " + Report.word(previous.decision()).toLowerCase(java.util.Locale.UK) + " to "
              + Report.word(p.decision()).toLowerCase(java.util.Locale.UK);
      rows = rows.append(List.of(p.outturn(), p.measurePayable(), p.totalPayable(), GrantReports.decision(p.decision()), step));
      previous = p;
    }
    return rows;
  }

  /** A scenario's name as a column key: lower case, runs of other characters as one underscore. */
  private static String snake(String name) {
    String key = name.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return key.isEmpty() ? "scenario" : key;
  }

  private Seq<SensitivityPoint> sensitivity(RewardEngine engine, RewardAgreement agreement, Scenario base) throws BadInput {
    java.util.List<String> problems = new java.util.ArrayList<>();
    Quantity[] bounds = new Quantity[3];
    String[] names = {"--from", "--to", "--step"};
    String[] values = {from, to, step};
    for (int i = 0; i < 3; i++) {
      var v = Values.number(values[i]);
      if (v.isInvalid()) {
        problems.add(v.getError().head().messageAt(names[i]));
      } else {
        bounds[i] = v.get();
      }
    }
    BadInput.throwIfAny(problems);
    var series = engine.sensitivity(agreement, base, new TargetId(vary), bounds[0], bounds[1], bounds[2]);
    if (series.isInvalid()) {
      throw new BadInput(List.ofAll(series.getError()).map(p -> p.messageAt("--vary/--step")));
    }
    return series.get();
  }
}
