package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.indicator;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;

/** Trend against the previous comparable period, and the Havering variant it can drive. */
class TrendAndVariantTest {
  private static final RatingEngine DEFAULTS = DroolsRatingEngine.withDefaults();
  private static final RatingEngine HAVERING = DroolsRatingEngine.forPolicy(
      RatingPolicy.defaults().withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER));
  private static final Indicator HIGHER = indicator(Polarity.HIGHER_IS_BETTER);
  private static final Indicator LOWER = indicator(Polarity.LOWER_IS_BETTER);

  private static Trend trendOf(IndicatorRating r) {
    return r.trend().get().trend();
  }

  @Test
  void higher_is_better_rising_is_improving_and_falling_declining() {
    IndicatorRating up = DEFAULTS.rate(against(HIGHER, "100", "95", "90"));
    IndicatorRating down = DEFAULTS.rate(against(HIGHER, "100", "95", "97"));

    assertThat(trendOf(up)).isEqualTo(Trend.IMPROVING);
    assertThat(up.trend().get().rule().value()).isEqualTo("Improving");
    assertThat(trendOf(down)).isEqualTo(Trend.DECLINING);
    assertThat(down.trend().get().rule().value()).isEqualTo("Declining");
  }

  @Test
  void lower_is_better_falling_is_improving_whatever_the_polarity() {
    assertThat(trendOf(DEFAULTS.rate(against(LOWER, "20", "22", "25")))).isEqualTo(Trend.IMPROVING);
    assertThat(trendOf(DEFAULTS.rate(against(LOWER, "20", "22", "21")))).isEqualTo(Trend.DECLINING);
  }

  @Test
  void no_change_is_static_and_a_configured_band_widens_static() {
    assertThat(trendOf(DEFAULTS.rate(against(HIGHER, "100", "95", "95")))).isEqualTo(Trend.STATIC);
    RatingEngine banded = DroolsRatingEngine.forPolicy(RatingPolicy.defaults().withStaticBand(Ratio.ofPercent(2)));
    assertThat(trendOf(banded.rate(against(HIGHER, "100", "102", "100")))).isEqualTo(Trend.STATIC);
    assertThat(trendOf(banded.rate(against(HIGHER, "100", "98", "100")))).isEqualTo(Trend.STATIC);
    assertThat(trendOf(banded.rate(against(HIGHER, "100", "102.01", "100")))).isEqualTo(Trend.IMPROVING);
    assertThat(trendOf(banded.rate(against(HIGHER, "100", "97.99", "100")))).isEqualTo(Trend.DECLINING);
  }

  @Test
  void without_a_previous_period_there_is_no_trend() {
    assertThat(DEFAULTS.rate(against(HIGHER, "100", "95")).trend()).isEmpty();
  }

  @Test
  void by_default_the_trend_does_not_change_the_light() {
    IndicatorRating r = DEFAULTS.rate(against(HIGHER, "100", "80", "70"));

    assertThat(r.light()).contains(TrafficLight.RED);
    assertThat(r.rule().value()).isEqualTo("MissedBeyondTolerance");
  }

  @Test
  void havering_beyond_tolerance_but_improving_is_amber() {
    IndicatorRating r = HAVERING.rate(against(HIGHER, "100", "80", "70"));

    assertThat(r.light()).contains(TrafficLight.AMBER);
    assertThat(r.rule().value()).isEqualTo("BeyondToleranceButImproving");
  }

  @Test
  void havering_beyond_tolerance_and_static_declining_or_unknown_is_red() {
    assertThat(HAVERING.rate(against(HIGHER, "100", "80", "80")).rule().value()).isEqualTo("BeyondToleranceAndNotImproving");
    assertThat(HAVERING.rate(against(HIGHER, "100", "80", "85")).light()).contains(TrafficLight.RED);
    assertThat(HAVERING.rate(against(HIGHER, "100", "80")).light()).contains(TrafficLight.RED);
  }

  @Test
  void havering_within_tolerance_is_amber_whatever_the_trend() {
    IndicatorRating r = HAVERING.rate(against(HIGHER, "100", "95", "99"));

    assertThat(r.light()).contains(TrafficLight.AMBER);
    assertThat(r.rule().value()).isEqualTo("MissedWithinTolerance");
    assertThat(r.trend().map(t -> t.trend())).isEqualTo(Option.some(Trend.DECLINING));
  }
}
