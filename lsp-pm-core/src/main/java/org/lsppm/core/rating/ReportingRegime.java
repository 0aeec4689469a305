package org.lsppm.core.rating;

/** How much a partnership must report to its Government Office. */
public enum ReportingRegime {
  /** Lighter reporting: rated Green overall, or a small NRF allocation. */
  LIGHT_TOUCH,
  /** The full requirements. */
  FULL
}
