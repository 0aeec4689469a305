package org.lsppm.core.rating;

/** Whether an LAA2 designated target's annual target was met. */
public enum AnnualTargetStatus {
  MET,
  NOT_MET,
  /** No outturn yet, or no annual target agreed for the year (a baseline year). */
  NOT_YET_KNOWN
}
