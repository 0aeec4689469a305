package org.lsppm.rules;

import java.math.BigDecimal;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.TrafficLight;

/**
 * An independent statement of the light rule, written in the test from DOMAIN.md without using
 * lsp-pm's Shortfall: the relative miss compared with the tolerance, by cross-multiplication so
 * that no division rounds.
 */
final class LightOracle {
  private LightOracle() {}

  static TrafficLight light(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance) {
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
