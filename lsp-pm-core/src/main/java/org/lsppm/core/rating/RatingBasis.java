package org.lsppm.core.rating;

/** What an outturn is rated against. */
public enum RatingBasis {
  /** The target for the same period. */
  TARGET,
  /** An in-year trajectory milestone for the same period. */
  MILESTONE,
  /** A forecast of the final outturn, against the final target (LAA1 Confidence). */
  FORECAST,
  /** Nothing: the indicator is "data only" for this period and gets no light. */
  NONE
}
