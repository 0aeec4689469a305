package org.lsppm.rules.reward;

import org.lsppm.core.Money;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.InterimDecision;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a reward rule decided about a measure's interim level; the payment on account it makes is
 * the figures' to say.
 *
 * @param question the measure in its scenario
 * @param decision not agreed, awaited, achieved or missed
 * @param rule the rule that decided it
 */
public record Interim(StretchQuestion question, InterimDecision decision, RuleName rule) {

  /** {@code question}'s interim level is {@code decision}, decided by the rule named {@code rule}. */
  public static Interim of(StretchQuestion question, InterimDecision decision, String rule) {
    return new Interim(question, decision, Units.ruleName(rule));
  }

  /** Whether a payment on account was made. */
  public boolean isPaidOnAccount() {
    return decision == InterimDecision.ACHIEVED && getOnAccount().isPositive();
  }

  /** The payment on account ({@link org.lsppm.core.reward.MeasureFigures#paymentOnAccount}); zero unless achieved. */
  public Money getOnAccount() {
    return question.figures().paymentOnAccount(decision);
  }

  /** The measure in its scenario. */
  public StretchQuestion getQuestion() {
    return question;
  }

  Decided<InterimDecision> decided() {
    return new Decided<>(decision, rule);
  }
}
