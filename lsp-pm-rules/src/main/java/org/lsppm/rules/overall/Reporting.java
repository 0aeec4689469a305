package org.lsppm.rules.overall;

import org.lsppm.core.rating.ReportingRegime;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;
/**
 * The reporting regime an overall rule decided.
 *
 * @param regime what was decided
 * @param rule the rule that decided it
 */
public record Reporting(ReportingRegime regime, RuleName rule) {

  /** {@code regime}, decided by the rule named {@code rule}. */
  public static Reporting of(ReportingRegime regime, String rule) {
    return new Reporting(regime, Units.ruleName(rule));
  }
}
