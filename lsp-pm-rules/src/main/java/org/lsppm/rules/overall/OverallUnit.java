package org.lsppm.rules.overall;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import java.math.BigDecimal;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.RatingPolicy;

/**
 * The overall-rating decision ({@code OverallRating.drl}): the partnership's counts, its assessed
 * outcomes and its improvement-plan actions in; the rating (none when nothing is assessed), the
 * reporting regime and the non-Green outcomes without an action out. The policy's light-touch
 * threshold for the NRF allocation is a field of the unit, as the rules read it. Used by one call
 * on one thread.
 */
public final class OverallUnit implements RuleUnitData {
  private final DataStore<OverallQuestion> partnership = DataSource.createStore();
  private final DataStore<AssessedOutcome> outcomes = DataSource.createStore();
  private final DataStore<PlannedAction> actions = DataSource.createStore();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<Reporting> reporting = new ArrayList<>();
  private final List<OutcomeId> withoutAction = new ArrayList<>();
  private final boolean hasNrfThreshold;
  private final BigDecimal nrfThreshold;

  /** A unit under the default policy; for loading the unit. */
  public OverallUnit() {
    this(RatingPolicy.defaults());
  }

  /** A unit deciding under {@code policy}. */
  public OverallUnit(RatingPolicy policy) {
    this.hasNrfThreshold = policy.lightTouchNrfBelow().isDefined();
    this.nrfThreshold = policy.lightTouchNrfBelow().map(m -> m.amount()).getOrElse(BigDecimal.ZERO);
  }

  /** Whether the policy gives light-touch reporting below an NRF allocation. */
  public boolean getHasNrfThreshold() {
    return hasNrfThreshold;
  }

  /** The NRF allocation below which reporting is light-touch; zero when there is none. */
  public BigDecimal getNrfThreshold() {
    return nrfThreshold;
  }

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
