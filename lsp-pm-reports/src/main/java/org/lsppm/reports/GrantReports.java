package org.lsppm.reports;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;

/**
 * The reports of a Performance Reward Grant: one scenario's grant, and the same under two
 * policies.
 *
 * <pre>{@code
 * RewardResult result = Checks.orThrow(DroolsRewardEngine.withDefaults().evaluate(agreement, scenario));
 * Report grant = GrantReports.grant(result, RewardPolicy.defaults());
 * Format.HTML.render(grant, Provenance.of(Instant.now(), "0.1.0"), out);
 * }</pre>
 */
public final class GrantReports {
  private GrantReports() {}

  /**
   * The grant of one scenario under two reward policies, measure by measure, with the difference;
   * its data is the comparison.
   */
  public static Report comparison(GrantComparison c) {
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
  public static final Report.Column W = Report.Column.of("without_agreement", "W");
  public static final Report.Column T = Report.Column.of("with_stretch", "T");
  public static final Report.Column A = Report.Column.of("outturn", "A");
  public static final Report.Column P = Report.Column.of("achieved", "p");



  /** A decision on its colour: in full Green, a share Amber, nothing Red, pending Purple. */
  public static Report.Cell decision(org.lsppm.core.reward.PayableDecision d) {
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

  /**
   * The grant of one scenario: the position in words first (earned, of the pot, and what is still
   * undetermined), a key to the paper's notation, then each measure with W, T, A and p, its
   * potential, payable, decision and rule, the totals and the payment schedule; its data is the
   * result.
   */
  public static Report grant(RewardResult r, RewardPolicy policy) {
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
        List.of(Report.policyLine("Reward", policy)), r, "measures", new Report.Front(Option.none(), List.of(headline(r)), KEY));
  }

  /**
   * The grant in words: {@code Under scenario current, £990,915.97 of the £2,000,000.00 pot is
   * earned (49.5%); £300,000.00 more is undetermined until 3 awaited outturns are in.}
   */
  static String headline(RewardResult r) {
    long awaited = r.measures().count(m -> m.decision() == org.lsppm.core.reward.PayableDecision.PENDING);
    String pending = awaited == 0 ? " Every outturn is in: nothing is still undetermined."
        : " " + r.pendingPotential() + " more is undetermined until " + awaited + (awaited == 1 ? " awaited outturn is" : " awaited outturns are")
            + " in.";
    return "Under scenario " + r.scenario().name() + ", " + r.totalPayable() + " of the " + r.pot() + " pot is earned ("
        + Report.percent(r.shareOfPotEarned()) + ")." + pending;
  }

  /** The paper's notation: W, T, A and p. */
  public static final List<Report.Term> NOTATION = List.of(
      new Report.Term("W", Option.none(), "the outturn expected without the agreement"),
      new Report.Term("T", Option.none(), "the stretch target"),
      new Report.Term("A", Option.none(), "the actual outturn"),
      new Report.Term("p", Option.none(), "(A - W) / (T - W), the share of the stretch achieved"));

  /** What W, T, A and p mean, as one line for the foot of a report that uses them: the {@link #NOTATION} in words. */
  public static final String LEGEND = NOTATION.map(t -> t.term() + ": " + t.meaning()).mkString("; ") + ".";

  /** The grant's key: the notation, then what each decision's colour means. */
  public static final List<Report.Term> KEY = NOTATION.appendAll(List.of(
      new Report.Term("In full", Option.some(org.lsppm.core.rating.TrafficLight.GREEN), "the whole of the measure's potential grant is payable"),
      new Report.Term("Share", Option.some(org.lsppm.core.rating.TrafficLight.AMBER), "the trigger was reached: a share of the potential is payable"),
      new Report.Term("Nothing", Option.some(org.lsppm.core.rating.TrafficLight.RED), "the trigger was not reached: nothing is payable"),
      new Report.Term("Pending", Option.some(org.lsppm.core.rating.TrafficLight.PURPLE), "the outturn is awaited: the grant is not yet known")));

  /** A payment schedule, year by year. */
  public static Report.Section schedule(String name, String heading, List<org.lsppm.core.reward.ScheduleLine> lines) {
    return Report.section(name, heading, List.of("year", "target", "measure", "kind", "capital", "revenue", "total"),
        lines.map(l -> List.of(l.year(), l.target(), l.measure(), l.kind(), l.capital(), l.revenue(), l.total())));
  }
}
