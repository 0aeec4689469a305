package org.lsppm.core.reward;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.lsppm.core.Allocation;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.rating.RuleName;

/**
 * The exact arithmetic of the Performance Reward Grant, kept apart from the decisions (which the
 * rules make from the figures computed here).
 *
 * <ul>
 *   <li>The pot divides between targets by their weights (equally without), and a target's share
 *       between its sub-targets likewise, each to the penny by {@link Allocation} (largest
 *       remainder, ties to the earlier target).</li>
 *   <li>For a measure with W, T and outturn A: {@code gain = (A - W) * sign(T - W)},
 *       {@code span = |T - W|}, so the share achieved is {@code p = gain / span = (A - W) / (T - W)}
 *       for either polarity. The threshold is reached when {@code gain >= threshold * span}, an
 *       exact comparison with no division.</li>
 *   <li>A payable share is {@code potential * gain / span}, one division rounded to the penny by the
 *       policy's rounding mode. The displayed {@code p} is rounded to six decimal places, half even;
 *       no decision uses it.</li>
 *   <li>A payment on account is {@code potential * paymentOnAccountShare}, rounded the same way.</li>
 * </ul>
 */
public final class RewardCalculation {
  /** Decimal places of a displayed share achieved. */
  public static final int SHARE_SCALE = 6;

  private RewardCalculation() {}

  /** The potential grant of every measure, by measure id, in the agreement's order; adds up to the pot exactly. */
  public static Map<TargetId, Money> potentials(RewardAgreement agreement) {
    List<StretchTarget> targets = agreement.targets();
    List<Money> perTarget = Allocation.byWeights(agreement.pot(),
        targets.map(t -> t.weight().map(Weight::value).getOrElse(BigDecimal.ONE)));
    // Walked in step, never by index: the lists are linked, and get(i) in a loop was quadratic
    // (an agreement of 300,000 targets never finished).
    return LinkedHashMap.ofEntries(targets.zip(perTarget).flatMap(t -> {
      List<Measure> measures = Measure.of(t._1);
      List<Money> perMeasure = Allocation.byWeights(t._2,
          measures.map(m -> m.weight().map(Weight::value).getOrElse(BigDecimal.ONE)));
      return measures.zip(perMeasure).map(m -> io.vavr.Tuple.of(m._1.id(), m._2));
    }));
  }

  /**
   * Problems with a scenario for an agreement: what its fluent calls could not take, and outturns
   * or interim outturns for measures the agreement does not have.
   */
  public static Seq<Problem> problems(RewardAgreement agreement, Scenario scenario) {
    io.vavr.collection.Set<TargetId> known = agreement.measures().map(Measure::id).toSet();
    Seq<Problem> unknownOutturns = scenario.outturns().keySet().toList().filter(id -> !known.contains(id))
        .map(id -> Problem.of("outturns." + id, "a measure of the agreement (one of " + known.toList().sorted().mkString(", ") + ")", id));
    Seq<Problem> unknownInterims = scenario.interims().keySet().toList().filter(id -> !known.contains(id))
        .map(id -> Problem.of("interims." + id, "a measure of the agreement", id));
    Seq<Problem> noInterimLevel = scenario.interims().keySet().toList()
        .filter(id -> agreement.measure(id).exists(m -> m.stretch().interim().isEmpty()))
        .map(id -> Problem.of("interims." + id, "an interim outturn only for a measure with an interim level", id));
    return scenario.problems().appendAll(unknownOutturns).appendAll(unknownInterims).appendAll(noInterimLevel);
  }

