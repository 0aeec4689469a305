package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.testkit.Generators;
import org.lsppm.testkit.LightCase;
import org.quicktheories.core.Gen;

/** The light rule's properties over random targets, outturns, tolerances and polarities. */
class IndicatorLightProperties {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();
  private static final int EXAMPLES = 400;

  private static Gen<LightCase> cases() {
    return Generators.lightCases();
  }

  private static Gen<BigDecimal> decimals() {
    return LightCase.decimals();
  }

  private static IndicatorRating rate(LightCase c) {
    return ENGINE.rate(c.measurement());
  }

  private static int rank(TrafficLight light) {
    return light.ordinal();
  }

  @Test
  void every_valid_case_gets_exactly_one_light_which_the_oracle_agrees_with() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      IndicatorRating r = rate(c);
      assertThat(r.light()).as(r.explanation()).hasSize(1);
      assertThat(r.light().get()).as(r.explanation())
          .isEqualTo(c.expectedLight());
    });
  }

  @Test
  void a_better_outturn_never_gets_a_worse_light() {
    qt().withExamples(EXAMPLES).forAll(cases(), decimals()).checkAssert((c, other) -> {
      BigDecimal better = c.badness(other).compareTo(c.badness(c.outturn())) <= 0 ? other : c.outturn();
      BigDecimal worse = better == other ? c.outturn() : other;
      TrafficLight good = rate(c.withOutturn(better)).light().get();
      TrafficLight bad = rate(c.withOutturn(worse)).light().get();
      assertThat(rank(good)).as("%s at %s vs %s at %s", good, better, bad, worse).isLessThanOrEqualTo(rank(bad));
    });
  }

  @Test
  void mirroring_values_and_polarity_gives_the_same_light_by_the_same_rule() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      IndicatorRating original = rate(c);
      IndicatorRating mirrored = rate(c.mirrored());
      assertThat(mirrored.light()).as(original.explanation() + " / " + mirrored.explanation()).isEqualTo(original.light());
      assertThat(mirrored.rule()).isEqualTo(original.rule());
    });
  }

  @Test
  void exactly_at_the_tolerance_is_amber_and_any_step_beyond_is_red() {
    Gen<Integer> digits = integers().between(1, 12);
    qt().withExamples(EXAMPLES).forAll(cases(), digits).checkAssert((c, d) -> {
      BigDecimal bound = c.polarity() == Polarity.LOWER_IS_BETTER ? c.upper() : c.lower();
      BigDecimal band = c.tolerance().multiply(bound.abs());
      BigDecimal step = BigDecimal.ONE.movePointLeft(d);
      BigDecimal atTolerance = c.polarity() == Polarity.LOWER_IS_BETTER ? c.upper().add(band) : c.lower().subtract(band);
      BigDecimal beyond = c.polarity() == Polarity.LOWER_IS_BETTER ? atTolerance.add(step) : atTolerance.subtract(step);
      if (band.signum() > 0) {
        assertThat(rate(c.withOutturn(atTolerance)).light()).contains(TrafficLight.AMBER);
      }
      assertThat(rate(c.withOutturn(beyond)).light()).as("%s beyond %s", beyond, atTolerance).contains(TrafficLight.RED);
    });
  }

  @Test
  void the_same_input_gives_the_same_result_alone_or_in_a_batch() {
    qt().withExamples(50).forAll(integers().between(1, 2500)).checkAssert(n -> {
      List<Measurement> batch = List.range(0, n).map(i -> new LightCase(Polarity.HIGHER_IS_BETTER,
          BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.valueOf(80 + i % 30), BigDecimal.valueOf(i % 3, 1)).measurement());
      List<IndicatorRating> once = List.ofAll(ENGINE.rate(batch));
      assertThat(once).hasSize(n);
      assertThat(List.ofAll(ENGINE.rate(batch))).isEqualTo(once);
      assertThat(ENGINE.rate(batch.last())).isEqualTo(once.last());
    });
  }
}
