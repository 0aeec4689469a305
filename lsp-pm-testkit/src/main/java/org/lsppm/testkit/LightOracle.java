package org.lsppm.testkit;

import java.math.BigDecimal;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.TrafficLight;

/**
 * An independent statement of the traffic-light rule, written from the domain brief without using
 * lsp-pm's {@code Shortfall}: met is Green; a miss of at most the tolerance (relative to the
 * bound missed) is Amber; more is Red. Compared by cross-multiplication, so that no division
 * rounds; a zero bound allows no miss. Property tests check an engine against it.
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
}
