package org.lsppm.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.lsppm.core.Checks;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.ScheduleLine;
import org.lsppm.core.reward.SensitivityPoint;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.reward.Trigger;
import org.lsppm.rules.DroolsRewardEngine;

/**
 * An LPSA-style reward agreement of 12 targets (two with sub-targets, seven lower-is-better, two
 * with interim levels) taken through current, pessimistic and optimistic scenarios: the pot and
 * its division, the 60% and 100% trigger outturns, what each scenario earns, the payment schedule
 * of the current one, and how the grant moves as one outturn varies. Figures are illustrative.
 */
public final class RewardWhatIf {
  static final String AGREEMENT = "/org/lsppm/examples/lpsa-agreement.json";

  private RewardWhatIf() {}

  /** Prints the what-if report for the bundled agreement. */
  public static void main(String[] args) throws IOException {
    print(System.out, loadAgreement(), DroolsRewardEngine.withDefaults());
  }

  static RewardAgreement loadAgreement() throws IOException {
    try (InputStream in = RewardWhatIf.class.getResourceAsStream(AGREEMENT)) {
      if (in == null) {
        throw new IOException("bundled agreement missing from the class path: " + AGREEMENT);
      }
      return Checks.orThrow(Json.read(in, RewardAgreement.class));
    }
  }

  /** The latest outturns: targets 3i and 3ii await the end of the academic year. */
  static Scenario current() {
    return Scenario.named("current").interim("4", "9.6").interim("7", "960")
        .outturn("1", "16.1").outturn("2", "13.2").outturn("4", "8.9").outturn("5", "41.5").outturn("6", "23.1")
        .outturn("7", "1010").outturn("8", "151").outturn("9", "27.0").outturn("10i", "66").outturn("10ii", "349")
        .outturn("11", "58.7").outturn("12", "22.9");
  }

  static Scenario pessimistic() {
    return current().named(new org.lsppm.core.Text("pessimistic"))
        .outturn("1", "17.0").outturn("2", "13.5").outturn("3i", "54.5").outturn("3ii", "79.5").outturn("4", "9.9")
        .outturn("5", "42.9").outturn("7", "990").outturn("8", "139").outturn("11", "59.1").outturn("12", "21.5");
  }

  static Scenario optimistic() {
    return current().named(new org.lsppm.core.Text("optimistic"))
        .outturn("1", "15.2").outturn("2", "12.4").outturn("3i", "57.5").outturn("3ii", "81.4").outturn("4", "8.0")
        .outturn("5", "39.8").outturn("7", "1100").outturn("8", "158").outturn("11", "56.0").outturn("12", "24.6");
  }

  static void print(PrintStream out, RewardAgreement agreement, RewardEngine engine) {
    out.println(agreement.name());
    out.println("Period " + agreement.firstYear() + " to " + agreement.lastYear() + "; pot " + agreement.pot()
        + " (" + agreement.potRate() + " of a net budget requirement of " + agreement.netBudgetRequirement().get()
        + ", rounded to the nearest " + agreement.potRoundingStep().get() + ")");
    out.println();
    out.println("Triggers (policy " + engine.policy().id() + ": " + engine.policy().threshold() + " threshold)");
    TextTable triggers = new TextTable("measure", "title", "W", "T", "potential", "60% trigger", "100% trigger");
    engine.triggers(agreement).forEach((Trigger t) -> triggers.row(t.measure().id(), t.measure().title(),
        t.measure().stretch().withoutAgreement(), t.measure().stretch().withStretch(), t.potential(), t.threshold(), t.full()));
    triggers.printTo(out, "  ");

    Seq<RewardResult> results = Checks.orThrow(engine.evaluateAll(agreement, List.of(current(), pessimistic(), optimistic())));
    out.println();
    out.println("Scenarios compared");
    TextTable compare = new TextTable("measure", "current", "pessimistic", "optimistic");
    agreement.measures().forEach(m -> compare.row(m.id(),
        cell(results.get(0), m.id()), cell(results.get(1), m.id()), cell(results.get(2), m.id())));
    compare.row("total", results.get(0).totalPayable(), results.get(1).totalPayable(), results.get(2).totalPayable());
    compare.row("share of pot", results.get(0).shareOfPotEarned(), results.get(1).shareOfPotEarned(),
        results.get(2).shareOfPotEarned());
    compare.row("undetermined", results.get(0).pendingPotential(), results.get(1).pendingPotential(),
        results.get(2).pendingPotential());
    compare.printTo(out, "  ");

    RewardResult now = results.get(0);
    out.println();
    out.println("Current scenario, measure by measure");
    TextTable detail = new TextTable("measure", "A", "p", "payable", "rule", "interim", "on account");
    now.measures().forEach(m -> detail.row(m.measure().id(), m.outturn().map(String::valueOf).getOrElse("awaited"),
        m.achieved().map(String::valueOf).getOrElse("-"), m.payable().map(String::valueOf).getOrElse("pending"),
        m.payableRule(), m.interim(), m.paymentOnAccount()));
    detail.printTo(out, "  ");

    out.println();
    out.println("Current scenario, payment schedule (capital / revenue " + engine.policy().capitalShare() + " / "
        + engine.policy().revenueShare() + ")");
    TextTable schedule = new TextTable("year", "measure", "kind", "capital", "revenue", "total");
    now.schedule().forEach((ScheduleLine l) -> schedule.row(l.year(), l.measure(), l.kind(), l.capital(), l.revenue(), l.total()));
    schedule.printTo(out, "  ");
    out.println("  by year: " + now.scheduleByYear().map(e -> e._1 + " " + e._2).mkString(", "));
    out.println("  scheduled " + now.schedule().map(ScheduleLine::total).fold(Money.zero(), Money::plus)
        + " = earned " + now.totalPayable() + " + on account for pending measures "
        + now.pending().map(MeasureResult::paymentOnAccount).fold(Money.zero(), Money::plus));

    out.println();
    out.println("Sensitivity: target 1 (burglary) from 18.2 down to 14.6, the other outturns as in the current scenario");
    TextTable sensitivity = new TextTable("outturn", "target 1 earns", "agreement earns", "decision");
    Checks.orThrow(engine.sensitivity(agreement, current(), new TargetId("1"), Quantity.parse("14.6").get(),
            Quantity.parse("18.2").get(), Quantity.parse("0.4").get()))
        .reverse()
        .forEach((SensitivityPoint p) -> sensitivity.row(p.outturn(), p.measurePayable(), p.totalPayable(), p.decision()));
    sensitivity.printTo(out, "  ");
  }

  private static String cell(RewardResult r, TargetId measure) {
    MeasureResult m = r.measures().find(x -> x.measure().id().equals(measure)).get();
    return m.payable().map(String::valueOf).getOrElse("pending");
  }
}
