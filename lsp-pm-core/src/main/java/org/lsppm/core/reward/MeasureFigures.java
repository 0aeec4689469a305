package org.lsppm.core.reward;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;

/**
 * What the reward rules see of one measure in one scenario, and the money each of their decisions
 * comes to: the exact arithmetic of the grant, kept apart from the decisions (which the rules make
 * by comparing these figures). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code gain = (A - W) * sign(T - W)}, {@code span = |T - W|}, so the share achieved is
 *       {@code p = gain / span = (A - W) / (T - W)} for either polarity. The threshold is reached
 *       when {@code gain >= threshold * span}, an exact comparison with no division.</li>
 *   <li>A payable share is {@code potential * gain / span}, one division rounded to the penny by the
 *       policy's rounding mode. The share {@code p} itself is exact, or cut (never rounded up) at
 *       eighteen decimal places where the division does not end; no decision uses it.</li>
 *   <li>A payment on account is {@code potential * paymentOnAccountShare}, rounded the same way.</li>
 * </ul>
 *
 * @param measure the measure
 * @param potential its potential grant
 * @param outturn its final outturn; none when awaited
 * @param gain {@code (A - W) * sign(T - W)}; zero when awaited
 * @param span {@code |T - W|}, above zero
 * @param thresholdGain {@code threshold * span}
 * @param interimAgreed whether an interim level was agreed
 * @param interimOutturn its interim outturn, if given
 * @param interimGain {@code (interim outturn - W) * sign(T - W)}
 * @param interimSpan {@code (interim level - W) * sign(T - W)}
 * @param policy the policy: its threshold, rounding and payment-on-account share
 */
public record MeasureFigures(
    Measure measure, Money potential, Option<Quantity> outturn, BigDecimal gain, BigDecimal span,
    BigDecimal thresholdGain, boolean interimAgreed, Option<Quantity> interimOutturn, BigDecimal interimGain,
    BigDecimal interimSpan, RewardPolicy policy) {
  /** The figures of {@code measure}, whose potential grant is {@code potential}, in {@code scenario}. */
  public static MeasureFigures of(Measure measure, Money potential, Scenario scenario, RewardPolicy policy) {
    Stretch s = measure.stretch();
    BigDecimal w = s.withoutAgreement().value();
    BigDecimal direction = BigDecimal.valueOf(s.isHigherBetter() ? 1 : -1);
    BigDecimal span = s.withStretch().value().subtract(w).abs();
    Option<Quantity> outturn = scenario.outturns().get(measure.id());
    BigDecimal gain = outturn.map(a -> a.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    Option<Quantity> interimOutturn = scenario.interims().get(measure.id());
    BigDecimal interimGain = interimOutturn.map(a -> a.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    BigDecimal interimSpan = s.interim().map(i -> i.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    return new MeasureFigures(measure, potential, outturn, gain, span, policy.threshold().value().multiply(span),
        s.interim().isDefined(), interimOutturn, interimGain, interimSpan, policy);
  }

  /** The money {@code decision} pays; none when pending. */
  public Option<Money> payable(PayableDecision decision) {
    return switch (decision) {
      case PENDING -> Option.none();
      case NOTHING -> Option.some(Money.zero());
      case IN_FULL -> Option.some(potential);
      case SHARE -> Option.some(Money.of(potential.amount().multiply(gain).divide(span, Money.SCALE, policy.rounding()),
          RoundingMode.UNNECESSARY));
    };
  }

  /** The proportion of the potential grant {@code decision} pays; none when pending. */
  public Option<Ratio> payableProportion(PayableDecision decision) {
    return proportion(decision, decision == PayableDecision.SHARE ? achieved() : Option.none());
  }

  /** The proportion {@code decision} pays, given the share {@code achieved} (read only for a SHARE decision). */
  private static Option<Ratio> proportion(PayableDecision decision, Option<Ratio> achieved) {
    return switch (decision) {
      case PENDING -> Option.none();
      case NOTHING -> Option.some(Ratio.ZERO);
      case IN_FULL -> Option.some(Ratio.ONE);
      case SHARE -> achieved;
    };
  }

  /**
   * The share of the stretch achieved, {@code (A - W) / (T - W)}, as {@link Ratio#quotient} gives it
   * (exact, or cut at eighteen places, never rounded up); none without an outturn.
   */
  public Option<Ratio> achieved() {
    return outturn.map(a -> Ratio.quotient(gain, span));
  }

  /** The payment on account {@code decision} makes: the policy's share of the potential when achieved, else zero. */
  public Money paymentOnAccount(InterimDecision decision) {
    return decision == InterimDecision.ACHIEVED
        ? potential.multipliedBy(policy.paymentOnAccountShare().value(), policy.rounding())
        : Money.zero();
  }

  /**
   * The measure's result from the decisions made about it. {@code recovery} is the reconciliation
   * decision (whether the payment on account is partly recovered, and the rule that said so),
   * present exactly when a payment on account was made and the entitlement is known.
   */
  public MeasureResult result(Decided<PayableDecision> payable, Decided<InterimDecision> interim,
      Option<Decided<Boolean>> recovery) {
    Option<Money> entitlement = payable(payable.decision());
    Money onAccount = paymentOnAccount(interim.decision());
    Option<Money> recovered = entitlement
        .map(p -> recovery.exists(Decided::decision) ? onAccount.minus(p) : Money.zero());
    Option<Ratio> achieved = achieved();
    return new MeasureResult(measure, potential, outturn, achieved, proportion(payable.decision(), achieved),
        entitlement, payable.decision(), payable.rule(), interim.decision(), interim.rule(), onAccount,
        recovered, recovery.map(Decided::rule));
  }
}
