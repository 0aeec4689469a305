package org.lsppm.rules.light;

import io.vavr.control.Option;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a light rule decided for one question: its light (none when the indicator is data only) and
 * the rule's name.
 *
 * @param question the question decided
 * @param light the light, or none
 * @param rule the rule that decided it
 */
public record LightDecision(LightQuestion question, Option<TrafficLight> light, RuleName rule) {

  /** {@code question} gets {@code light}, decided by the rule named {@code rule}. */
  public static LightDecision of(LightQuestion question, TrafficLight light, String rule) {
    return new LightDecision(question, Option.some(light), Units.ruleName(rule));
  }

  /** {@code question} gets no light (data only), decided by the rule named {@code rule}. */
  public static LightDecision none(LightQuestion question, String rule) {
    return new LightDecision(question, Option.none(), Units.ruleName(rule));
  }
}
