package org.lsppm.core.review;

/** Where a required review stands on the as-of date. */
public enum ReviewStatus {
  /** Due later than the due-soon window. */
  ON_TIME,
  /** Due within the due-soon window (today included). */
  DUE_SOON,
  /** The due date has passed. */
  OVERDUE,
  /** Required but never recorded. */
  NEVER_REVIEWED
}
