package org.lsppm.rules.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.lsppm.rules.review.CriterionReview;

/**
 * The plan checks ({@code PlanCheck.drl}): a partnership's actions, improvement-plan items, themes,
 * outcome lights, the six criteria and every review of one, and the latest partial delivery review
 * in; any number of findings out. Used by one call on one thread.
 */
public final class PlanUnit implements RuleUnitData {
  private final DataStore<ActionQuestion> actions = DataSource.createStore();
  private final DataStore<PlanItemQuestion> items = DataSource.createStore();
  private final DataStore<ThemeQuestion> themes = DataSource.createStore();
  private final DataStore<OutcomeLight> outcomes = DataSource.createStore();
  private final DataStore<CriterionQuestion> criteria = DataSource.createStore();
  private final DataStore<CriterionReview> criterionReviews = DataSource.createStore();
  private final DataStore<PartialReviewQuestion> partialReviews = DataSource.createStore();
  private final List<Found> findings = new ArrayList<>();

  public DataStore<ActionQuestion> getActions() {
    return actions;
  }

  public DataStore<PlanItemQuestion> getItems() {
    return items;
  }

  public DataStore<ThemeQuestion> getThemes() {
    return themes;
  }

  public DataStore<OutcomeLight> getOutcomes() {
    return outcomes;
  }

  public DataStore<CriterionQuestion> getCriteria() {
    return criteria;
  }

  /** Every review of a criterion, with its place in time. */
  public DataStore<CriterionReview> getCriterionReviews() {
    return criterionReviews;
  }

  public DataStore<PartialReviewQuestion> getPartialReviews() {
    return partialReviews;
  }

  /** The findings, in the order the rules fired. */
  public List<Found> getFindings() {
    return findings;
  }

  /** The findings by kind of subject, then its place, then rule name: the same whatever order the rules fired in. */
  public List<Found> findingsInOrder() {
    List<Found> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Found f) -> f.subject().getKind())
        .thenComparingInt(f -> f.subject().getPosition())
        .thenComparing(f -> f.rule().value()));
    return sorted;
  }
}
