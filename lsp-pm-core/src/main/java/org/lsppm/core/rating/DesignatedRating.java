package org.lsppm.core.rating;

import org.lsppm.core.rule.RuleName;

import java.util.Objects;

/**
 * An LAA2 designated target's risk to delivery as a light, and whether its annual target was met
 * according to the data, each with the rule that decided. Immutable and thread-safe.
 *
 * @param assessment the recorded assessment
 * @param riskLight low Green, medium Amber, high Red
 * @param riskRule the rule that gave the risk light
 * @param annualTarget met, not met or not yet known, from the rating of the year's outturn
 * @param annualTargetRule the rule that decided it
 * @param policy the policy the rating was made under
 */
public record DesignatedRating(
    DesignatedTargetAssessment assessment, TrafficLight riskLight, RuleName riskRule,
    AnnualTargetStatus annualTarget, RuleName annualTargetRule, RatingPolicy policy) {

  /** Creates a rating; no part may be null. */
  public DesignatedRating {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(riskLight, "riskLight");
    Objects.requireNonNull(riskRule, "riskRule");
    Objects.requireNonNull(annualTarget, "annualTarget");
    Objects.requireNonNull(annualTargetRule, "annualTargetRule");
    Objects.requireNonNull(policy, "policy");
  }
}
