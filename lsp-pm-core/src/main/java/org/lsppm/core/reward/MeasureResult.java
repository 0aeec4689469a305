package org.lsppm.core.reward;

import io.vavr.control.Option;
import java.util.Objects;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.rule.RuleName;

/**
 * What one measure earns in one scenario, and why. Immutable and thread-safe.
 *
 * @param measure the measure, with its W and T
 * @param potential its potential grant
 * @param outturn A; none when awaited
 * @param achieved p = (A - W) / (T - W) to six places; none when awaited
 * @param payableProportion the share of the potential grant payable; none when pending
 * @param payable the grant earned; none when pending
 * @param decision pending, nothing, a share, or in full
 * @param payableRule the rule that decided it
 * @param interim what happened to the interim level
 * @param interimRule the rule that decided it
 * @param paymentOnAccount paid a year early for an achieved interim level (zero otherwise)
 * @param recovered the part of the payment on account paid back because the entitlement is smaller
 *     (zero when none; none while pending)
 * @param reconciliationRule the rule that reconciled the payment on account, when there was one to reconcile
 */
public record MeasureResult(
    Measure measure, Money potential, Option<Quantity> outturn, Option<Ratio> achieved,
    Option<Ratio> payableProportion, Option<Money> payable, PayableDecision decision, RuleName payableRule,
    InterimDecision interim, RuleName interimRule, Money paymentOnAccount, Option<Money> recovered,
    Option<RuleName> reconciliationRule) {

  /** Creates a result; no part may be null. */
  public MeasureResult {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(outturn, "outturn");
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(payableProportion, "payableProportion");
    Objects.requireNonNull(payable, "payable");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(payableRule, "payableRule");
    Objects.requireNonNull(interim, "interim");
    Objects.requireNonNull(interimRule, "interimRule");
    Objects.requireNonNull(paymentOnAccount, "paymentOnAccount");
    Objects.requireNonNull(recovered, "recovered");
    Objects.requireNonNull(reconciliationRule, "reconciliationRule");
  }

  /** Whether the grant is still undetermined (the outturn is awaited). */
  public boolean isPending() {
    return decision == PayableDecision.PENDING;
  }

  /** What remains to pay after the payment on account: payable minus it (negative means a recovery); none while pending. */
  public Option<Money> balance() {
    return payable.map(p -> p.minus(paymentOnAccount));
  }
}
