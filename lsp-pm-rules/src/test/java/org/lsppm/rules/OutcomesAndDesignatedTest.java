package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.YEAR;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.awaited;
import static org.lsppm.rules.Fixtures.indicator;
import static org.lsppm.rules.Fixtures.q;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.Baseline;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Milestone;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.AnnualTargetStatus;
import org.lsppm.core.rating.ConfidenceSource;
import org.lsppm.core.rating.DesignatedRating;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeEvidence;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.OutcomeRating;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RiskToDelivery;
import org.lsppm.core.rating.TrafficLight;

/** LAA1 outcomes on Progress, Problems and Confidence; LAA2 designated targets on risk and the annual target. */
class OutcomesAndDesignatedTest {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();
  private static final Indicator GCSE = indicator(Polarity.HIGHER_IS_BETTER);
  private static final FinancialYear FY = FinancialYear.parse("2008/09").get();

  private static Target target() {
    Baseline baseline = new Baseline(FY.previous().toPeriod(), q("50"));
    return Target.of(GCSE.code().value(), YEAR, Goal.of(q("60")), baseline,
        List.of(new Milestone(ReportingPeriod.half(FY, 1).get(), Goal.of(q("55"))))).get();
  }

  private static Outturn halfYear(String value) {
    return Outturn.measured(GCSE.code().value(), ReportingPeriod.half(FY, 1).get(), q(value), DataStatus.FINAL).get();
  }

  private static OutcomeEvidence evidence(List<Outturn> outturns, TrafficLight officerConfidence) {
    return OutcomeEvidence.newBuilder().outcome(new OutcomeId("EDU2")).title(new Text("Raise attainment"))
        .indicator(GCSE).target(target()).outturns(outturns).problems(TrafficLight.GREEN)
        .officerConfidence(officerConfidence).build().get();
  }

