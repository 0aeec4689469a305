package org.lsppm.rules.light;

import org.lsppm.core.Quantity;
import org.lsppm.core.rating.Trend;
import org.lsppm.core.rating.TrendFinding;
import org.lsppm.rules.unit.Units;

/**
 * What a trend rule decided for one question with a previous comparable outturn: the finding the
 * rating shows, whole (the trend, the rule, the previous outturn, the gain and the static
 * allowance it was judged with).
 *
 * @param question the question decided
 * @param finding the trend and what it was judged on
 */
public record TrendDecision(LightQuestion question, TrendFinding finding) {

  /** {@code question} has {@code trend}, decided by the rule named {@code rule}. */
  public static TrendDecision of(LightQuestion question, Trend trend, String rule) {
    return new TrendDecision(question, new TrendFinding(trend, Units.ruleName(rule), question.getMeasurement().previous().get(),
        new Quantity(question.getGain()), new Quantity(question.getStaticAllowance())));
  }

  /** The trend decided. */
  public Trend trend() {
    return finding.trend();
  }
}
