package org.lsppm.rules.overall;

import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.TrafficLight;

/** An outcome of the partnership with a Green, Amber or Red Progress light (Purple is not assessed). */
public final class AssessedOutcome {
  private final OutcomeId id;
  private final TrafficLight progress;

  public AssessedOutcome(OutcomeId id, TrafficLight progress) {
    this.id = id;
    this.progress = progress;
  }

  public OutcomeId getId() {
    return id;
  }

  public TrafficLight getProgress() {
    return progress;
  }
}
