package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.awaited;
import static org.lsppm.rules.Fixtures.dataOnly;
import static org.lsppm.rules.Fixtures.indicator;
import static org.lsppm.rules.Fixtures.within;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.TrafficLight;

/** The light of an outturn against its target, rule by rule and boundary by boundary. */
class IndicatorLightTest {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();
  private static final Indicator HIGHER = indicator(Polarity.HIGHER_IS_BETTER);
  private static final Indicator LOWER = indicator(Polarity.LOWER_IS_BETTER);
  private static final Indicator RANGE = indicator(Polarity.WITHIN_RANGE);
  private static final Indicator VITAL = indicator(Polarity.HIGHER_IS_BETTER, IndicatorFlag.VITAL_SIGN);

  private static IndicatorRating rate(Measurement m) {
    return ENGINE.rate(m);
  }

  private static void assertLight(Measurement m, TrafficLight light, String rule) {
    IndicatorRating r = rate(m);
    assertThat(r.light()).as(r.explanation()).isEqualTo(Option.some(light));
    assertThat(r.rule().value()).as(r.explanation()).isEqualTo(rule);
  }

  @Test
  void a_target_met_exactly_or_beaten_is_green() {
    assertLight(against(HIGHER, "100", "100"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(against(HIGHER, "100", "130"), TrafficLight.GREEN, "MetOrBeaten");
  }

  @Test
  void a_miss_of_exactly_the_tolerance_is_amber_and_a_penny_more_is_red() {
    assertLight(against(HIGHER, "100", "90"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(against(HIGHER, "100", "89.99"), TrafficLight.RED, "MissedBeyondTolerance");
    assertLight(against(HIGHER, "100", "99.999"), TrafficLight.AMBER, "MissedWithinTolerance");
  }

  @Test
  void a_met_at_most_150_target_is_green_not_red() {
    assertLight(against(LOWER, "150", "150"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(against(LOWER, "150", "120"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(against(LOWER, "150", "165"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(against(LOWER, "150", "165.01"), TrafficLight.RED, "MissedBeyondTolerance");
  }

  @Test
  void vital_signs_have_a_five_per_cent_band() {
    assertLight(against(VITAL, "100", "95"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(against(VITAL, "100", "94.99"), TrafficLight.RED, "MissedBeyondTolerance");
  }

  @Test
  void a_range_target_is_green_inside_and_measured_from_the_nearer_bound_outside() {
    assertLight(within(RANGE, "90", "95", "90"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(within(RANGE, "90", "95", "95"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(within(RANGE, "90", "95", "81"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(within(RANGE, "90", "95", "80.99"), TrafficLight.RED, "MissedBeyondTolerance");
    assertLight(within(RANGE, "90", "95", "104.5"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(within(RANGE, "90", "95", "104.51"), TrafficLight.RED, "MissedBeyondTolerance");
  }

  @Test
  void a_zero_target_has_no_amber_band_any_miss_is_red() {
    assertLight(against(LOWER, "0", "0"), TrafficLight.GREEN, "MetOrBeaten");
    assertLight(against(LOWER, "0", "0.001"), TrafficLight.RED, "MissedBeyondTolerance");
    assertLight(against(HIGHER, "0", "-0.001"), TrafficLight.RED, "MissedBeyondTolerance");
  }

  @Test
  void a_negative_target_measures_the_band_from_its_size() {
    assertLight(against(HIGHER, "-50", "-55"), TrafficLight.AMBER, "MissedWithinTolerance");
    assertLight(against(HIGHER, "-50", "-55.01"), TrafficLight.RED, "MissedBeyondTolerance");
  }

  @Test
  void awaited_data_is_purple_never_red() {
    assertLight(awaited(HIGHER, "100"), TrafficLight.PURPLE, "AwaitedIsPurple");
  }

  @Test
  void an_indicator_without_a_target_is_data_only_and_gets_no_light() {
    IndicatorRating r = rate(dataOnly(HIGHER, "24.1"));

    assertThat(r.light()).isEmpty();
    assertThat(r.rule().value()).isEqualTo("NoTargetIsDataOnly");
    assertThat(r.tolerance()).isEmpty();
    assertThat(r.shortfall()).isEmpty();
  }

  @Test
  void a_rating_carries_its_inputs_and_policy() {
    IndicatorRating r = rate(against(LOWER, "21.5", "22.4"));

    assertThat(r.shortfall().get().value()).isEqualByComparingTo("0.9");
    assertThat(r.allowance().get().value()).isEqualByComparingTo("2.15");
    assertThat(r.tolerance().get().value()).isEqualByComparingTo("0.1");
    assertThat(r.policy()).isEqualTo(ENGINE.policy());
    assertThat(r.explanation()).isEqualTo("NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5, "
        + "missed by 0.9, within the 10% tolerance (2.15). Policy lsp-pm-default.");
  }

  @Test
  void explanations_say_met_beaten_missed_and_beyond_in_words() {
    assertThat(rate(against(HIGHER, "350", "360")).explanation())
        .isEqualTo("NI 16 2008/09 is Green: 360 against a target of at least 350, beaten by 10. Policy lsp-pm-default.");
    assertThat(rate(against(LOWER, "21.5", "21.5")).explanation()).contains("is Green: 21.5 against a target of at most 21.5, met exactly.");
    assertThat(rate(against(LOWER, "20", "30")).explanation())
        .contains("is Red: 30 against a target of at most 20, missed by 10, beyond the 10% tolerance (2).");
    assertThat(rate(against(LOWER, "20", "30")).explanation()).doesNotContain("LOWER_IS_BETTER", "RED", "shortfall");
  }
}
