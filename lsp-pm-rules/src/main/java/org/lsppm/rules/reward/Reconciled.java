package org.lsppm.rules.reward;

import org.lsppm.core.reward.Decided;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a reconciliation rule decided for a measure paid on account: whether part of the payment is recovered.
 *
 * @param question the measure in its scenario
 * @param recovered whether the entitlement is below the payment on account
 * @param rule the rule that decided it
 */
public record Reconciled(StretchQuestion question, boolean recovered, RuleName rule) {

  /** {@code question}'s payment on account is {@code recovered} in part or not, decided by the rule named {@code rule}. */
  public static Reconciled of(StretchQuestion question, boolean recovered, String rule) {
    return new Reconciled(question, recovered, Units.ruleName(rule));
  }

  Decided<Boolean> decided() {
    return new Decided<>(recovered, rule);
  }
}