  /** The figures the rules decide a measure from. */
  public static Figures figures(Measure measure, Money potential, Scenario scenario, RewardPolicy policy) {
    Stretch s = measure.stretch();
    BigDecimal w = s.withoutAgreement().value();
    BigDecimal direction = BigDecimal.valueOf(s.isHigherBetter() ? 1 : -1);
    BigDecimal span = s.withStretch().value().subtract(w).abs();
    Option<Quantity> outturn = scenario.outturns().get(measure.id());
    BigDecimal gain = outturn.map(a -> a.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    Option<Quantity> interimOutturn = scenario.interims().get(measure.id());
    BigDecimal interimGain = interimOutturn.map(a -> a.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    BigDecimal interimSpan = s.interim().map(i -> i.value().subtract(w).multiply(direction)).getOrElse(BigDecimal.ZERO);
    return new Figures(measure, potential, outturn, gain, span, policy.threshold().value().multiply(span),
        s.interim().isDefined(), interimOutturn, interimGain, interimSpan);
  }

  /** The money a decision pays for a measure; none when pending. */
  public static Option<Money> payable(Figures f, PayableDecision decision, RewardPolicy policy) {
    return switch (decision) {
      case PENDING -> Option.none();
      case NOTHING -> Option.some(Money.zero());
      case IN_FULL -> Option.some(f.potential());
      case SHARE -> Option.some(Money.of(f.potential().amount().multiply(f.gain()).divide(f.span(), Money.SCALE, policy.rounding()),
          RoundingMode.UNNECESSARY));
    };
  }

  /** The proportion of the potential grant a decision pays; none when pending. */
  public static Option<Ratio> payableProportion(Figures f, PayableDecision decision) {
    return switch (decision) {
      case PENDING -> Option.none();
      case NOTHING -> Option.some(Ratio.ZERO);
      case IN_FULL -> Option.some(Ratio.ONE);
      case SHARE -> achieved(f);
    };
  }

  /** The share of the stretch achieved, {@code (A - W) / (T - W)}, to six places; none without an outturn. */
  public static Option<Ratio> achieved(Figures f) {
    return f.outturn().map(a -> new Ratio(f.gain().divide(f.span(), SHARE_SCALE, RoundingMode.HALF_EVEN)));
  }

  /** The payment on account an interim decision makes. */
  public static Money paymentOnAccount(Figures f, InterimDecision decision, RewardPolicy policy) {
    return decision == InterimDecision.ACHIEVED
        ? f.potential().multipliedBy(policy.paymentOnAccountShare().value(), policy.rounding())
        : Money.zero();
  }

  /**
   * The money the decisions about a measure come to: what is payable (none while pending) and the
   * payment on account. Computed once, then used both to reconcile and to build the result.
   *
   * @param payable the grant earned; none while pending
   * @param onAccount the payment on account (zero without an achieved interim level)
   */
  public record Amounts(Option<Money> payable, Money onAccount) {
    /** Whether there is a payment on account to reconcile against a known entitlement. */
    public boolean needsReconciliation() {
      return onAccount.isPositive() && payable.isDefined();
    }
  }

  /** The amounts that {@code decision} and {@code interim} come to for a measure. */
  public static Amounts amounts(Figures f, PayableDecision decision, InterimDecision interim, RewardPolicy policy) {
    return new Amounts(payable(f, decision, policy), paymentOnAccount(f, interim, policy));
  }

  /**
   * A measure's result from the decisions made about it and the amounts they come to.
   * {@code recovery} is the reconciliation decision (whether the payment on account is partly
   * recovered, and the rule that said so), present exactly when {@link Amounts#needsReconciliation()}.
   */
  public static MeasureResult result(Figures f, Decided<PayableDecision> payable, Decided<InterimDecision> interim,
      Amounts amounts, Option<Decided<Boolean>> recovery) {
    Option<Money> recovered = amounts.payable()
        .map(p -> recovery.exists(Decided::decision) ? amounts.onAccount().minus(p) : Money.zero());
    return new MeasureResult(f.measure(), f.potential(), f.outturn(), achieved(f), payableProportion(f, payable.decision()),
        amounts.payable(), payable.decision(), payable.rule(), interim.decision(), interim.rule(), amounts.onAccount(),
        recovered, recovery.map(Decided::rule));
  }

  /** The outturn at which a measure's share achieved reaches {@code share}: {@code W + share * (T - W)}, exact. */
  public static Quantity outturnFor(Stretch stretch, Ratio share) {
    BigDecimal w = stretch.withoutAgreement().value();
    return new Quantity(w.add(share.value().multiply(stretch.withStretch().value().subtract(w))));
  }

  /** {@code part / whole} as a ratio to six places (zero for an empty whole). */
  static Ratio share(Money part, Money whole) {
    return whole.isZero() ? Ratio.ZERO
        : new Ratio(part.amount().divide(whole.amount(), new MathContext(SHARE_SCALE + 6)).setScale(SHARE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * What the rules see of one measure in one scenario.
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
   */
  public record Figures(
      Measure measure, Money potential, Option<Quantity> outturn, BigDecimal gain, BigDecimal span,
      BigDecimal thresholdGain, boolean interimAgreed, Option<Quantity> interimOutturn, BigDecimal interimGain,
      BigDecimal interimSpan) {}
}
