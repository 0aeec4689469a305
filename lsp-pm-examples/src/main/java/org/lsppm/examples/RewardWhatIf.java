package org.lsppm.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import org.lsppm.core.Checks;
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
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.TextTable;

/**
 * An LPSA-style reward agreement of 12 targets (two with sub-targets, seven lower-is-better, two
 * with interim levels) taken through current, pessimistic and optimistic scenarios: the pot and
 * its division, the 60% and 100% trigger outturns, what each scenario earns, the payment schedule
 * of the current one, and how the grant moves as one outturn varies. Figures are illustrative.
 */
public final class RewardWhatIf {

  private RewardWhatIf() {}

  /** Prints the what-if report for the bundled agreement. */
  public static void main(String[] args) throws BadInput {
    RewardAgreement agreement = loadAgreement();
    print(System.out, agreement, scenarios(agreement), DroolsRewardEngine.withDefaults());
  }

  static RewardAgreement loadAgreement() throws BadInput {
    return Inputs.json(BundledData.file("lpsa-agreement.json"), RewardAgreement.class);
  }

  /** The current, pessimistic and optimistic scenarios of {@code lpsa-scenarios.csv}. */
  static List<Scenario> scenarios(RewardAgreement agreement) throws BadInput {
    return Inputs.scenarios(BundledData.file("lpsa-scenarios.csv"), agreement, false);
  }

  static Scenario scenario(RewardAgreement agreement, String name) throws BadInput {
    return scenarios(agreement).find(s -> s.name().value().equals(name)).get();
  }

  static void print(PrintStream out, RewardAgreement agreement, List<Scenario> scenarios, RewardEngine engine) {
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

    Seq<RewardResult> results = Checks.orThrow(engine.evaluateAll(agreement, scenarios));
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
    out.println("  scheduled " + Money.total(now.schedule().map(ScheduleLine::total))
        + " = earned " + now.totalPayable() + " + on account for pending measures "
        + Money.total(now.pending().map(MeasureResult::paymentOnAccount)));

    out.println();
    out.println("Sensitivity: target 1 (burglary) from 18.2 down to 14.6, the other outturns as in the current scenario");
    TextTable sensitivity = new TextTable("outturn", "target 1 earns", "agreement earns", "decision");
    Checks.orThrow(engine.sensitivity(agreement, scenarios.head(), new TargetId("1"), Quantity.parse("14.6").get(),
            Quantity.parse("18.2").get(), Quantity.parse("0.4").get()))
        .reverse()
        .forEach((SensitivityPoint p) -> sensitivity.row(p.outturn(), p.measurePayable(), p.totalPayable(), p.decision()));
    sensitivity.printTo(out, "  ");
  }

  private static String cell(RewardResult r, TargetId measure) {
    MeasureResult m = r.measure(measure).get();
    return m.payable().map(String::valueOf).getOrElse("pending");
  }
}
