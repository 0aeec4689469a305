package org.lsppm.rules.overall;

import org.lsppm.core.rating.OutcomeId;

/** An improvement-plan item's action for an outcome: one fact per outcome an item names. */
public final class PlannedAction {
  private final OutcomeId outcome;

  public PlannedAction(OutcomeId outcome) {
    this.outcome = outcome;
  }

  public OutcomeId getOutcome() {
    return outcome;
  }
}
