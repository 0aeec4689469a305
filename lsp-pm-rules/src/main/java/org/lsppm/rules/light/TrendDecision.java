package org.lsppm.rules.light;

import org.lsppm.core.rating.Trend;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a trend rule decided for one question with a previous comparable outturn.
 *
 * @param question the question decided
 * @param trend improving, static or declining
 * @param rule the rule that decided it
 */
public record TrendDecision(LightQuestion question, Trend trend, RuleName rule) {

  /** {@code question} has {@code trend}, decided by the rule named {@code rule}. */
  public static TrendDecision of(LightQuestion question, Trend trend, String rule) {
    return new TrendDecision(question, trend, Units.ruleName(rule));
  }
}
