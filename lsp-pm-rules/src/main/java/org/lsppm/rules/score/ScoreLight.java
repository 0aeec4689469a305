package org.lsppm.rules.score;

import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;
/**
 * The light a score rule decided.
 *
 * @param light what was decided
 * @param rule the rule that decided it
 */
public record ScoreLight(TrafficLight light, RuleName rule) {

  /** {@code light}, decided by the rule named {@code rule}. */
  public static ScoreLight of(TrafficLight light, String rule) {
    return new ScoreLight(light, Units.ruleName(rule));
  }
}
