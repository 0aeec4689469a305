package org.lsppm.rules.reward;

import org.lsppm.core.Money;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.PayableDecision;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a reward rule decided a measure earns; the money it comes to is the figures' to say.
 *
 * @param question the measure in its scenario
 * @param decision pending, nothing, a share or in full
 * @param rule the rule that decided it
 */
public record Payable(StretchQuestion question, PayableDecision decision, RuleName rule) {

  /** {@code question} earns {@code decision}, decided by the rule named {@code rule}. */
  public static Payable of(StretchQuestion question, PayableDecision decision, String rule) {
    return new Payable(question, decision, Units.ruleName(rule));
  }

  /** Whether the entitlement is known (not pending). */
  public boolean isKnown() {
    return decision != PayableDecision.PENDING;
  }

  /** The entitlement ({@link org.lsppm.core.reward.MeasureFigures#payable}); zero while pending (check {@link #isKnown()}). */
  public Money getEntitlement() {
    return question.figures().payable(decision).getOrElse(Money.zero());
  }

  Decided<PayableDecision> decided() {
    return new Decided<>(decision, rule);
  }
}
