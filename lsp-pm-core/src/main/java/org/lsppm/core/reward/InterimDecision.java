package org.lsppm.core.reward;

/** What the reward rules decided about a measure's interim level. */
public enum InterimDecision {
  /** No interim level was agreed, or the scheme makes no payments on account. */
  NOT_AGREED,
  /** An interim level was agreed; its outturn is awaited. */
  AWAITED,
  /** The interim level was achieved: a payment on account is made. */
  ACHIEVED,
  /** The interim level was missed: no payment on account. */
  MISSED
}
