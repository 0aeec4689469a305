package org.lsppm.rules.review;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The review-frequency decision ({@code ReviewFrequency.drl}): the required reviews with their due
 * dates in, one {@link ReviewDecision} each out. Used by one call on one thread.
 */
public final class ReviewUnit implements RuleUnitData {
  private final DataStore<ReviewQuestion> reviews = DataSource.createStore();
  private final List<ReviewDecision> statuses = new ArrayList<>();

  /** The required reviews. */
  public DataStore<ReviewQuestion> getReviews() {
    return reviews;
  }

  /** The decisions, in the order the rules fired. */
  public List<ReviewDecision> getStatuses() {
    return statuses;
  }
}
