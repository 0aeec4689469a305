package org.lsppm.core.indicator;

/** Which outturns are better for an indicator. */
public enum Polarity {
  /** A higher outturn is better; the target is a minimum ("at least"). */
  HIGHER_IS_BETTER,
  /** A lower outturn is better; the target is a maximum ("at most"). */
  LOWER_IS_BETTER,
  /** The target is a range; inside it is met, outside it is measured from the nearer bound. */
  WITHIN_RANGE
}
