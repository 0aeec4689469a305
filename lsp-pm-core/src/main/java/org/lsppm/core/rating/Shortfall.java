package org.lsppm.core.rating;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Polarity;

/**
 * The exact arithmetic behind a traffic light, kept apart from the decision (which the rules
 * make). All results are exact {@link BigDecimal}s; nothing is rounded.
 *
 * <ul>
 *   <li><b>Shortfall</b>: how far the outturn misses the goal in the bad direction; zero or less
 *       when met or beaten. Higher is better: {@code T - A}; lower is better: {@code A - T}; range:
 *       {@code max(lower - A, A - upper)}.</li>
 *   <li><b>Allowance</b>: the miss still tolerated, {@code tolerance * |bound|}, where the bound is
 *       the target, or for a range the bound nearer the outturn. A zero target has a zero
 *       allowance: any miss of it is beyond tolerance.</li>
 *   <li><b>Gain</b>: the improvement since the previous period in the good direction (for a range,
 *       the reduction in distance from it); negative when declining.</li>
 *   <li><b>Static allowance</b>: {@code band * |previous|}, the change too small to be a trend.</li>
 * </ul>
 */
public final class Shortfall {
  private Shortfall() {}

  /** How far {@code outturn} misses {@code goal}; zero or less when it is met or beaten. */
  public static BigDecimal of(Polarity polarity, Goal goal, Quantity outturn) {
    BigDecimal a = outturn.value();
    return switch (polarity) {
      case HIGHER_IS_BETTER -> goal.lower().value().subtract(a);
      case LOWER_IS_BETTER -> a.subtract(goal.upper().value());
      case WITHIN_RANGE -> goal.lower().value().subtract(a).max(a.subtract(goal.upper().value()));
    };
  }

  /** The miss still within {@code tolerance}: the tolerance times the size of the bound in question. */
  public static BigDecimal allowance(Polarity polarity, Goal goal, Quantity outturn, Ratio tolerance) {
    BigDecimal bound = switch (polarity) {
      case HIGHER_IS_BETTER -> goal.lower().value();
      case LOWER_IS_BETTER -> goal.upper().value();
      case WITHIN_RANGE -> outturn.compareTo(goal.lower()) < 0 ? goal.lower().value() : goal.upper().value();
    };
    return allowance(tolerance, bound);
  }

  /** The miss tolerated beyond {@code bound}: {@code tolerance * |bound|}. */
  static BigDecimal allowance(Ratio tolerance, BigDecimal bound) {
    return tolerance.value().multiply(bound.abs());
  }

  /**
   * The improvement from {@code previous} to {@code current}; negative when worse. None for a
   * within-range indicator without a range to measure distance from.
   */
  public static Option<BigDecimal> gain(Polarity polarity, Option<Goal> goal, Quantity previous, Quantity current) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> Option.some(current.value().subtract(previous.value()));
      case LOWER_IS_BETTER -> Option.some(previous.value().subtract(current.value()));
      case WITHIN_RANGE -> goal.map(g -> distance(g, previous).subtract(distance(g, current)));
    };
  }

  /** A change of at most this much either way is Static. */
  public static BigDecimal staticAllowance(Ratio band, Quantity previous) {
    return band.value().multiply(previous.value().abs());
  }

  /** How far {@code value} lies outside {@code range}; zero inside it. */
  static BigDecimal distance(Goal range, Quantity value) {
    return range.lower().value().subtract(value.value()).max(value.value().subtract(range.upper().value())).max(BigDecimal.ZERO);
  }
}
