package org.lsppm.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.MeasureResult;
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
      return comparison(Checks.orThrow(GrantComparison.of(DroolsRewardEngine.forPolicy(policy), DroolsRewardEngine.forPolicy(other),
          agreement, chosen)));
    }
    RewardResult r = Checks.orThrow(DroolsRewardEngine.forPolicy(policy).evaluate(agreement, chosen));
    return report(r, policy);
  }

  private static Report comparison(GrantComparison c) {
    String current = c.current().policy().id().value();
    String proposed = c.proposed().policy().id().value();
    List<List<Object>> rows = c.rows().map(row -> List.<Object>of(row.current().measure().target(), row.current().measure().id(),
        row.current().measure().title(), Report.Cell.orMissing(row.current().outturn(), "awaited"),
        payable(row.current()), row.current().payableRule(), payable(row.proposed()), row.proposed().payableRule(),
        Report.Cell.orMissing(row.difference(), "pending")))
        .append(List.of(Report.Cell.of("total", "total"), null, null, null, c.current().totalPayable(), null,
            c.proposed().totalPayable(), null, c.difference()));
    return new Report(c.current().agreement().name() + ": reward grant under " + current + " and " + proposed + ", scenario "
        + c.current().scenario().name(), List.of(Report.section("grant", "Grant by measure under " + current + " (current) and "
            + proposed + " (proposed)",
            List.of(Report.Column.of("target"), Report.Column.of("measure"), Report.Column.of("title"), A,
                Report.Column.of("current_payable"), Report.Column.of("current_rule"), Report.Column.of("proposed_payable"),
                Report.Column.of("proposed_rule"), Report.Column.of("difference")), rows)),
        List.of(Report.policyLine("Current reward", c.current().policy()), Report.policyLine("Proposed reward", c.proposed().policy())), c);
  }

  /** The columns of the paper's notation: W, T, A and p, named for machines. */
  static final Report.Column W = Report.Column.of("without_agreement", "W");
  static final Report.Column T = Report.Column.of("with_stretch", "T");
  static final Report.Column A = Report.Column.of("outturn", "A");
  static final Report.Column P = Report.Column.of("achieved", "p");

  /** What W, T, A and p mean, for the foot of a report that uses them. */
  static final String LEGEND = "W: the outturn expected without the agreement; T: the stretch target; A: the actual outturn; "
      + "p = (A - W) / (T - W), the share of the stretch achieved.";

  /** A decision on its colour: in full Green, a share Amber, nothing Red, pending Purple. */
  static Report.Cell decision(org.lsppm.core.reward.PayableDecision d) {
    return Report.Cell.shown(d, switch (d) {
      case IN_FULL -> org.lsppm.core.rating.TrafficLight.GREEN;
      case SHARE -> org.lsppm.core.rating.TrafficLight.AMBER;
      case NOTHING -> org.lsppm.core.rating.TrafficLight.RED;
      case PENDING -> org.lsppm.core.rating.TrafficLight.PURPLE;
    });
  }

  private static Report.Cell payable(MeasureResult m) {
    return Report.Cell.orMissing(m.payable(), "pending");
  }

  static Report report(RewardResult r, RewardPolicy policy) {
    List<List<Object>> measures = r.measures().map(m -> List.of(m.measure().target(), m.measure().id(), m.measure().title(),
        m.measure().stretch().withoutAgreement(), m.measure().stretch().withStretch(),
        Report.Cell.orMissing(m.outturn(), "awaited"), Report.Cell.orMissing(m.achieved(), "-"),
        m.potential(), payable(m), decision(m.decision()), m.payableRule(), m.interim(), m.paymentOnAccount()));
    List<List<Object>> totals = List.of(List.of(Report.Cell.of("pot", "pot"), r.pot()),
        List.of(Report.Cell.of("earned", "earned"), r.totalPayable()),
        List.of(Report.Cell.of("share of pot earned", "share_of_pot_earned"), r.shareOfPotEarned()),
        List.of(Report.Cell.of("still undetermined (awaited outturns)", "undetermined"), r.pendingPotential()));
    return new Report(r.agreement().name() + ": reward grant, scenario " + r.scenario().name(), List.of(
        Report.section("measures", "Measures", List.of(Report.Column.of("target"), Report.Column.of("measure"),
            Report.Column.of("title"), W, T, A, P, Report.Column.of("potential"), Report.Column.of("payable"),
            Report.Column.of("decision"), Report.Column.of("rule"), Report.Column.of("interim"),
            Report.Column.of("on_account")), measures),
        Report.section("totals", "Totals", List.of("total", "amount"), totals),
        schedule("schedule", "Payment schedule", r.schedule())),
        List.of(LEGEND, Report.policyLine("Reward", policy)), r);
  }

  /** A payment schedule, year by year. */
  static Report.Section schedule(String name, String heading, List<org.lsppm.core.reward.ScheduleLine> lines) {
    return Report.section(name, heading, List.of("year", "target", "measure", "kind", "capital", "revenue", "total"),
        lines.map(l -> List.of(l.year(), l.target(), l.measure(), l.kind(), l.capital(), l.revenue(), l.total())));
  }
}
