package org.lsppm.core.rating;

/** The three LAA1 dimensions a summary table counts. */
public enum SummaryDimension {
  PROGRESS,
  PROBLEMS,
  CONFIDENCE;

  /** This dimension's light of {@code outcome}. */
  public TrafficLight lightOf(OutcomeAssessment outcome) {
    return switch (this) {
      case PROGRESS -> outcome.progress();
      case PROBLEMS -> outcome.problems();
      case CONFIDENCE -> outcome.confidence();
    };
  }

  /** As the papers write it: {@code Progress}. */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.UK);
  }
}
