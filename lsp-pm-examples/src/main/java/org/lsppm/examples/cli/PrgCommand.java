package org.lsppm.examples.cli;

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

/** {@code lsp-pm prg}: the reward grant of one scenario, measure by measure, with its payment schedule. */
@Command(name = "prg", mixinStandardHelpOptions = true,
    description = "Performance Reward Grant for an agreement and its outturns, with the payment schedule.")
final class PrgCommand extends ReportCommand {

  @Mixin
  RewardInputs inputs;

  @Option(names = "--outturns", paramLabel = "CSV", required = true,
      description = "Scenario CSV (scenario, measure, outturn, interim); a measure left out is awaited.")
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
        row.current().measure().title(), row.current().outturn().map(String::valueOf).getOrElse("awaited"),
        payable(row.current()), row.current().payableRule(), payable(row.proposed()), row.proposed().payableRule(),
        row.difference().map(String::valueOf).getOrElse("pending")))
        .append(List.of("total", "", "", "", c.current().totalPayable(), "", c.proposed().totalPayable(), "", c.difference()));
    return new Report(c.current().agreement().name() + ": reward grant under " + current + " and " + proposed + ", scenario "
        + c.current().scenario().name(), List.of(Report.section("Grant by measure under " + current + " (current) and " + proposed
            + " (proposed)",
            List.of("target", "measure", "title", "A", "current payable", "current rule", "proposed payable", "proposed rule",
                "difference"), rows)),
        List.of(policyLine("Current reward", c.current().policy()), policyLine("Proposed reward", c.proposed().policy())));
  }

  private static Object payable(MeasureResult m) {
    return m.payable().map(Object.class::cast).getOrElse("pending");
  }

  static Report report(RewardResult r, RewardPolicy policy) {
    List<List<Object>> measures = r.measures().map(m -> List.of(m.measure().target(), m.measure().id(), m.measure().title(),
        m.measure().stretch().withoutAgreement(), m.measure().stretch().withStretch(),
        m.outturn().map(String::valueOf).getOrElse("awaited"), m.achieved().map(String::valueOf).getOrElse("-"),
        m.potential(), m.payable().map(String::valueOf).getOrElse("pending"), m.payableRule(), m.interim(),
        m.paymentOnAccount()));
    List<List<Object>> totals = List.of(List.of("pot", r.pot()), List.of("earned", r.totalPayable()),
        List.of("share of pot earned", r.shareOfPotEarned()), List.of("still undetermined (awaited outturns)", r.pendingPotential()));
    List<List<Object>> schedule = r.schedule().map(l -> List.of(l.year(), l.target(), l.measure(), l.kind(), l.capital(),
        l.revenue(), l.total()));
    return new Report(r.agreement().name() + ": reward grant, scenario " + r.scenario().name(), List.of(
        Report.section("Measures", List.of("target", "measure", "title", "W", "T", "A", "p", "potential", "payable", "rule",
            "interim", "on account"), measures),
        Report.section("Totals", List.of("total", "amount"), totals),
        Report.section("Payment schedule", List.of("year", "target", "measure", "kind", "capital", "revenue", "total"), schedule)),
        List.of(policyLine("Reward", policy)));
  }
}
