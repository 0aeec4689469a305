package org.lsppm.benchmarks;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.Shortfall;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;
import org.lsppm.core.rating.TrendFinding;
import org.lsppm.core.rule.RuleName;

/**
 * The light and trend decisions written as plain Java if/else, producing the same
 * {@link IndicatorRating}s from the same arithmetic as the Drools engine: the baseline the engine
 * is measured against.
 */
final class HandWrittenRater {
  private static final RuleName DATA_ONLY = new RuleName("NoTargetIsDataOnly");
  private static final RuleName AWAITED = new RuleName("AwaitedIsPurple");
  private static final RuleName MET = new RuleName("MetOrBeaten");
  private static final RuleName WITHIN = new RuleName("MissedWithinTolerance");
  private static final RuleName BEYOND = new RuleName("MissedBeyondTolerance");
  private static final RuleName BEYOND_IMPROVING = new RuleName("BeyondToleranceButImproving");
  private static final RuleName BEYOND_NOT_IMPROVING = new RuleName("BeyondToleranceAndNotImproving");
  private static final RuleName IMPROVING = new RuleName("Improving");
  private static final RuleName STATIC = new RuleName("Static");
  private static final RuleName DECLINING = new RuleName("Declining");

  private final RatingPolicy policy;

  HandWrittenRater(RatingPolicy policy) {
    this.policy = policy;
  }

  void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink) {
    for (Measurement m : measurements) {
      sink.accept(rate(m));
    }
  }

  IndicatorRating rate(Measurement m) {
    Ratio tolerance = m.tolerance().getOrElse(() -> policy.toleranceFor(m.indicator()));
    Option<TrendFinding> trend = trend(m);
    if (m.goal().isEmpty()) {
      return new IndicatorRating(m, Option.none(), DATA_ONLY, Option.none(), Option.none(), Option.none(), trend, policy);
    }
    if (m.outturn().isAwaited()) {
      return new IndicatorRating(m, Option.some(TrafficLight.PURPLE), AWAITED, Option.some(tolerance), Option.none(),
          Option.none(), trend, policy);
    }
    Quantity value = m.outturn().value().get();
    BigDecimal shortfall = Shortfall.of(m.indicator().polarity(), m.goal().get(), value);
    BigDecimal allowance = Shortfall.allowance(m.indicator().polarity(), m.goal().get(), value, tolerance);
    TrafficLight light;
    RuleName rule;
    if (shortfall.signum() <= 0) {
      light = TrafficLight.GREEN;
      rule = MET;
    } else if (shortfall.compareTo(allowance) <= 0) {
      light = TrafficLight.AMBER;
      rule = WITHIN;
    } else if (policy.offTargetTrend() == OffTargetTrendRule.IGNORE_TREND) {
      light = TrafficLight.RED;
      rule = BEYOND;
    } else if (trend.exists(t -> t.trend() == Trend.IMPROVING)) {
      light = TrafficLight.AMBER;
      rule = BEYOND_IMPROVING;
    } else {
      light = TrafficLight.RED;
      rule = BEYOND_NOT_IMPROVING;
    }
    return new IndicatorRating(m, Option.some(light), rule, Option.some(tolerance),
        Option.some(new Quantity(shortfall)), Option.some(new Quantity(allowance)), trend, policy);
  }

  private Option<TrendFinding> trend(Measurement m) {
    if (m.previous().isEmpty() || m.outturn().value().isEmpty()) {
      return Option.none();
    }
    Quantity previous = m.previous().get();
    Option<BigDecimal> gain = Shortfall.gain(m.indicator().polarity(), m.goal(), previous, m.outturn().value().get());
    if (gain.isEmpty()) {
      return Option.none();
    }
    BigDecimal band = Shortfall.staticAllowance(policy.staticBand(), previous);
    BigDecimal g = gain.get();
    Trend t = g.compareTo(band) > 0 ? Trend.IMPROVING : g.negate().compareTo(band) > 0 ? Trend.DECLINING : Trend.STATIC;
    RuleName rule = t == Trend.IMPROVING ? IMPROVING : t == Trend.DECLINING ? DECLINING : STATIC;
    return Option.some(new TrendFinding(t, rule, previous, new Quantity(g), new Quantity(band)));
  }
}
