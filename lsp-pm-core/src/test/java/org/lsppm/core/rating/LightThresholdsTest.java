package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;

/** The outturn needed for each light, on the bundled measurements' figures. */
class LightThresholdsTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.year(Checks.orThrow(FinancialYear.parse("2008/09")));

  private static Quantity q(String v) {
    return Checks.orThrow(Quantity.parse(v));
  }

  private static Measurement measurement(Polarity polarity, Goal goal, String outturn, String previous, IndicatorFlag... flags) {
    Indicator i = Checks.orThrow(Indicator.newBuilder().code("NI 16").title("t").theme("Safer Communities")
        .polarity(polarity).unit("rate").flags(java.util.List.of(flags)).build());
    Outturn o = outturn == null ? Checks.orThrow(Outturn.awaited("NI 16", YEAR))
        : Checks.orThrow(Outturn.measured("NI 16", YEAR, q(outturn), DataStatus.FINAL));
    return Checks.orThrow(Measurement.newBuilder().indicator(i).outturn(o).basis(RatingBasis.TARGET).goal(goal)
        .previous(previous == null ? null : q(previous)).build());
  }

  private static LightThresholds of(Measurement m, RatingPolicy policy) {
    return LightThresholds.of(m, policy).get();
  }

  @Test
  void a_lower_is_better_vital_sign_is_green_at_its_target_and_red_beyond_five_per_cent() {
    LightThresholds t = of(measurement(Polarity.LOWER_IS_BETTER, Goal.of(q("21.5")), "22.4", "23.1", IndicatorFlag.VITAL_SIGN),
        RatingPolicy.defaults());

    assertThat(t.tolerance()).isEqualTo(Ratio.ofPercent(5));
    assertThat(t.green()).hasToString("at most 21.5");
    assertThat(t.notRed()).hasToString("at most 22.575");
    assertThat(t.distanceToGreen()).contains(q("0.9"));
    assertThat(t.distanceToNotRed()).contains(q("0"));
  }

  @Test
  void a_higher_is_better_indicator_stops_being_red_at_the_target_less_its_tolerance() {
    LightThresholds t = of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("350")), "300", null), RatingPolicy.defaults());

    assertThat(t.green()).hasToString("at least 350");
    assertThat(t.notRed()).hasToString("at least 315");
    assertThat(t.distanceToGreen()).contains(q("50"));
    assertThat(t.distanceToNotRed()).contains(q("15"));
  }

  @Test
  void a_range_has_both_ends_each_with_its_own_allowance() {
    LightThresholds t = of(measurement(Polarity.WITHIN_RANGE, Checks.orThrow(Goal.between(q("90"), q("95"))), "96.5", null),
        RatingPolicy.defaults());

    assertThat(t.green()).hasToString("from 90 to 95");
    assertThat(t.notRed()).hasToString("from 81 to 104.5");
    assertThat(t.distanceToGreen()).contains(q("1.5"));
  }

  @Test
  void a_zero_target_has_no_amber_band() {
    LightThresholds t = of(measurement(Polarity.LOWER_IS_BETTER, Goal.of(q("0")), "2", null), RatingPolicy.defaults());

    assertThat(t.green()).isEqualTo(t.notRed());
    assertThat(t.notRed()).hasToString("at most 0");
    assertThat(t.distanceToNotRed()).contains(q("2"));
  }

  @Test
  void the_measurements_own_tolerance_beats_the_indicators_override_which_beats_the_default() {
    Measurement m = measurement(Polarity.LOWER_IS_BETTER, Goal.of(q("20")), "21.5", null);
    RatingPolicy policy = RatingPolicy.defaults().withOverride(m.indicator().code(), Ratio.ofPercent(20));

    assertThat(of(m, RatingPolicy.defaults()).notRed()).hasToString("at most 22");
    assertThat(of(m, policy).notRed()).hasToString("at most 24");
    assertThat(of(m.withTolerance(Ratio.ofPercent(15)), policy).notRed()).hasToString("at most 23");
  }

  @Test
  void under_improving_is_amber_improving_on_the_previous_outturn_is_enough_to_stop_being_red() {
    RatingPolicy havering = RatingPolicy.defaults().withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER)
        .withStaticBand(Ratio.ofPercent(1));
    LightThresholds t = of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("350")), "300", "200"), havering);

    assertThat(t.notRed()).hasToString("above 202");
    assertThat(t.notRed().contains(q("202"))).isFalse();
    assertThat(t.notRed().contains(q("202.0001"))).isTrue();
    assertThat(t.distanceToNotRed()).contains(q("0"));
    assertThat(of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("350")), "300", "340"), havering).notRed())
        .as("improving from 340 needs more than the tolerance does").hasToString("at least 315");
  }

  @Test
  void improving_exactly_as_far_as_the_tolerance_keeps_the_inclusive_end_and_distances_reach_exclusive_ends() {
    RatingPolicy havering = RatingPolicy.defaults().withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER);

    assertThat(of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("350")), "300", "315"), havering).notRed())
        .hasToString("at least 315");
    assertThat(of(measurement(Polarity.LOWER_IS_BETTER, Goal.of(q("20")), "30", "22"), havering).notRed()).hasToString("at most 22");
    assertThat(of(measurement(Polarity.LOWER_IS_BETTER, Goal.of(q("20")), "30", "25"), havering).notRed()).hasToString("below 25");
    LightThresholds below = of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("350")), "150", "200"), havering);
    assertThat(below.distanceToNotRed()).contains(q("50"));
    LightThresholds range = of(measurement(Polarity.WITHIN_RANGE, Checks.orThrow(Goal.between(q("90"), q("95"))), "85", null),
        RatingPolicy.defaults());
    assertThat(range.distanceToGreen()).contains(q("5"));
    assertThat(range.distanceToNotRed()).contains(q("0"));
    assertThat(range.green().contains(q("90"))).isTrue();
    assertThat(range.green().contains(q("95"))).isTrue();
    assertThat(range.green().contains(q("95.0001"))).isFalse();
  }

  @Test
  void under_improving_is_amber_a_range_reaches_as_far_as_the_previous_distance_less_the_band() {
    RatingPolicy havering = RatingPolicy.defaults().withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER);
    Goal range = Checks.orThrow(Goal.between(q("90"), q("95")));

    assertThat(of(measurement(Polarity.WITHIN_RANGE, range, "70", "60"), havering).notRed()).hasToString("from above 60 to below 125");
    assertThat(of(measurement(Polarity.WITHIN_RANGE, range, "70", "92"), havering).notRed()).hasToString("from 81 to 104.5");
  }

  @Test
  void an_awaited_outturn_has_thresholds_but_no_distance_and_data_only_has_neither() {
    LightThresholds t = of(measurement(Polarity.HIGHER_IS_BETTER, Goal.of(q("62")), null, null), RatingPolicy.defaults());
    Measurement dataOnly = Checks.orThrow(Measurement.dataOnly(t.measurement().indicator(),
        Checks.orThrow(Outturn.measured("NI 16", YEAR, q("24.1"), DataStatus.FINAL)), Option.none()));

    assertThat(t.green()).hasToString("at least 62");
    assertThat(t.distanceToGreen()).isEmpty();
    assertThat(t.distanceToNotRed()).isEmpty();
    assertThat(LightThresholds.of(dataOnly, RatingPolicy.defaults())).isEmpty();
  }
}
