package org.lsppm.testkit;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;

/**
 * An independent statement of the traffic-light and trend rules, written from the domain brief
 * without using lsp-pm's {@code Shortfall}: met is Green; a miss of at most the tolerance
 * (relative to the bound missed) is Amber; more is Red, or Amber where the policy says an
 * improving miss is (Havering's variant). The trend is the change from the previous outturn in the
 * direction that is better (up, down, or nearer the range), Static within the static band (a share
 * of the previous outturn). Compared by cross-multiplication, so that no division rounds; a zero
 * bound allows no miss. Property tests check an engine against it.
 */
public final class LightOracle {
  private LightOracle() {}

  /**
   * The light an outturn should get.
   *
   * @param polarity whether higher or lower is better, or a range
   * @param lower the target, or the range's lower bound
   * @param upper the target again, or the range's upper bound
   * @param outturn the outturn
   * @param tolerance the tolerance as a proportion ({@code 0.1} for 10%)
   * @return Green, Amber or Red; never null
   */
  public static TrafficLight light(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance) {
    BigDecimal miss;
    BigDecimal bound;
    if (polarity == Polarity.HIGHER_IS_BETTER) {
      if (outturn.compareTo(lower) >= 0) {
        return TrafficLight.GREEN;
      }
      miss = lower.subtract(outturn);
      bound = lower;
    } else if (polarity == Polarity.LOWER_IS_BETTER) {
      if (outturn.compareTo(upper) <= 0) {
        return TrafficLight.GREEN;
      }
      miss = outturn.subtract(upper);
      bound = upper;
    } else if (outturn.compareTo(lower) < 0) {
      miss = lower.subtract(outturn);
      bound = lower;
    } else if (outturn.compareTo(upper) > 0) {
      miss = outturn.subtract(upper);
      bound = upper;
    } else {
      return TrafficLight.GREEN;
    }
    // miss / |bound| <= tolerance, written without division (a zero bound allows no miss).
    return miss.compareTo(tolerance.multiply(bound.abs())) <= 0 ? TrafficLight.AMBER : TrafficLight.RED;
  }

  /**
   * The light an outturn should get under {@code rule}: as {@link #light(Polarity, BigDecimal,
   * BigDecimal, BigDecimal, BigDecimal)}, except that under {@link OffTargetTrendRule#IMPROVING_IS_AMBER}
   * a miss beyond tolerance is Amber when the trend is improving.
   *
   * @param previous the previous comparable outturn; none for no trend (then beyond tolerance is Red)
   * @param staticBand the static band as a proportion of the previous outturn
   * @param rule the policy's off-target trend rule
   * @return Green, Amber or Red; never null
   */
  public static TrafficLight light(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance,
      Option<BigDecimal> previous, BigDecimal staticBand, OffTargetTrendRule rule) {
    TrafficLight plain = light(polarity, lower, upper, outturn, tolerance);
    boolean improving = previous.exists(p -> trend(polarity, lower, upper, p, outturn, staticBand) == Trend.IMPROVING);
    return plain == TrafficLight.RED && rule == OffTargetTrendRule.IMPROVING_IS_AMBER && improving ? TrafficLight.AMBER : plain;
  }

  /**
   * The trend from {@code previous} to {@code outturn}.
   *
   * @param polarity whether higher or lower is better, or a range (nearer it is better)
   * @param lower the target, or the range's lower bound
   * @param upper the target again, or the range's upper bound
   * @param previous the previous comparable outturn
   * @param outturn the outturn
   * @param staticBand the static band as a proportion of the previous outturn: a change of at most
   *     that much either way is Static
   * @return Improving, Static or Declining; never null
   */
  public static Trend trend(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal previous, BigDecimal outturn,
      BigDecimal staticBand) {
    BigDecimal better = switch (polarity) {
      case HIGHER_IS_BETTER -> outturn.subtract(previous);
      case LOWER_IS_BETTER -> previous.subtract(outturn);
      case WITHIN_RANGE -> outside(lower, upper, previous).subtract(outside(lower, upper, outturn));
    };
    BigDecimal band = staticBand.multiply(previous.abs());
    if (better.abs().compareTo(band) <= 0) {
      return Trend.STATIC;
    }
    return better.signum() > 0 ? Trend.IMPROVING : Trend.DECLINING;
  }

  /** How far {@code value} lies outside the range from {@code lower} to {@code upper}; zero inside. */
  private static BigDecimal outside(BigDecimal lower, BigDecimal upper, BigDecimal value) {
    if (value.compareTo(lower) < 0) {
      return lower.subtract(value);
    }
    return value.compareTo(upper) > 0 ? value.subtract(upper) : BigDecimal.ZERO;
  }
}
