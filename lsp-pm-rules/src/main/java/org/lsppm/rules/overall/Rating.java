package org.lsppm.rules.overall;

import io.vavr.control.Option;
import org.lsppm.core.rating.OverallRating;
import org.lsppm.core.rule.RuleName;
import org.lsppm.rules.unit.Units;
/**
 * The overall rating an overall rule decided; none when nothing is assessed.
 *
 * @param rating what was decided
 * @param rule the rule that decided it
 */
public record Rating(Option<OverallRating> rating, RuleName rule) {

  /** {@code rating}, decided by the rule named {@code rule}. */
  public static Rating of(Option<OverallRating> rating, String rule) {
    return new Rating(rating, Units.ruleName(rule));
  }
}
