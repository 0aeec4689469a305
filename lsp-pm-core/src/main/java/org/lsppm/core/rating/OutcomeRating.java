package org.lsppm.core.rating;

import io.vavr.control.Option;
import java.util.Objects;
import org.lsppm.core.Quantity;

/**
 * The three LAA1 lights of an outcome and how each was reached: Progress from the rating of the
 * data, Confidence from the forecast's rating (or an officer), Problems as the officer gave it.
 * Immutable and thread-safe.
 *
 * @param assessment the outcome's three lights
 * @param progress the rating behind the Progress light
 * @param confidenceSource forecast or officer
 * @param forecast the forecast final outturn, when the forecast was used and could be made
 * @param confidence the rating behind the Confidence light, when the forecast was used
 */
public record OutcomeRating(
    OutcomeAssessment assessment, IndicatorRating progress, ConfidenceSource confidenceSource,
    Option<Quantity> forecast, Option<IndicatorRating> confidence) {

  /** Creates a rating; no part may be null. */
  public OutcomeRating {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(confidenceSource, "confidenceSource");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(confidence, "confidence");
  }
}
