package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.TrafficLight;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The light rule's properties over random targets, outturns, tolerances and polarities. */
class IndicatorLightProperties {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();
  private static final int EXAMPLES = 400;

  /** A random case: polarity, goal bounds, outturn and tolerance, all exact decimals. */
  record Case(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance) {
    Measurement measurement() {
      Indicator i = Fixtures.indicator(polarity);
      Outturn o = Outturn.measured(i.code(), Fixtures.YEAR, new Quantity(outturn), DataStatus.FINAL).get();
      Goal g = polarity == Polarity.WITHIN_RANGE ? new Goal(new Quantity(lower), new Quantity(upper)) : Goal.of(new Quantity(lower));
      return Measurement.of(i, o, RatingBasis.TARGET, g, null, new Ratio(tolerance)).get();
    }

    /** The same case seen in a mirror: values negated, higher and lower swapped. */
    Case mirrored() {
      Polarity p = switch (polarity) {
        case HIGHER_IS_BETTER -> Polarity.LOWER_IS_BETTER;
        case LOWER_IS_BETTER -> Polarity.HIGHER_IS_BETTER;
        case WITHIN_RANGE -> Polarity.WITHIN_RANGE;
      };
      return new Case(p, upper.negate(), lower.negate(), outturn.negate(), tolerance);
    }

    Case withOutturn(BigDecimal a) {
      return new Case(polarity, lower, upper, a, tolerance);
    }

    /** How far the outturn is from where it should be (zero when it is met): smaller is better. */
    BigDecimal badness(BigDecimal a) {
      return switch (polarity) {
        case HIGHER_IS_BETTER -> lower.subtract(a).max(BigDecimal.ZERO);
        case LOWER_IS_BETTER -> a.subtract(upper).max(BigDecimal.ZERO);
        case WITHIN_RANGE -> lower.subtract(a).max(a.subtract(upper)).max(BigDecimal.ZERO);
      };
    }
  }

  private static Gen<BigDecimal> decimals() {
    return longs().between(-10_000_000L, 10_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  private static Gen<BigDecimal> tolerances() {
    return integers().between(0, 300).map(i -> BigDecimal.valueOf(i, 3));
  }

  private static Gen<Case> cases() {
    Gen<Polarity> polarity = Generate.enumValues(Polarity.class);
    return in -> {
      Polarity p = polarity.generate(in);
      BigDecimal a = decimals().generate(in);
      BigDecimal b = p == Polarity.WITHIN_RANGE ? a.add(BigDecimal.valueOf(integers().between(1, 100_000).generate(in), 2)) : a;
      BigDecimal outturn = Generate.booleans().generate(in) ? decimals().generate(in)
          : a.add(BigDecimal.valueOf(integers().between(-200, 200).generate(in), 1));
      return new Case(p, a, b, outturn, tolerances().generate(in));
    };
  }

  private static IndicatorRating rate(Case c) {
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
          .isEqualTo(LightOracle.light(c.polarity(), c.lower(), c.upper(), c.outturn(), c.tolerance()));
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
      List<Measurement> batch = List.range(0, n).map(i -> new Case(Polarity.HIGHER_IS_BETTER,
          BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.valueOf(80 + i % 30), BigDecimal.valueOf(i % 3, 1)).measurement());
      List<IndicatorRating> once = List.ofAll(ENGINE.rate(batch));
      assertThat(once).hasSize(n);
      assertThat(List.ofAll(ENGINE.rate(batch))).isEqualTo(once);
      assertThat(ENGINE.rate(batch.last())).isEqualTo(once.last());
    });
  }
}
