package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.indicator;
import static org.lsppm.rules.Fixtures.outturn;
import static org.lsppm.rules.Fixtures.q;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingBasis;

/** Bad input is refused before any rule runs: a clear error, never a light. */
class BadInputTest {
  private static final Indicator HIGHER = indicator(Polarity.HIGHER_IS_BETTER);

  private static Seq<String> messages(Validation<Seq<Problem>, ?> v) {
    assertThat(v.isInvalid()).as("refused").isTrue();
    return v.getError().map(Problem::message);
  }

  private static Validation<Seq<Problem>, Measurement> outturnOf(double value) {
    return Quantity.of(value)
        .flatMap(v -> Outturn.measured(HIGHER.code().value(), Fixtures.YEAR, v, DataStatus.FINAL))
        .flatMap(o -> Measurement.newBuilder().indicator(HIGHER).outturn(o).basis(RatingBasis.TARGET)
            .goal(Goal.of(q("100"))).build());
  }

  @Test
  void nan_and_infinite_outturns_never_reach_the_rules() {
    assertThat(messages(outturnOf(Double.NaN))).containsExactly("value: expected a finite number, got NaN");
    assertThat(messages(outturnOf(Double.POSITIVE_INFINITY))).containsExactly("value: expected a finite number, got Infinity");
    assertThat(messages(outturnOf(Double.NEGATIVE_INFINITY))).containsExactly("value: expected a finite number, got -Infinity");
  }

  @Test
  void a_tolerance_without_a_target_is_refused() {
    assertThat(messages(Measurement.newBuilder().indicator(HIGHER).outturn(outturn(HIGHER, "5"))
        .basis(RatingBasis.NONE).tolerance(Ratio.ofPercent(10)).build()))
        .containsExactly("tolerance: expected no tolerance without a target to apply it to, got 10%");
  }

  @Test
  void a_negative_tolerance_is_refused() {
    assertThat(messages(Measurement.newBuilder().indicator(HIGHER).outturn(outturn(HIGHER, "5"))
        .basis(RatingBasis.TARGET).goal(Goal.of(q("10"))).tolerance(Ratio.parse("-0.1").get()).build()))
        .containsExactly("tolerance: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got \"-0.1\"");
  }

  @Test
  void a_goal_that_does_not_fit_the_polarity_or_basis_is_refused() {
    assertThat(messages(Measurement.newBuilder().indicator(HIGHER).outturn(outturn(HIGHER, "5"))
        .basis(RatingBasis.TARGET).goal(Goal.between(q("1"), q("2")).get()).build()))
        .containsExactly("goal: expected a single value for a HIGHER_IS_BETTER indicator, got 1..2");
    assertThat(messages(Measurement.newBuilder().indicator(HIGHER).outturn(outturn(HIGHER, "5"))
        .basis(RatingBasis.TARGET).build()))
        .containsExactly("goal: expected a goal to rate against TARGET, got nothing");
  }

  @Test
  void an_outturn_of_another_indicator_is_refused() {
    Indicator other = Indicator.newBuilder().code("NI 99").title("Other").theme("Safer Communities")
        .polarity(Polarity.HIGHER_IS_BETTER).unit("n").build().get();

    assertThat(messages(Measurement.newBuilder().indicator(HIGHER).outturn(outturn(other, "5"))
        .basis(RatingBasis.TARGET).goal(Goal.of(q("10"))).build()))
        .containsExactly("outturn.indicator: expected the measured indicator NI 16, got NI 99");
  }

  @Test
  void scores_of_0_and_6_are_refused() {
    assertThat(messages(ProgressScore.of(0))).containsExactly("value: expected a whole score from 1 to 5, got 0");
    assertThat(messages(ProgressScore.of(6))).containsExactly("value: expected a whole score from 1 to 5, got 6");
  }
}
