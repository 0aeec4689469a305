package org.lsppm.rules.light;

import io.vavr.control.Option;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;

/**
 * What a light rule decided for one question, whole: the light (none when the indicator is data
 * only), the rule's name, and the figures the rating shows, chosen by the rule that fired: a data
 * only indicator has no tolerance, an awaited outturn a tolerance but no shortfall, a rated one
 * all three. The engine copies them into the rating and decides nothing.
 *
 * @param question the question decided
 * @param light the light, or none
 * @param rule the rule that decided it
 * @param tolerance the tolerance the outturn was (or will be) judged with; none for data only
 * @param shortfall the miss in the bad direction (zero or less when met); none unless rated
 * @param allowance the miss still within tolerance; none unless rated
 */
public record LightDecision(LightQuestion question, Option<TrafficLight> light, RuleName rule, Option<Ratio> tolerance,
    Option<Quantity> shortfall, Option<Quantity> allowance) {

  /** {@code question}'s outturn, rated {@code light} by the rule named {@code rule}. */
  public static LightDecision rated(LightQuestion question, TrafficLight light, String rule) {
    return new LightDecision(question, Option.some(light), Units.ruleName(rule), Option.some(question.getTolerance()),
        Option.some(new Quantity(question.getShortfall())), Option.some(new Quantity(question.getAllowance())));
  }

  /** {@code question}'s outturn is awaited: Purple, by the rule named {@code rule}, with the tolerance it will be judged with. */
  public static LightDecision awaited(LightQuestion question, String rule) {
    return new LightDecision(question, Option.some(TrafficLight.PURPLE), Units.ruleName(rule), Option.some(question.getTolerance()),
        Option.none(), Option.none());
  }

  /** {@code question}'s indicator has no goal: no light (data only), by the rule named {@code rule}. */
  public static LightDecision dataOnly(LightQuestion question, String rule) {
    return new LightDecision(question, Option.none(), Units.ruleName(rule), Option.none(), Option.none(), Option.none());
  }
}
