package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.RewardFixtures.agreement;
import static org.lsppm.rules.RewardFixtures.money;
import static org.lsppm.rules.RewardFixtures.q;
import static org.lsppm.rules.RewardFixtures.stretch;
import static org.lsppm.rules.RewardFixtures.sub;
import static org.lsppm.rules.RewardFixtures.target;
import static org.lsppm.rules.RewardFixtures.weighted;
import static org.lsppm.rules.RewardFixtures.withSubs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.reward.InterimDecision;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.PayableDecision;
import org.lsppm.core.reward.PaymentKind;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.RewardScheme;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.ScheduleLine;
import org.lsppm.core.reward.SensitivityPoint;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.reward.Trigger;

/**
 * The Performance Reward Grant as a reward schedule (Isle of Wight's Schedule 4 and LAA1 practice)
 * words it, as executable examples.
 */
class RewardGrantTest {
  private static final RewardEngine ENGINE = DroolsRewardEngine.withDefaults();

  private static RewardResult evaluate(RewardAgreement a, Scenario s) {
    return ENGINE.evaluate(a, s).get();
  }

  private static MeasureResult measure(RewardResult r, String id) {
    return r.measure(new TargetId(id)).get();
  }

  @Test
  void the_pot_divides_equally_between_targets_to_the_penny_odd_pennies_to_the_earlier_targets() {
    RewardAgreement a = agreement("1000000.00", target("1", stretch("50", "60")), target("2", stretch("50", "60")),
        target("3", stretch("50", "60")));
    RewardResult r = evaluate(a, Scenario.named("all met").outturn("1", "60").outturn("2", "60").outturn("3", "60"));

    assertThat(r.measures().map(MeasureResult::potential))
        .containsExactly(money("333333.34"), money("333333.33"), money("333333.33"));
    assertThat(r.totalPayable()).isEqualTo(money("1000000.00"));
  }

  @Test
  void a_measure_is_found_by_its_id_and_an_unknown_id_finds_none() {
    RewardAgreement a = agreement("1000.00", target("1", stretch("50", "60")), target("2", stretch("50", "60")));
    RewardResult r = evaluate(a, Scenario.named("one met").outturn("1", "60").outturn("2", "50"));

    assertThat(r.measure(new TargetId("1")).map(MeasureResult::payable)).contains(io.vavr.control.Option.some(money("500.00")));
    assertThat(r.measure(new TargetId("2")).flatMap(MeasureResult::payable)).contains(money("0.00"));
    assertThat(r.measure(new TargetId("3"))).isEmpty();
  }

  @Test
  void a_targets_share_divides_equally_between_its_sub_targets() {
    RewardAgreement a = agreement("900000", target("1", stretch("50", "60")),
        withSubs("2", sub("2i", stretch("10", "20")), sub("2ii", stretch("70", "60")), sub("2iii", stretch("5", "6"))));
    RewardResult r = evaluate(a, Scenario.named("s"));

    assertThat(r.measures().map(m -> m.measure().id().value() + "=" + m.potential()))
        .containsExactly("1=£450,000.00", "2i=£150,000.00", "2ii=£150,000.00", "2iii=£150,000.00");
  }

  @Test
  void agreed_weights_divide_the_pot_in_proportion() {
    RewardAgreement a = agreement("100000", weighted("1", stretch("50", "60"), "3"), weighted("2", stretch("50", "60"), "1"));

    assertThat(evaluate(a, Scenario.named("s")).measures().map(MeasureResult::potential))
        .containsExactly(money("75000"), money("25000"));
  }

  @Test
  void below_60_per_cent_of_the_stretch_nothing_is_paid() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")));
    MeasureResult m = measure(evaluate(a, Scenario.named("s").outturn("1", "55.999")), "1");