  @Test
  void progress_comes_from_the_in_year_outturn_against_its_milestone() {
    OutcomeRating r = ENGINE.assess(evidence(List.of(halfYear("54")), null));

    assertThat(r.progress().measurement().basis().name()).isEqualTo("MILESTONE");
    assertThat(r.assessment().progress()).isEqualTo(TrafficLight.AMBER);
    assertThat(r.assessment().problems()).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void confidence_comes_from_a_straight_line_through_the_baseline_and_outturns() {
    OutcomeRating r = ENGINE.assess(evidence(List.of(halfYear("54")), null));

    // Baseline 50 at 31 March 2008 (day -1), 54 at 30 September 2008 (day 182): the line reaches
    // 50 + 4 * 365 / 183 = 57.978... at 31 March 2009 (day 364), 3.4% short of 60: Amber.
    assertThat(r.confidenceSource()).isEqualTo(ConfidenceSource.FORECAST);
    assertThat(r.forecast().get().value().doubleValue()).isCloseTo(57.978, org.assertj.core.data.Offset.offset(0.001));
    assertThat(r.assessment().confidence()).isEqualTo(TrafficLight.AMBER);
    assertThat(r.confidence().get().rule().value()).isEqualTo("MissedWithinTolerance");
  }

  @Test
  void with_too_little_data_confidence_and_progress_are_purple() {
    Target noBaseline = Target.of(GCSE.code().value(), YEAR, Goal.of(q("60")), null, null).get();
    OutcomeRating r = ENGINE.assess(OutcomeEvidence.newBuilder().outcome(new OutcomeId("EDU2"))
        .title(new Text("t")).indicator(GCSE).target(noBaseline).outturns(List.of(halfYear("54")))
        .problems(TrafficLight.AMBER).build().get());

    assertThat(r.forecast()).isEmpty();
    assertThat(r.assessment().confidence()).isEqualTo(TrafficLight.PURPLE);
    assertThat(r.assessment().progress()).isEqualTo(TrafficLight.PURPLE);
  }

  @Test
  void the_final_outturn_decides_progress_and_is_its_own_forecast() {
    Outturn finalOutturn = Outturn.measured(GCSE.code().value(), YEAR, q("61"), DataStatus.FINAL).get();
    OutcomeRating r = ENGINE.assess(evidence(List.of(halfYear("54"), finalOutturn), null));

    assertThat(r.assessment().progress()).isEqualTo(TrafficLight.GREEN);
    assertThat(r.forecast()).contains(q("61"));
    assertThat(r.assessment().confidence()).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void an_officer_can_give_confidence_instead_of_the_forecast() {
    OutcomeRating r = ENGINE.assess(evidence(List.of(halfYear("54")), TrafficLight.RED));

    assertThat(r.confidenceSource()).isEqualTo(ConfidenceSource.OFFICER);
    assertThat(r.assessment().confidence()).isEqualTo(TrafficLight.RED);
    assertThat(r.confidence()).isEmpty();
  }

  @Test
  void evidence_for_another_indicator_is_refused() {
    Outturn other = Outturn.measured("NI 99", YEAR, q("1"), DataStatus.FINAL).get();

    assertThat(OutcomeEvidence.newBuilder().outcome(new OutcomeId("X")).title(new Text("t")).indicator(GCSE)
        .target(target()).outturns(List.of(other)).problems(TrafficLight.GREEN).build()
        .getError().map(p -> p.field())).containsExactly("outturns[0]");
  }

  private static DesignatedRating designated(RiskToDelivery risk, Option<org.lsppm.core.rating.IndicatorRating> annual) {
    DesignatedTargetAssessment a = DesignatedTargetAssessment.of("NI 16", "2008/09", risk, AnnualTargetStatus.NOT_YET_KNOWN).get();
    return ENGINE.rate(a, annual);
  }

  @Test
  void risk_to_delivery_is_a_light() {
    assertThat(designated(RiskToDelivery.LOW, Option.none()).riskLight()).isEqualTo(TrafficLight.GREEN);
    assertThat(designated(RiskToDelivery.MEDIUM, Option.none()).riskLight()).isEqualTo(TrafficLight.AMBER);
    DesignatedRating high = designated(RiskToDelivery.HIGH, Option.none());
    assertThat(high.riskLight()).isEqualTo(TrafficLight.RED);
    assertThat(high.riskRule().value()).isEqualTo("HighRiskIsRed");
  }

  @Test
  void the_annual_target_is_met_when_the_year_is_green_and_unknown_while_awaited() {
    Indicator crime = indicator(Polarity.LOWER_IS_BETTER);
    DesignatedRating met = designated(RiskToDelivery.LOW, Option.some(ENGINE.rate(against(crime, "21.5", "21"))));
    assertThat(met.annualTarget()).isEqualTo(AnnualTargetStatus.MET);
    assertThat(met.annualTargetRule().value()).isEqualTo("AnnualTargetMetWhenGreen");
    assertThat(designated(RiskToDelivery.LOW, Option.none()).riskRule().value()).isEqualTo("LowRiskIsGreen");
    DesignatedRating missed = designated(RiskToDelivery.LOW, Option.some(ENGINE.rate(against(crime, "21.5", "22.4"))));
    assertThat(missed.annualTarget()).isEqualTo(AnnualTargetStatus.NOT_MET);
    assertThat(missed.annualTargetRule().value()).isEqualTo("AnnualTargetMissedWhenAmberOrRed");
    assertThat(designated(RiskToDelivery.LOW, Option.some(ENGINE.rate(awaited(crime, "21.5")))).annualTarget())
        .isEqualTo(AnnualTargetStatus.NOT_YET_KNOWN);
    assertThat(designated(RiskToDelivery.LOW, Option.none()).annualTarget()).isEqualTo(AnnualTargetStatus.NOT_YET_KNOWN);
  }

  @Test
  void a_milestone_is_rated_like_a_target() {
    LocalDate start = FY.firstDay();
    assertThat(start).isEqualTo(LocalDate.of(2008, 4, 1));
    OutcomeRating r = ENGINE.assess(evidence(List.of(halfYear("55")), null));
    assertThat(r.progress().light()).contains(TrafficLight.GREEN);
    assertThat(r.progress().rule().value()).isEqualTo("MetOrBeaten");
  }
}
