package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.rating.LightThresholds;
import org.lsppm.core.rating.LightThresholds.Bound;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.testkit.Generators;
import org.lsppm.testkit.LightCase;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The outturn needed for each light, checked against the engine that decides the lights: rating
 * at each returned bound gives the light it claims, and one step the other side does not, under
 * random policies (overrides, vital signs, the improving-is-Amber variant with a previous outturn).
 */
class LightThresholdsProperties {
  private static final int EXAMPLES = 300;

  /** A measurement, the policy it is rated under, and the engine for that policy. */
  private record Case(Measurement measurement, RatingPolicy policy) {
    TrafficLight lightAt(BigDecimal outturn) {
      Outturn o = measurement.outturn();
      Measurement at = Measurement.newBuilder().indicator(measurement.indicator())
          .outturn(Outturn.measured(o.indicator().value(), o.period(), new Quantity(outturn), o.status()).get())
          .basis(measurement.basis()).goal(measurement.goal().get())
          .previous(measurement.previous().getOrNull()).tolerance(measurement.tolerance().getOrNull()).build().get();
      return DroolsRatingEngine.forPolicy(policy).rate(at).light().get();
    }

    LightThresholds thresholds() {
      return LightThresholds.of(measurement, policy).get();
    }
  }

  private static Gen<Case> cases() {
    Gen<LightCase> light = Generators.lightCases();
    Gen<RatingPolicy> policies = Generators.ratingPolicies();
    Gen<Boolean> flags = Generate.booleans();
    return in -> {
      LightCase c = light.generate(in);
      Measurement m = flags.generate(in) ? c.measurement() : c.measurementUnderPolicy();
      if (flags.generate(in)) {
        BigDecimal previous = LightCase.decimals().generate(in);
        m = Measurement.newBuilder().indicator(m.indicator()).outturn(m.outturn()).basis(m.basis()).goal(m.goal().get())
            .previous(new Quantity(flags.generate(in) ? previous : c.outturn().add(previous.movePointLeft(3))))
            .tolerance(m.tolerance().getOrNull()).build().get();
      }
      RatingPolicy p = policies.generate(in);
      return new Case(m, flags.generate(in) ? p
          : p.withOverride(org.lsppm.core.indicator.IndicatorCode.of(LightCase.INDICATOR).get(), new Ratio(LightCase.tolerances().generate(in))));
    };
  }

  private static Gen<BigDecimal> steps() {
    return integers().between(1, 9).map(d -> BigDecimal.ONE.movePointLeft(d));
  }

  @Test
  void the_green_band_is_exactly_where_the_engine_says_green_and_not_red_where_it_says_not_red() {
    qt().withExamples(EXAMPLES).forAll(cases(), LightCase.decimals()).checkAssert((c, a) -> {
      LightThresholds t = c.thresholds();
      TrafficLight light = c.lightAt(a);
      assertThat(t.green().contains(new Quantity(a))).as("%s at %s: %s, green %s", c, a, light, t.green())
          .isEqualTo(light == TrafficLight.GREEN);
      assertThat(t.notRed().contains(new Quantity(a))).as("%s at %s: %s, not red %s", c, a, light, t.notRed())
          .isEqualTo(light != TrafficLight.RED);
    });
  }

  @Test
  void at_each_bound_the_light_is_the_one_claimed_and_one_step_outside_it_is_not() {
    qt().withExamples(EXAMPLES).forAll(cases(), steps()).checkAssert((c, step) -> {
      LightThresholds t = c.thresholds();
      check(c, t.green().from(), step.negate(), light -> light == TrafficLight.GREEN);
      check(c, t.green().to(), step, light -> light == TrafficLight.GREEN);
      check(c, t.notRed().from(), step.negate(), light -> light != TrafficLight.RED);
      check(c, t.notRed().to(), step, light -> light != TrafficLight.RED);
    });
  }

  /** {@code outward} points away from the band: negative for its lower end, positive for its upper end. */
  private static void check(Case c, Option<Bound> bound, BigDecimal outward, java.util.function.Predicate<TrafficLight> claimed) {
    bound.forEach(b -> {
      BigDecimal inside = b.inclusive() ? b.value().value() : b.value().value().subtract(outward);
      BigDecimal outside = b.inclusive() ? b.value().value().add(outward) : b.value().value();
      assertThat(claimed.test(c.lightAt(inside))).as("%s inside %s at %s", c, b, inside).isTrue();
      assertThat(claimed.test(c.lightAt(outside))).as("%s outside %s at %s", c, b, outside).isFalse();
    });
  }

  @Test
  void the_distance_is_zero_exactly_inside_and_moving_by_it_reaches_an_inclusive_band() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      LightThresholds t = c.thresholds();
      Quantity a = c.measurement().outturn().value().get();
      Quantity d = t.distanceToGreen().get();
      assertThat(d.isZero()).isEqualTo(t.green().contains(a));
      assertThat(d.value().signum()).isGreaterThanOrEqualTo(0);
      assertThat(t.green().contains(a.plus(d)) || t.green().contains(a.minus(d))).as("%s moved by %s", c, d).isTrue();
    });
  }
}
