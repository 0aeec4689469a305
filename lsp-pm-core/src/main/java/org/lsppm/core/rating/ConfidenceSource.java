package org.lsppm.core.rating;

/** Where an LAA1 Confidence light came from. */
public enum ConfidenceSource {
  /** The forecast final outturn, rated against the final target by the light rules. */
  FORECAST,
  /** An officer's judgement, recorded as given. */
  OFFICER
}
