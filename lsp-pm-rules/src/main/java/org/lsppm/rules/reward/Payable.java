package org.lsppm.rules.reward;

import io.vavr.control.Option;
import org.lsppm.core.Money;
import org.lsppm.core.rating.RuleName;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.PayableDecision;

/**
 * What a reward rule decided a measure earns, and the money that comes to.
 *
 * @param question the measure in its scenario
 * @param decision pending, nothing, a share or in full
 * @param amount the money; none while pending
 * @param rule the rule that decided it
 */
public record Payable(StretchQuestion question, PayableDecision decision, Option<Money> amount, RuleName rule) {

  /** {@code question} earns {@code decision}, decided by the rule named {@code rule}. */
  public static Payable of(StretchQuestion question, PayableDecision decision, String rule) {
    return new Payable(question, decision, question.figures().payable(decision), new RuleName(rule));
  }

  /** Whether the entitlement is known (not pending). */
  public boolean isKnown() {
    return amount.isDefined();
  }

  /** The entitlement; zero while pending (check {@link #isKnown()}). */
  public Money getEntitlement() {
    return amount.getOrElse(Money.zero());
  }

  Decided<PayableDecision> decided() {
    return new Decided<>(decision, rule);
  }
}
