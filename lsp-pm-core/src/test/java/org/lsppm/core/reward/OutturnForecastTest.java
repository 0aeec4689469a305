package org.lsppm.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.InvalidInputException;
import org.lsppm.core.Quantity;

class OutturnForecastTest {
  private static Quantity q(String v) {
    return Checks.orThrow(Quantity.parse(v));
  }

  @Test
  void a_straight_trend_forecasts_its_line_with_no_error() {
    OutturnForecast f = Checks.orThrow(OutturnForecast.fromTrend(List.of(q("10"), q("12"), q("14")), 4));

    assertThat(f).isEqualTo(new OutturnForecast.Normal(q("16.00"), q("0.00")));
  }

  @Test
  void a_noisy_trend_forecasts_its_line_with_the_prediction_error_at_the_last_period() {
    // Line 8.333 + 2x; residuals -1/3, 2/3, -1/3: s^2 = 2/3; factor 1 + 1/3 + (4 - 2)^2 / 2 = 10/3; sd = sqrt(20/9).
    OutturnForecast f = Checks.orThrow(OutturnForecast.fromTrend(List.of(q("10"), q("13"), q("14")), 4));

    assertThat(f).isEqualTo(new OutturnForecast.Normal(q("16.33"), q("1.49")));
    assertThat(f.centre()).isEqualTo(q("16.33"));
    assertThat(f.scale()).isEqualTo(2);
  }

  @Test
  void a_trend_needs_three_figures_and_a_period_to_forecast() {
    refusedWith(OutturnForecast.fromTrend(List.of(q("1"), q("2")), 4))
        .containsExactly("figures: expected at least three in-year figures for a trend and its error, got 2");
    refusedWith(OutturnForecast.fromTrend(List.of(q("1"), q("2"), q("3")), 3))
        .containsExactly("periods: expected more periods in the year than the 3 figures given, got 3");
  }

  @Test
  void a_range_needs_its_most_likely_value_inside_it_and_a_normal_a_spread_of_zero_or_more() {
    refusedWith(OutturnForecast.between(q("10"), q("9"), q("12")))
        .containsExactly("likely: expected a most likely value from low 10 to high 12, got 9");
    refusedWith(OutturnForecast.normal(q("10"), q("-1"))).containsExactly("sd: expected a standard deviation of zero or more, got -1");
    assertThatThrownBy(() -> new OutturnForecast.Triangular(q("3"), q("1"), q("2"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new OutturnForecast.Normal(q("3"), q("-0.1"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void draws_stay_in_a_range_come_from_the_seed_and_centre_on_the_forecast() {
    OutturnForecast range = Checks.orThrow(OutturnForecast.between(q("40"), q("55"), q("70")));
    SplittableRandom random = new SplittableRandom(7);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 20_000; i++) {
      BigDecimal v = range.draw(random, 6);
      assertThat(v).isBetween(new BigDecimal("40"), new BigDecimal("70"));
      sum = sum.add(v);
    }
    // The triangular mean is (40 + 55 + 70) / 3 = 55.
    assertThat(sum.doubleValue() / 20_000).isCloseTo(55.0, org.assertj.core.data.Offset.offset(0.2));
    assertThat(range.draw(new SplittableRandom(3), 6)).isEqualTo(range.draw(new SplittableRandom(3), 6));
    assertThat(Checks.orThrow(OutturnForecast.between(q("5"), q("5"), q("5"))).draw(random, 2)).isEqualByComparingTo("5");
    assertThat(range.withoutSpread()).isEqualTo(new OutturnForecast.Fixed(q("55")));
    assertThat(range.draw(new SplittableRandom(3), 1).scale()).isEqualTo(1);
    assertThat(new OutturnForecast.Fixed(q("2.25")).draw(random, 1)).isEqualTo(new BigDecimal("2.2"));
    assertThat(new OutturnForecast.Fixed(q("2.25")).scale()).isEqualTo(2);
    assertThat(range.scale()).isZero();
    assertThat(Checks.orThrow(OutturnForecast.normal(q("1.5"), q("0.125"))).scale()).isEqualTo(3);
    assertThat(Checks.orThrow(OutturnForecast.normal(q("1e16"), q("1"))).draw(random, 2).scale()).as("too large for a long").isEqualTo(2);
  }

  @Test
  void normal_draws_have_the_mean_and_spread_asked_for() {
    OutturnForecast normal = Checks.orThrow(OutturnForecast.normal(q("100"), q("10")));
    SplittableRandom random = new SplittableRandom(11);
    double sum = 0;
    double squares = 0;
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      double v = normal.draw(random, 6).doubleValue();
      sum += v;
      squares += v * v;
    }
    double mean = sum / n;
    assertThat(mean).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.3));
    assertThat(Math.sqrt(squares / n - mean * mean)).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.3));
  }
}
