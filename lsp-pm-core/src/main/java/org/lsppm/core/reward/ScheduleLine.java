package org.lsppm.core.reward;

import java.util.Objects;
import org.lsppm.core.Money;
import org.lsppm.core.period.FinancialYear;

/**
 * One payment of a reward schedule: in which financial year, for which measure of which target,
 * what kind, and how it splits between capital and revenue. A recovery has negative amounts.
 * Immutable and thread-safe.
 *
 * @param year the financial year of the payment
 * @param target the target
 * @param measure the measure (the target itself, or a sub-target)
 * @param kind payment on account, instalment or recovery
 * @param capital the capital part
 * @param revenue the revenue part
 */
public record ScheduleLine(FinancialYear year, TargetId target, TargetId measure, PaymentKind kind, Money capital, Money revenue) {

  /** Creates a line; no part may be null. */
  public ScheduleLine {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(capital, "capital");
    Objects.requireNonNull(revenue, "revenue");
  }

  /** Capital plus revenue. */
  public Money total() {
    return capital.plus(revenue);
  }
}
