package org.lsppm.core.rating;

/** Whether an LAA2 designated target's annual target was met. */
public enum AnnualTargetStatus {
  /** The outturn met or beat the year's annual target. */
  MET,
  /** The outturn missed the year's annual target. */
  NOT_MET,
  /** No outturn yet, or no annual target agreed for the year (a baseline year). */
  NOT_YET_KNOWN
}
