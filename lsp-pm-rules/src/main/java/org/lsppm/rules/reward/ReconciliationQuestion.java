package org.lsppm.rules.reward;

import java.math.BigDecimal;

/** The fact the reconciliation rules reason over: a known entitlement and the payment on account made against it. */
public final class ReconciliationQuestion {
  private final int index;
  private final BigDecimal entitlement;
  private final BigDecimal paymentOnAccount;

  ReconciliationQuestion(int index, BigDecimal entitlement, BigDecimal paymentOnAccount) {
    this.index = index;
    this.entitlement = entitlement;
    this.paymentOnAccount = paymentOnAccount;
  }

  public int getIndex() {
    return index;
  }

  public BigDecimal getEntitlement() {
    return entitlement;
  }

  public BigDecimal getPaymentOnAccount() {
    return paymentOnAccount;
  }
}
