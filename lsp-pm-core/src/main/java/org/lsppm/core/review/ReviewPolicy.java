package org.lsppm.core.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.rule.PolicyId;

/**
 * How often Government guidance wants each review, as one value every finding remembers. In
 * JSON, {@code {}} is the default policy. Immutable and thread-safe.
 *
 * <table>
 *   <caption>Defaults and their sources (NRU core requirements, KCP March 2004, Appendix 1 and Annex B)</caption>
 *   <tr><th>attribute</th><th>default</th><th>requirement</th></tr>
 *   <tr><td>deliveryMonths</td><td>12</td><td>review delivery at least once a year</td></tr>
 *   <tr><td>criterionFullReviewMonths</td><td>36</td><td>a full review of each criterion at least once every three years</td></tr>
 *   <tr><td>weakCriterionMonths</td><td>12</td><td>areas of weakness reviewed more frequently (lsp-pm: within a year)</td></tr>
 *   <tr><td>improvementPlanMonths</td><td>6</td><td>review the improvement plan regularly (lsp-pm: every six months)</td></tr>
 *   <tr><td>rewardTargetsMonths</td><td>6</td><td>six-monthly updates on reward-bearing targets (KCP July 2009)</td></tr>
 *   <tr><td>dueSoonDays</td><td>30</td><td>lsp-pm: how far ahead "due soon" looks</td></tr>
 *   <tr><td>minimumPriorityThemes</td><td>3</td><td>a partial delivery review covers at least three priority themes</td></tr>
 * </table>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewPolicy.class)
@JsonDeserialize(as = ImmutableReviewPolicy.class)
public abstract class ReviewPolicy {
  private static final ReviewPolicy DEFAULTS = ImmutableReviewPolicy.builder().build();

  /** The policy's name. */
  @Value.Default
  public PolicyId id() {
    return new PolicyId("nru-core-requirements-2004");
  }

  /** Months between delivery reviews. */
  @Value.Default
  public int deliveryMonths() {
    return 12;
  }

  /** Months between full reviews of each partnership criterion. */
  @Value.Default
  public int criterionFullReviewMonths() {
    return 36;
  }

  /** Months within which a criterion found weak is reviewed again. */
  @Value.Default
  public int weakCriterionMonths() {
    return 12;
  }

  /** Months between reviews of the improvement plan. */
  @Value.Default
  public int improvementPlanMonths() {
    return 6;
  }

  /** Months between progress updates on reward-bearing targets. */
  @Value.Default
  public int rewardTargetsMonths() {
    return 6;
  }

  /** Days ahead within which a review counts as due soon. */
  @Value.Default
  public int dueSoonDays() {
    return 30;
  }

  /** The fewest priority themes a partial delivery review may cover. */
  @Value.Default
  public int minimumPriorityThemes() {
    return 3;
  }

  /** The default policy. */
  public static ReviewPolicy defaults() {
    return DEFAULTS;
  }

  @Value.Check
  final void check() {
    List<Problem> found = List.<Problem>empty()
        .appendAll(positive("deliveryMonths", deliveryMonths()))
        .appendAll(positive("criterionFullReviewMonths", criterionFullReviewMonths()))
        .appendAll(positive("weakCriterionMonths", weakCriterionMonths()))
        .appendAll(positive("improvementPlanMonths", improvementPlanMonths()))
        .appendAll(positive("rewardTargetsMonths", rewardTargetsMonths()))
        .appendAll(dueSoonDays() < 0 ? List.of(Problem.of("dueSoonDays", "zero or more days", dueSoonDays())) : List.empty())
        .appendAll(minimumPriorityThemes() < 1 ? List.of(Problem.of("minimumPriorityThemes", "at least 1", minimumPriorityThemes())) : List.empty());
    Checks.require(found);
  }

  private static Seq<Problem> positive(String field, int months) {
    return months < 1 || months > 120 ? List.of(Problem.of(field, "a whole number of months from 1 to 120", months)) : List.empty();
  }
}
