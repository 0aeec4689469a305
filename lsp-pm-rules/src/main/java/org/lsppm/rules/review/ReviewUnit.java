package org.lsppm.rules.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.lsppm.core.review.ReviewPolicy;

/**
 * The review-frequency decision ({@code ReviewFrequency.drl}): the required reviews with their due
 * dates and the reviews of criteria in; the re-reviews that weak criteria call for added to the
 * required reviews; one {@link ReviewDecision} for each required review out. Used by one call on
 * one thread.
 */
public final class ReviewUnit implements RuleUnitData {
  private final DataStore<ReviewQuestion> reviews = DataSource.createStore();
  private final DataStore<CriterionReview> criterionReviews = DataSource.createStore();
  private final List<ReviewDecision> statuses = new ArrayList<>();
  private final LocalDate asOf;
  private final ReviewPolicy policy;
  private final long asOfDay;
  private final long dueSoonUntilDay;

  /** A unit deciding on {@code asOf} under {@code policy}. */
  public ReviewUnit(LocalDate asOf, ReviewPolicy policy) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.policy = Objects.requireNonNull(policy, "policy");
    // Worked out once: the rules read them for every review they compare.
    this.asOfDay = asOf.toEpochDay();
    this.dueSoonUntilDay = asOf.plusDays(policy.dueSoonDays()).toEpochDay();
  }

  /** The required reviews: those the calendar calls for, and those the rules add. */
  public DataStore<ReviewQuestion> getReviews() {
    return reviews;
  }

  /** Every review of a criterion, with its place in time. */
  public DataStore<CriterionReview> getCriterionReviews() {
    return criterionReviews;
  }

  /** The decisions, in the order the rules fired. */
  public List<ReviewDecision> getStatuses() {
    return statuses;
  }

  /** The date decided on. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** The policy decided under. */
  public ReviewPolicy getPolicy() {
    return policy;
  }

  /** The as-of date as an epoch day, as the rules compare it with a review's due day. */
  public long getAsOfDay() {
    return asOfDay;
  }

  /** The last day of the policy's due-soon window from the as-of date, as an epoch day. */
  public long getDueSoonUntilDay() {
    return dueSoonUntilDay;
  }
}
