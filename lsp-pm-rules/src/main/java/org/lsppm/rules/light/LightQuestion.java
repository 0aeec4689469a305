package org.lsppm.rules.light;

import java.math.BigDecimal;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.Shortfall;

/**
 * The fact the light and trend rules reason over: a measurement with its exact arithmetic done
 * ({@link Shortfall}) and the tolerance {@link RatingPolicy#toleranceFor(Measurement)} chose for
 * it, so that the rules only compare. It holds what the rules cannot compute exactly for this
 * measurement and no policy setting: those are the unit's ({@link LightUnit}). Never modified once
 * added.
 */
public final class LightQuestion {
  private static final BigDecimal NONE = BigDecimal.ZERO;

  private final Measurement measurement;
  private final boolean hasGoal;
  private final boolean awaited;
  private final Ratio tolerance;
  private final BigDecimal shortfall;
  private final BigDecimal allowance;
  private final boolean hasPrevious;
  private final BigDecimal gain;
  private final BigDecimal staticAllowance;

  LightQuestion(Measurement m, RatingPolicy policy) {
    this.measurement = m;
    this.hasGoal = m instanceof Measurement.AgainstGoal;
    this.awaited = m.outturn().isAwaited();
    this.tolerance = policy.toleranceFor(m);
    Quantity value = m.outturn() instanceof Outturn.Measured o ? o.quantity() : null;
    if (m instanceof Measurement.AgainstGoal against && value != null) {
      this.shortfall = Shortfall.of(m.indicator().polarity(), against.level(), value);
      this.allowance = Shortfall.allowance(m.indicator().polarity(), against.level(), value, tolerance);
    } else {
      this.shortfall = NONE;
      this.allowance = NONE;
    }
    BigDecimal g = m.previous().isDefined() && value != null
        ? Shortfall.gain(m.indicator().polarity(), m.goal(), m.previous().get(), value).getOrNull()
        : null;
    this.hasPrevious = g != null;
    this.gain = g == null ? NONE : g;
    this.staticAllowance = hasPrevious ? Shortfall.staticAllowance(policy.staticBand(), m.previous().get()) : NONE;
  }

  public Measurement getMeasurement() {
    return measurement;
  }

  /** Whether there is a goal to rate against (otherwise the indicator is data only). */
  public boolean isHasGoal() {
    return hasGoal;
  }

  /** Whether the outturn is awaited. */
  public boolean isAwaited() {
    return awaited;
  }

  public Ratio getTolerance() {
    return tolerance;
  }

  /** The miss in the bad direction; zero or less when met. Zero when there is nothing to rate. */
  public BigDecimal getShortfall() {
    return shortfall;
  }

  /** The miss still within tolerance. */
  public BigDecimal getAllowance() {
    return allowance;
  }

  /** Whether a previous comparable outturn gives a trend. */
  public boolean isHasPrevious() {
    return hasPrevious;
  }

  /** The improvement since the previous period; zero when there is none. */
  public BigDecimal getGain() {
    return gain;
  }

  /** The change either way that is still static. */
  public BigDecimal getStaticAllowance() {
    return staticAllowance;
  }

  @Override
  public String toString() {
    return measurement.toString();
  }
}
