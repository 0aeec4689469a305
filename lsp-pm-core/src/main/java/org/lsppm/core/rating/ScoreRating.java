package org.lsppm.core.rating;

import org.lsppm.core.rule.RuleName;

import java.util.Objects;

/**
 * The light of a 1-5 progress score and the rule that gave it, under a policy.
 * Immutable and thread-safe.
 *
 * @param score the score
 * @param light Green, Amber or Red
 * @param rule the rule that decided
 * @param policy the policy the rating was made under
 */
public record ScoreRating(ProgressScore score, TrafficLight light, RuleName rule, RatingPolicy policy) {

  /** Creates a rating; no part may be null. */
  public ScoreRating {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(policy, "policy");
  }
}
