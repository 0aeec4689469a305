package org.lsppm.rules.designated;

import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;
/**
 * The light a designated-target rule decided from the recorded risk to delivery.
 *
 * @param light what was decided
 * @param rule the rule that decided it
 */
public record RiskLight(TrafficLight light, RuleName rule) {

  /** {@code light}, decided by the rule named {@code rule}. */
  public static RiskLight of(TrafficLight light, String rule) {
    return new RiskLight(light, Units.ruleName(rule));
  }
}
