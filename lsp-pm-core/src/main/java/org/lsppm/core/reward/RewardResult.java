package org.lsppm.core.reward;

import io.vavr.collection.List;
import java.util.Objects;
import org.lsppm.core.Allocation;
import org.lsppm.core.Money;
import org.lsppm.core.Ratio;
import org.lsppm.core.period.FinancialYear;

/**
 * What an agreement earns in one scenario under one policy: every measure's result, the totals,
 * how much of the pot is still undetermined, and the payment schedule. Immutable and thread-safe.
 *
 * @param agreement the agreement
 * @param scenario the outturns evaluated
 * @param policy the policy the result was made under
 * @param measures every measure's result, in the agreement's order
 */
public record RewardResult(RewardAgreement agreement, Scenario scenario, RewardPolicy policy, List<MeasureResult> measures) {

  /** Creates a result; no part may be null. */
  public RewardResult {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(measures, "measures");
  }

  /** The pot. */
  public Money pot() {
    return agreement.pot();
  }

  /** The grant earned by every measure whose outturn is known. */
  public Money totalPayable() {
    return Money.total(measures.flatMap(MeasureResult::payable));
  }

  /** The potential grant of measures whose outturn is awaited: the part of the pot still undetermined. */
  public Money pendingPotential() {
    return Money.total(measures.filter(MeasureResult::isPending).map(MeasureResult::potential));
  }

  /** The measures still pending. */
  public List<MeasureResult> pending() {
    return measures.filter(MeasureResult::isPending);
  }

  /** The grant earned as a share of the pot, to six places. */
  public Ratio shareOfPotEarned() {
    return RewardCalculation.share(totalPayable(), pot());
  }

  /** The result for one measure (a target, or a sub-target of one), or none if the agreement has no such measure. */
  public io.vavr.control.Option<MeasureResult> measure(TargetId measure) {
    Objects.requireNonNull(measure, "measure");
    return measures.find(m -> m.measure().id().equals(measure));
  }

  /** The grant earned by one target (all its measures known), or none while any of its measures is pending. */
  public io.vavr.control.Option<Money> payableFor(TargetId target) {
    List<MeasureResult> own = measures.filter(m -> m.measure().target().equals(target));
    return own.exists(MeasureResult::isPending) || own.isEmpty()
        ? io.vavr.control.Option.none()
        : io.vavr.control.Option.some(Money.total(own.flatMap(MeasureResult::payable)));
  }

  /**
   * The payment schedule: payments on account in the agreement's last year; the balance of each
   * known measure in equal instalments in the years after it (earlier years take any odd penny);
   * a recovery the year after it where the entitlement is below the payment on account. Every line
   * splits between capital and revenue to the penny. For measures whose outturn is known, the lines
   * add up to their entitlement exactly; pending measures have at most their payment on account.
   */
  public List<ScheduleLine> schedule() {
    FinancialYear last = agreement.lastYear();
    return measures.flatMap(m -> {
      List<ScheduleLine> lines = List.empty();
      if (m.paymentOnAccount().isPositive()) {
        lines = lines.append(line(last, m, PaymentKind.PAYMENT_ON_ACCOUNT, m.paymentOnAccount()));
      }
      Money recovered = m.recovered().getOrElse(Money.zero());
      if (recovered.isPositive()) {
        lines = lines.append(line(last.next(), m, PaymentKind.RECOVERY, recovered.negated()));
      } else if (m.balance().exists(Money::isPositive)) {
        List<Money> parts = Allocation.equally(m.balance().get(), policy.instalments());
        for (int i = 0; i < parts.size(); i++) {
          lines = lines.append(line(last.plusYears(i + 1), m, PaymentKind.INSTALMENT, parts.get(i)));
        }
      }
      return lines;
    }).sortBy(l -> l.year());
  }

  /** The schedule's total per year, in year order. */
  public io.vavr.collection.SortedMap<FinancialYear, Money> scheduleByYear() {
    return schedule().groupBy(ScheduleLine::year).mapValues(ls -> Money.total(ls.map(ScheduleLine::total)))
        .toSortedMap(e -> e._1, e -> e._2);
  }

  private ScheduleLine line(FinancialYear year, MeasureResult m, PaymentKind kind, Money amount) {
    List<Money> split = Allocation.byWeights(amount.abs(), List.of(policy.capitalShare().value(), policy.revenueShare().value()));
    Money capital = amount.isNegative() ? split.get(0).negated() : split.get(0);
    Money revenue = amount.isNegative() ? split.get(1).negated() : split.get(1);
    return new ScheduleLine(year, m.measure().target(), m.measure().id(), kind, capital, revenue);
  }
}
