package org.lsppm.reports;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.OutturnForecast;
import org.lsppm.core.reward.PayableDecision;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.RewardSimulation;
import org.lsppm.core.reward.ScheduleLine;
import org.lsppm.core.reward.SensitivityPoint;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.reward.Trigger;

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
                Report.Column.of("proposed_rule"), Report.Column.of("difference")), rows).withTotals(1)),
        List.of(Report.policyLine("Current reward", c.current().policy()), Report.policyLine("Proposed reward", c.proposed().policy())), c);
  }

  /** The columns of the paper's notation: W, T, A and p, named for machines. */
  public static final Report.Column W = Report.Column.of("without_agreement", "W");
  public static final Report.Column T = Report.Column.of("with_stretch", "T");
  public static final Report.Column A = Report.Column.of("outturn", "A");
  public static final Report.Column P = Report.Column.of("achieved", "p");



  /** A decision on its colour: in full Green, a share Amber, nothing Red, pending Purple. */
  public static Report.Cell decision(PayableDecision d) {
    return Report.Cell.shown(d, switch (d) {
      case IN_FULL -> TrafficLight.GREEN;
      case SHARE -> TrafficLight.AMBER;
      case NOTHING -> TrafficLight.RED;
      case PENDING -> TrafficLight.PURPLE;
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
    long awaited = r.measures().count(m -> m.decision() == PayableDecision.PENDING);
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

  /**
   * What the paper's letters among {@code columns} mean, as one line for the foot of a report that
   * uses them: {@code W: the outturn expected without the agreement; T: the stretch target.} for
   * a report with W and T; empty when it uses none.
   */
  public static Option<String> legend(List<?> columns) {
    List<Report.Term> used = NOTATION.filter(t -> columns.exists(c -> c instanceof Report.Column col && col.header().equals(t.term())));
    return used.isEmpty() ? Option.none() : Option.some(used.map(t -> t.term() + ": " + t.meaning()).mkString("; ") + ".");
  }

  /**
   * The outturns that reach the threshold (the share of the stretch the policy pays from, 60% by
   * default) and the whole stretch, measure by measure, with W, T and the potential grant; its
   * data is the triggers.
   *
   * <pre>{@code
   * RewardEngine engine = DroolsRewardEngine.forPolicy(policy);
   * Report report = GrantReports.triggers(agreement, engine.triggers(agreement), policy);
   * }</pre>
   */
  public static Report triggers(RewardAgreement agreement, List<Trigger> triggers, RewardPolicy policy) {
    List<List<Object>> rows = triggers.map(t -> List.of(t.measure().id(), t.measure().title(),
        t.measure().stretch().withoutAgreement(), t.measure().stretch().withStretch(), t.potential(), t.threshold(), t.full()));
    List<Report.Column> columns = List.of(Report.Column.of("measure"), Report.Column.of("title"), W, T, Report.Column.of("potential"),
        Report.Column.of("threshold_trigger", Report.percent(policy.threshold()) + " trigger"),
        Report.Column.of("full_trigger", "100% trigger"));
    return new Report(agreement.name() + ": triggers", List.of(Report.section("triggers", "Trigger outturns", columns, rows)),
        legend(columns).toList().append(Report.policyLine("Reward", policy)), triggers);
  }

  /** The grant's key: the notation, then what each decision's colour means. */
  public static final List<Report.Term> KEY = NOTATION.appendAll(List.of(
      new Report.Term("In full", Option.some(TrafficLight.GREEN), "the whole of the measure's potential grant is payable"),
      new Report.Term("Share", Option.some(TrafficLight.AMBER), "the trigger was reached: a share of the potential is payable"),
      new Report.Term("Nothing", Option.some(TrafficLight.RED), "the trigger was not reached: nothing is payable"),
      new Report.Term("Pending", Option.some(TrafficLight.PURPLE), "the outturn is awaited: the grant is not yet known")));

  /**
   * What {@code whatif} reports and its JSON holds: scenarios of one agreement side by side and,
   * when a measure was varied, the series of its outturns.
   *
   * @param scenarios each scenario's result, in the order given
   * @param sensitivity the series of the varied measure, each point's outturn, grants and decision; empty when none was varied
   */
  public record WhatIf(Seq<RewardResult> scenarios, Seq<SensitivityPoint> sensitivity) {
    /** Checks that there is a scenario and copies nothing. */
    public WhatIf {
      Objects.requireNonNull(scenarios, "scenarios");
      Objects.requireNonNull(sensitivity, "sensitivity");
      if (scenarios.isEmpty()) {
        throw new IllegalArgumentException("scenarios: expected at least one, got none");
      }
    }
  }

  /**
   * Scenarios compared: a row per measure (its id and title) with what each scenario earns from
   * it, then the totals set apart (earned, share of the pot, still undetermined); with a varied
   * measure, its series with each decision on its colour and the step where the decision
   * changes said in words. Its data is {@code whatIf}.
   *
   * <pre>{@code
   * Seq<RewardResult> results = Checks.orThrow(engine.evaluateAll(agreement, scenarios));
   * Report report = GrantReports.whatIf(new GrantReports.WhatIf(results, List.empty()), Option.none(), policy);
   * }</pre>
   *
   * @param varied the measure the series varies, when there is one
   */
  public static Report whatIf(WhatIf whatIf, Option<TargetId> varied, RewardPolicy policy) {
    Seq<RewardResult> results = whatIf.scenarios();
    RewardAgreement agreement = results.head().agreement();
    List<Report.Column> columns = List.of(Report.Column.of("measure"), Report.Column.of("title"));
    Set<String> keys = new HashSet<>(Set.of("measure", "title"));
    for (RewardResult r : results) {
      // Names that differ only in punctuation or case would make one key: the later gets _2, _3.
      String key = snake(r.scenario().name().value());
      String unique = key;
      for (int n = 2; !keys.add(unique); n++) {
        unique = key + "_" + n;
      }
      columns = columns.append(Report.Column.of(unique, r.scenario().name().value()));
    }
    List<List<Object>> rows = agreement.measures().map(m -> List.<Object>of(m.id(), m.title()).appendAll(results.map(r ->
        Report.Cell.orMissing(r.measure(m.id()).flatMap(MeasureResult::payable), "pending"))));
    rows = rows.append(List.<Object>of(Report.Cell.of("total", "total"), null).appendAll(results.map(RewardResult::totalPayable)))
        .append(List.<Object>of(Report.Cell.of("share of pot", "share_of_pot"), null).appendAll(results.map(RewardResult::shareOfPotEarned)))
        .append(List.<Object>of(Report.Cell.of("undetermined", "undetermined"), null).appendAll(results.map(RewardResult::pendingPotential)));
    List<Report.Section> sections = List.of(Report.section("scenarios", "Scenarios compared (pot " + agreement.pot() + ")",
        columns, rows).withTotals(3));
    if (varied.isDefined()) {
      sections = sections.append(Report.section("sensitivity", "Sensitivity of measure " + varied.get() + " (other outturns as in "
              + results.head().scenario().name() + ")",
          List.of(Report.Column.of("outturn"), Report.Column.of("measure_earns", "measure earns"),
              Report.Column.of("agreement_earns", "agreement earns"), Report.Column.of("decision"),
              Report.Column.forPeople("step", "step")),
          steps(whatIf.sensitivity())));
    }
    return new Report(agreement.name() + ": what if", sections, List.of(Report.policyLine("Reward", policy)), whatIf);
  }

  /**
   * The series' rows, each decision on its colour, and where the decision changes from the row
   * before (the threshold reached or lost, the 100% cap) said in words: people see the step.
   */
  private static List<List<Object>> steps(Seq<SensitivityPoint> series) {
    List<List<Object>> rows = List.empty();
    SensitivityPoint previous = null;
    for (SensitivityPoint p : series) {
      String step = previous == null || previous.decision() == p.decision() ? ""
          : "\u2190 " + Report.word(previous.decision()).toLowerCase(Locale.UK) + " to "
              + Report.word(p.decision()).toLowerCase(Locale.UK);
      rows = rows.append(List.of(p.outturn(), p.measurePayable(), p.totalPayable(), decision(p.decision()), step));
      previous = p;
    }
    return rows;
  }

  /** A scenario's name as a column key: lower case, runs of other characters as one underscore. */
  private static String snake(String name) {
    String key = name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return key.isEmpty() ? "scenario" : key;
  }

  /**
   * A simulation's report: each measure's forecast and its chances of the threshold and of 100%,
   * with the grant it is expected to earn; the agreement's expected grant, percentiles and chance
   * of earning nothing; the payment schedule of the median draw. Its data is the result.
   *
   * <pre>{@code
   * RewardSimulation.Result r = simulation.run(10_000, 1L, 2);
   * Report report = GrantReports.simulation(agreement, r, policy, Option.none());
   * }</pre>
   *
   * @param places the places every drawn outturn was rounded to, when the run set them
   */
  public static Report simulation(RewardAgreement agreement, RewardSimulation.Result r, RewardPolicy policy, Option<Integer> places) {
    List<List<Object>> measures = r.measures().map(m -> List.<Object>of(m.measure().target(), m.measure().id(), m.measure().title(),
            m.measure().stretch().withoutAgreement(), m.measure().stretch().withStretch(), describe(m.forecast()))
        .appendAll(parts(m.forecast())).appendAll(List.of(m.reachesThreshold(), m.reachesFull(), m.expectedPayable())));
    List<List<Object>> totals = List.of(List.of(Report.Cell.of("pot", "pot"), agreement.pot()),
        List.of(Report.Cell.of("expected grant (mean)", "expected"), r.expected()),
        List.of(Report.Cell.of("5th percentile", "p5"), r.p5()), List.of(Report.Cell.of("median", "median"), r.median()),
        List.of(Report.Cell.of("95th percentile", "p95"), r.p95()),
        List.of(Report.Cell.of("chance of earning nothing", "earns_nothing"), r.earnsNothing()),
        List.of(Report.Cell.of("draws", "draws"), r.draws()), List.of(Report.Cell.of("seed", "seed"), r.seed()));
    List<Object> columns = List.<Object>of("target", "measure", "title", W, T,
            Report.Column.forPeople("forecast", "forecast"))
        .appendAll(List.of("forecast_kind", "low", "likely", "high", "mean", "sd", "value").map(Report.Column::forMachines))
        .appendAll(List.of(Report.Column.of("chance_of_threshold", "chance of threshold"),
            Report.Column.of("chance_of_full", "chance of 100%"), Report.Column.of("expected_payable", "expected payable")));
    return new Report(agreement.name() + ": reward-grant risk over " + r.draws() + " draws", List.of(
        Report.section("measures", "Measures", columns, measures),
        Report.section("agreement", "Agreement", List.of("statistic", "value"), totals),
        schedule("schedule", "Payment schedule at the median (" + r.medianDraw() + ")", r.scheduleAtMedian())),
        List.of("Chances are shares of the draws to four places; expected amounts are means of the draws' exact amounts to the "
                + "penny (half even); percentiles are nearest-rank, so each is a grant one draw earned. Each drawn outturn is "
                + "rounded half even to " + places.map(n -> n + " places").getOrElse("the places the measure's W, T and forecast are "
                    + "written with") + "; interim outturns are not drawn (no payment on account).",
            legend(columns).get(), Report.policyLine("Reward", policy)), r);
  }

  /** A forecast's kind and numbers for machines, each in its own column (empty where the kind has none). */
  private static List<Object> parts(OutturnForecast f) {
    if (f instanceof OutturnForecast.Triangular t) {
      return List.of("range", t.low(), t.likely(), t.high(), null, null, null);
    }
    if (f instanceof OutturnForecast.Normal n) {
      return List.of("normal", null, null, null, n.mean(), n.standardDeviation(), null);
    }
    return List.of("fixed", null, null, null, null, null, f.centre());
  }

  private static String describe(OutturnForecast f) {
    if (f instanceof OutturnForecast.Triangular t) {
      return "range " + t.low() + " to " + t.high() + ", most likely " + t.likely();
    }
    if (f instanceof OutturnForecast.Normal nf) {
      return "normal, mean " + nf.mean() + ", sd " + nf.standardDeviation();
    }
    return "fixed " + f.centre();
  }

  /** A payment schedule, year by year. */
  public static Report.Section schedule(String name, String heading, List<ScheduleLine> lines) {
    return Report.section(name, heading, List.of("year", "target", "measure", "kind", "capital", "revenue", "total"),
        lines.map(l -> List.of(l.year(), l.target(), l.measure(), l.kind(), l.capital(), l.revenue(), l.total())));
  }
}
