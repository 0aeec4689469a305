package org.lsppm.core.rating;

/** How a summary table turns counts into whole per cent. */
public enum PercentRounding {
  /** Each percentage rounded half up on its own; a column may total 99 or 101. */
  HALF_UP,
  /** Each rounded down, then the points left over go to the largest remainders (ties to the earlier light), so the column totals 100. */
  LARGEST_REMAINDER
}
