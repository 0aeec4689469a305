package org.lsppm.core.rating;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Polarity;

/**
 * The outturns at which a measurement's light changes: where it becomes Green and where it stops
 * being Red, under one {@link RatingPolicy}. The traffic-light counterpart of the reward grant's
 * 60% trigger. Exact: every bound is the decimal the light rule compares against, never rounded.
 *
 * <p>Green is the goal itself (at least the target, at most the target, or within the range). Not
 * Red adds the tolerance: {@code tolerance * |bound|} beyond the target (or beyond each end of a
 * range). A zero target has no allowance, so it stops being Red only where it becomes Green. Under
 * {@link OffTargetTrendRule#IMPROVING_IS_AMBER} a measurement with a previous outturn is also not
 * Red wherever it would be improving (a gain above the static band), which can reach further than
 * the tolerance; that bound is exclusive ("above 329"). Immutable and thread-safe.
 *
 * @param measurement the measurement, which has a goal
 * @param tolerance the tolerance that applies to it ({@link RatingPolicy#toleranceFor(Measurement)})
 * @param green the outturns that are Green
 * @param notRed the outturns that are Green or Amber
 */
public record LightThresholds(Measurement measurement, Ratio tolerance, Band green, Band notRed) {

  /** Creates thresholds; no part may be null. */
  public LightThresholds {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(notRed, "notRed");
  }

  /**
   * The thresholds of {@code measurement} under {@code policy}; none for a data-only measurement
   * (no goal, so no light).
   */
  public static Option<LightThresholds> of(Measurement measurement, RatingPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (measurement.goal().isEmpty()) {
      return Option.none();
    }
    Goal goal = measurement.goal().get();
    Polarity polarity = measurement.indicator().polarity();
    Ratio tolerance = policy.toleranceFor(measurement);
    BigDecimal lower = goal.lower().value();
    BigDecimal upper = goal.upper().value();
    Option<Bound> greenFrom = polarity == Polarity.LOWER_IS_BETTER ? Option.none() : Option.some(Bound.inclusive(lower));
    Option<Bound> greenTo = polarity == Polarity.HIGHER_IS_BETTER ? Option.none() : Option.some(Bound.inclusive(upper));
    Option<BigDecimal> reach = improvingReach(measurement, policy, goal, polarity);
    Option<Bound> notRedFrom = greenFrom.map(b -> {
      Bound tolerated = Bound.inclusive(lower.subtract(Shortfall.allowance(tolerance, lower)));
      return reach.map(r -> tolerated.orBelow(polarity == Polarity.WITHIN_RANGE ? lower.subtract(r) : r)).getOrElse(tolerated);
    });
    Option<Bound> notRedTo = greenTo.map(b -> {
      Bound tolerated = Bound.inclusive(upper.add(Shortfall.allowance(tolerance, upper)));
      return reach.map(r -> tolerated.orAbove(polarity == Polarity.WITHIN_RANGE ? upper.add(r) : r)).getOrElse(tolerated);
    });
    return Option.some(new LightThresholds(measurement, tolerance, new Band(greenFrom, greenTo), new Band(notRedFrom, notRedTo)));
  }

  /**
   * Under IMPROVING_IS_AMBER with a previous outturn, how far improvement reaches: for higher or
   * lower is better the outturn beyond which the gain exceeds the static allowance; for a range the
   * distance from it below which the outturn is improving. None when the trend cannot soften.
   */
  private static Option<BigDecimal> improvingReach(Measurement m, RatingPolicy policy, Goal goal, Polarity polarity) {
    if (policy.offTargetTrend() != OffTargetTrendRule.IMPROVING_IS_AMBER || m.previous().isEmpty()) {
      return Option.none();
    }
    Quantity previous = m.previous().get();
    BigDecimal still = Shortfall.staticAllowance(policy.staticBand(), previous);
    return switch (polarity) {
      case HIGHER_IS_BETTER -> Option.some(previous.value().add(still));
      case LOWER_IS_BETTER -> Option.some(previous.value().subtract(still));
      case WITHIN_RANGE -> {
        BigDecimal reach = Shortfall.distance(goal, previous).subtract(still);
        yield reach.signum() > 0 ? Option.some(reach) : Option.none();
      }
    };
  }

