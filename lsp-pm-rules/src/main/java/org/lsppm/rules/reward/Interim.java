package org.lsppm.rules.reward;

import org.lsppm.core.Money;
import org.lsppm.core.rating.RuleName;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.InterimDecision;

/**
 * What a reward rule decided about a measure's interim level, and the payment on account it makes.
 *
 * @param question the measure in its scenario
 * @param decision not agreed, awaited, achieved or missed
 * @param onAccount the payment on account; zero unless achieved
 * @param rule the rule that decided it
 */
public record Interim(StretchQuestion question, InterimDecision decision, Money onAccount, RuleName rule) {

  /** {@code question}'s interim level is {@code decision}, decided by the rule named {@code rule}. */
  public static Interim of(StretchQuestion question, InterimDecision decision, String rule) {
    return new Interim(question, decision, question.figures().paymentOnAccount(decision), new RuleName(rule));
  }

  /** Whether a payment on account was made. */
  public boolean isPaidOnAccount() {
    return onAccount.isPositive();
  }

  /** The payment on account. */
  public Money getOnAccount() {
    return onAccount;
  }

  /** The measure in its scenario. */
  public StretchQuestion getQuestion() {
    return question;
  }

  Decided<InterimDecision> decided() {
    return new Decided<>(decision, rule);
  }
}
