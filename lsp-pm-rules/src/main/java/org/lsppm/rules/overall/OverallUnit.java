package org.lsppm.rules.overall;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.lsppm.core.rating.OutcomeId;

/**
 * The overall-rating decision ({@code OverallRating.drl}): the partnership's counts, its assessed
 * outcomes and its improvement-plan actions in; the rating (none when nothing is assessed), the
 * reporting regime and the non-Green outcomes without an action out. Used by one call on one thread.
 */
public final class OverallUnit implements RuleUnitData {
  private final DataStore<OverallQuestion> partnership = DataSource.createStore();
  private final DataStore<AssessedOutcome> outcomes = DataSource.createStore();
  private final DataStore<PlannedAction> actions = DataSource.createStore();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<Reporting> reporting = new ArrayList<>();
  private final List<OutcomeId> withoutAction = new ArrayList<>();

  /** The partnership's counts and allocation. */
  public DataStore<OverallQuestion> getPartnership() {
    return partnership;
  }

  /** Its assessed outcomes. */
  public DataStore<AssessedOutcome> getOutcomes() {
    return outcomes;
  }

  /** The outcomes its improvement plan has an action for. */
  public DataStore<PlannedAction> getActions() {
    return actions;
  }

  /** The rating decided; none when nothing is assessed. */
  public List<Rating> getRatings() {
    return ratings;
  }

  /** The reporting regime decided. */
  public List<Reporting> getReporting() {
    return reporting;
  }

  /** The non-Green assessed outcomes no improvement-plan item addresses, in the order the rule found them. */
  public List<OutcomeId> getWithoutAction() {
    return withoutAction;
  }
}