  /** Whether the outturn is awaited, so that no distance can be measured. */
  private Option<Quantity> outturn() {
    return measurement.outturn().value();
  }

  /** How far the outturn must move to be Green: zero when it is; none while awaited. */
  public Option<Quantity> distanceToGreen() {
    return outturn().map(green::distance);
  }

  /** How far the outturn must move to stop being Red: zero when it is not Red; none while awaited. */
  public Option<Quantity> distanceToNotRed() {
    return outturn().map(notRed::distance);
  }

  /**
   * One end of a band of outturns.
   *
   * @param value the outturn at the end
   * @param inclusive whether {@code value} itself is inside
   */
  public record Bound(Quantity value, boolean inclusive) {

    /** Creates a bound; the value may not be null. */
    public Bound {
      Objects.requireNonNull(value, "value");
    }

    static Bound inclusive(BigDecimal value) {
      return new Bound(new Quantity(value), true);
    }

    /** As a lower end: this, or everything above {@code value} when that reaches lower. */
    Bound orBelow(BigDecimal value) {
      return value.compareTo(this.value.value()) < 0 ? new Bound(new Quantity(value), false) : this;
    }

    /** As an upper end: this, or everything below {@code value} when that reaches higher. */
    Bound orAbove(BigDecimal value) {
      return value.compareTo(this.value.value()) > 0 ? new Bound(new Quantity(value), false) : this;
    }
  }

  /**
   * The outturns between two ends, either of which may be open: {@code from} none means no lower
   * end (any low outturn is inside), {@code to} none means no upper end.
   *
   * @param from the lower end, if any
   * @param to the upper end, if any
   */
  public record Band(Option<Bound> from, Option<Bound> to) {

    /** Creates a band; neither part may be null. */
    public Band {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** Whether {@code outturn} is inside. */
    public boolean contains(Quantity outturn) {
      return from.forAll(b -> b.inclusive() ? outturn.compareTo(b.value()) >= 0 : outturn.compareTo(b.value()) > 0)
          && to.forAll(b -> b.inclusive() ? outturn.compareTo(b.value()) <= 0 : outturn.compareTo(b.value()) < 0);
    }

    /**
     * How far {@code outturn} is from the nearer end when it is outside (to an exclusive end: the
     * distance to it, which must be exceeded); zero inside.
     */
    public Quantity distance(Quantity outturn) {
      if (contains(outturn)) {
        return new Quantity(BigDecimal.ZERO);
      }
      BigDecimal a = outturn.value();
      BigDecimal below = from.map(b -> b.value().value().subtract(a)).filter(d -> d.signum() >= 0).getOrElse(BigDecimal.ZERO);
      BigDecimal above = to.map(b -> a.subtract(b.value().value())).filter(d -> d.signum() >= 0).getOrElse(BigDecimal.ZERO);
      return new Quantity(below.max(above));
    }

    /** For people: {@code at least 21.5}, {@code at most 23.65}, {@code from 90 to 95}, {@code above 329}. */
    @Override
    public String toString() {
      if (from.isDefined() && to.isDefined()) {
        return "from " + word(from.get(), "above ") + from.get().value() + " to " + word(to.get(), "below ") + to.get().value();
      }
      if (from.isDefined()) {
        return (from.get().inclusive() ? "at least " : "above ") + from.get().value();
      }
      return to.map(b -> (b.inclusive() ? "at most " : "below ") + b.value()).getOrElse("any outturn");
    }

    private static String word(Bound b, String exclusive) {
      return b.inclusive() ? "" : exclusive;
    }
  }
}