    assertThat(m.achieved()).contains(Ratio.parse("0.5999").get());
    assertThat(m.payable()).contains(Money.zero());
    assertThat(m.payableRule().value()).isEqualTo("BelowThresholdPaysNothing");
  }

  @Test
  void at_60_per_cent_60_per_cent_is_paid() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")));
    MeasureResult m = measure(evaluate(a, Scenario.named("s").outturn("1", "56")), "1");

    assertThat(m.payable()).contains(money("60000"));
    assertThat(m.payableProportion()).contains(Ratio.ofPercent(60));
    assertThat(m.payableRule().value()).isEqualTo("FromThresholdPaysShareAchieved");
  }

  @Test
  void beyond_the_stretch_pays_no_more_than_100_per_cent() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")));
    MeasureResult m = measure(evaluate(a, Scenario.named("s").outturn("1", "63")), "1");

    assertThat(m.achieved()).contains(Ratio.ofPercent(130));
    assertThat(m.payable()).contains(money("100000"));
    assertThat(m.payableRule().value()).isEqualTo("StretchAchievedPaysInFull");
  }

  @Test
  void one_formula_serves_a_lower_is_better_stretch() {
    RewardAgreement a = agreement("100000", target("1", stretch("9", "5")));

    assertThat(measure(evaluate(a, Scenario.named("s").outturn("1", "6.6")), "1").payable()).contains(money("60000"));
    assertThat(measure(evaluate(a, Scenario.named("s").outturn("1", "6.61")), "1").payable()).contains(Money.zero());
    assertThat(measure(evaluate(a, Scenario.named("s").outturn("1", "6")), "1").payable()).contains(money("75000"));
  }

  @Test
  void the_pot_can_be_2_5_per_cent_of_the_net_budget_requirement_rounded_to_the_nearest_thousand() {
    RewardAgreement a = RewardAgreement.newBuilder().name("LPSA").firstYear(RewardFixtures.FIRST)
        .lastYear(RewardFixtures.LAST).netBudgetRequirement(money("123456789.00"))
        .potRoundingStep(money("1000")).targets(List.of(target("1", stretch("50", "60")))).build().get();

    assertThat(a.pot()).isEqualTo(money("3086000.00"));
  }

  @Test
  void an_achieved_interim_level_pays_a_fifth_a_year_early_and_the_final_calculation_deducts_it() {
    RewardAgreement a = agreement("100000", target("1", RewardFixtures.stretch("50", "60", "55")));
    RewardResult r = evaluate(a, Scenario.named("s").interim("1", "55").outturn("1", "58"));
    MeasureResult m = measure(r, "1");

    assertThat(m.interim()).isEqualTo(InterimDecision.ACHIEVED);
    assertThat(m.interimRule().value()).isEqualTo("InterimLevelAchieved");
    assertThat(m.paymentOnAccount()).isEqualTo(money("20000"));
    assertThat(m.payable()).contains(money("80000"));
    assertThat(m.balance()).contains(money("60000"));
    assertThat(r.schedule()).containsExactly(
        new ScheduleLine(FinancialYear.parse("2007/08").get(), new TargetId("1"), new TargetId("1"),
            PaymentKind.PAYMENT_ON_ACCOUNT, money("10000"), money("10000")),
        new ScheduleLine(FinancialYear.parse("2008/09").get(), new TargetId("1"), new TargetId("1"),
            PaymentKind.INSTALMENT, money("15000"), money("15000")),
        new ScheduleLine(FinancialYear.parse("2009/10").get(), new TargetId("1"), new TargetId("1"),
            PaymentKind.INSTALMENT, money("15000"), money("15000")));
  }

  @Test
  void an_entitlement_smaller_than_the_payment_on_account_is_recovered() {
    RewardAgreement a = agreement("100000", target("1", RewardFixtures.stretch("50", "60", "52")));
    RewardResult r = evaluate(a, Scenario.named("s").interim("1", "53").outturn("1", "55"));
    MeasureResult m = measure(r, "1");

    assertThat(m.paymentOnAccount()).isEqualTo(money("20000"));
    assertThat(m.payable()).contains(Money.zero());
    assertThat(m.recovered()).contains(money("20000"));
    assertThat(m.reconciliationRule().map(n -> n.value())).contains("EntitlementBelowPaymentOnAccountIsRecovered");
    assertThat(r.schedule().map(ScheduleLine::kind)).containsExactly(PaymentKind.PAYMENT_ON_ACCOUNT, PaymentKind.RECOVERY);
    assertThat(r.schedule().map(ScheduleLine::total).fold(Money.zero(), Money::plus)).isEqualTo(Money.zero());
  }

  @Test
  void an_interim_level_missed_pays_nothing_on_account() {
    RewardAgreement a = agreement("100000", target("1", RewardFixtures.stretch("50", "60", "55")));
    MeasureResult m = measure(evaluate(a, Scenario.named("s").interim("1", "54.99")), "1");

    assertThat(m.interim()).isEqualTo(InterimDecision.MISSED);
    assertThat(m.paymentOnAccount()).isEqualTo(Money.zero());
  }

  @Test
  void an_awaited_outturn_is_pending_not_zero_and_the_totals_say_how_much_is_undetermined() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));
    RewardResult r = evaluate(a, Scenario.named("s").outturn("1", "60"));

    assertThat(measure(r, "2").decision()).isEqualTo(PayableDecision.PENDING);
    assertThat(measure(r, "2").payable()).isEmpty();
    assertThat(measure(r, "2").payableRule().value()).isEqualTo("OutturnAwaitedIsPending");
    assertThat(r.totalPayable()).isEqualTo(money("50000"));
    assertThat(r.pendingPotential()).isEqualTo(money("50000"));
    assertThat(r.payableFor(new TargetId("2"))).isEmpty();
  }

  @Test
  void the_schedule_adds_up_to_the_entitlement_and_splits_capital_and_revenue_to_the_penny() {
    RewardAgreement a = agreement("100000.01", target("1", stretch("50", "60")), target("2", stretch("0", "3")),
        target("3", stretch("10", "7")));
    RewardResult r = evaluate(a, Scenario.named("s").outturn("1", "57.77").outturn("2", "2").outturn("3", "7"));

    Money scheduled = r.schedule().map(ScheduleLine::total).fold(Money.zero(), Money::plus);
    assertThat(scheduled).isEqualTo(r.totalPayable());
    assertThat(r.schedule()).allSatisfy(l ->
        assertThat(l.capital().minus(l.revenue()).amount().abs()).isLessThanOrEqualTo(new BigDecimal("0.01")));
    assertThat(r.scheduleByYear().keySet().map(FinancialYear::toString)).containsExactly("2008/09", "2009/10");
  }

  @Test
  void the_60_per_cent_trigger_outturn_pays_exactly_60_per_cent() {
    RewardAgreement a = agreement("77777.77", target("1", stretch("12.5", "7.25")), target("2", stretch("40", "41")));
    List<Trigger> triggers = ENGINE.triggers(a);

    assertThat(triggers.map(t -> t.threshold().toString())).containsExactly("9.35", "40.6");
    assertThat(triggers.map(t -> t.full().toString())).containsExactly("7.25", "41");
    RewardResult atTriggers = evaluate(a, Scenario.named("triggers").outturn("1", "9.35").outturn("2", "40.6"));
    assertThat(atTriggers.measures().map(m -> m.payable().get()))
        .containsExactly(money("23333.33"), money("23333.33"));
  }

  @Test
  void a_sensitivity_series_shows_the_threshold_step() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));
    Scenario base = Scenario.named("base").outturn("2", "60");
    List<SensitivityPoint> series = ENGINE.sensitivity(a, base, new TargetId("1"), q("54"), q("62"), q("1")).get();

    assertThat(series.map(p -> p.outturn() + ":" + p.measurePayable().amount().toPlainString()))
        .containsExactly("54:0.00", "55:0.00", "56:30000.00", "57:35000.00", "58:40000.00", "59:45000.00",
            "60:50000.00", "61:50000.00", "62:50000.00");
    assertThat(series.get(2).totalPayable()).isEqualTo(money("80000"));
  }

  @Test
  void laa2_designated_targets_pay_in_full_if_met_and_nothing_once_the_reward_is_withdrawn() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));
    Scenario s = Scenario.named("s").outturn("1", "60").outturn("2", "59.9");

    RewardResult laa2 = DroolsRewardEngine.forPolicy(RewardPolicy.defaults().withScheme(RewardScheme.PAID_IF_MET)).evaluate(a, s).get();
    assertThat(laa2.measures().map(m -> m.payableRule().value())).containsExactly("TargetMetPaysInFull", "TargetMissedPaysNothing");
    assertThat(laa2.totalPayable()).isEqualTo(money("50000"));

    RewardResult withdrawn = DroolsRewardEngine.forPolicy(RewardPolicy.defaults().withScheme(RewardScheme.WITHDRAWN)).evaluate(a, s).get();
    assertThat(withdrawn.totalPayable()).isEqualTo(Money.zero());
    assertThat(withdrawn.measures().map(m -> m.payableRule().value())).containsOnly("RewardWithdrawn");
  }

  @Test
  void a_scenario_naming_an_unknown_measure_is_refused_with_no_partial_result() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")));

    assertThat(ENGINE.evaluate(a, Scenario.named("s").outturn("1", "60").outturn("9", "1")).getError().map(Problem::message))
        .containsExactly("outturns.9: expected a measure of the agreement (one of 1), got 9");
    assertThat(ENGINE.evaluateAll(a, List.of(Scenario.named("ok"), Scenario.named("bad").interim("1", "55")))
        .getError().map(Problem::message))
        .containsExactly("scenarios[1].interims.1: expected an interim outturn only for a measure with an interim level, got 1");
  }

  @Test
  void text_a_scenario_cannot_take_is_refused_when_evaluated_with_every_problem_never_thrown() {
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));

    Scenario typed = Scenario.named(" ").outturn("1", "abc").outturn(" ", "5").interim("2", "1,5").outturn("2", "55");

    assertThat(typed.isUsable()).isFalse();
    assertThat(ENGINE.evaluate(a, typed).getError().map(Problem::message)).containsExactly(
        "name: expected non-blank text, got \" \"",
        "outturns.1: expected a number such as 12.5, got \"abc\"",
        "outturns: expected non-blank text, got \" \"",
        "interims.2: expected a number such as 12.5, got \"1,5\"");
    assertThat(typed.outturns().keySet().map(TargetId::value)).containsExactly("2");
  }

  @Test
  void bad_agreements_are_refused_naming_the_target() {
    assertThat(RewardAgreement.withGrant("LPSA", RewardFixtures.FIRST, RewardFixtures.LAST, money("-1"),
        List.of(target("1", stretch("1", "2")), target("1", stretch("1", "2")))).getError().map(Problem::message))
        .containsExactly("grant: expected an amount of zero or more, got -£1.00",
            "targets: expected target ids that are unique within the agreement, got \"1\"");
    assertThat(RewardAgreement.newBuilder().name("LPSA").firstYear(RewardFixtures.FIRST)
        .lastYear(RewardFixtures.LAST).netBudgetRequirement(money("100")).potRate(Ratio.parse("-0.025").get())
        .targets(List.of(target("1", stretch("1", "2")))).build().getError().map(Problem::field))
        .containsExactly("potRate");
    assertThat(RewardAgreement.withGrant("LPSA", RewardFixtures.LAST, RewardFixtures.FIRST, money("1"),
        List.of(withSubs("1", sub("x", stretch("1", "2")), sub("y", stretch("1", "2"))), withSubs("2", sub("x", stretch("1", "2")),
            sub("z", stretch("1", "2"))))).getError().map(Problem::message))
        .containsExactly("lastYear: expected a year not before the first year 2007/08, got 2005/06",
            "targets: expected sub-target ids that are unique within the agreement (scenarios name outturns by them), got \"x\"");
  }
}
