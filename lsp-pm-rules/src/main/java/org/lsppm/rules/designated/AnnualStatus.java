package org.lsppm.rules.designated;

import org.lsppm.core.rating.AnnualTargetStatus;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;
/**
 * Whether the annual target was met, as a designated-target rule decided.
 *
 * @param status what was decided
 * @param rule the rule that decided it
 */
public record AnnualStatus(AnnualTargetStatus status, RuleName rule) {

  /** {@code status}, decided by the rule named {@code rule}. */
  public static AnnualStatus of(AnnualTargetStatus status, String rule) {
    return new AnnualStatus(status, Units.ruleName(rule));
  }
}
