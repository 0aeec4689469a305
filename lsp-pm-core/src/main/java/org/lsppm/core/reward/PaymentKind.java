package org.lsppm.core.reward;

/** A line of a payment schedule. */
public enum PaymentKind {
  /** Paid in the last year of the period for an achieved interim level. */
  PAYMENT_ON_ACCOUNT,
  /** One of the equal instalments of the balance after the period. */
  INSTALMENT,
  /** A payment on account larger than the final entitlement, paid back (negative amounts). */
  RECOVERY
}
