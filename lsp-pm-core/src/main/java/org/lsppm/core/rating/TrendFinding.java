package org.lsppm.core.rating;

import org.lsppm.core.rule.RuleName;

import java.util.Objects;
import org.lsppm.core.Quantity;

/**
 * The trend of an outturn against the previous comparable period, and the rule that found it.
 * Immutable and thread-safe.
 *
 * @param trend improving, static or declining
 * @param rule the rule that decided
 * @param previous the previous period's outturn
 * @param gain the improvement in the good direction (negative when worse)
 * @param staticAllowance the change either way that still counts as static
 */
public record TrendFinding(Trend trend, RuleName rule, Quantity previous, Quantity gain, Quantity staticAllowance) {

  /** Creates a finding; no part may be null. */
  public TrendFinding {
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(gain, "gain");
    Objects.requireNonNull(staticAllowance, "staticAllowance");
  }
}
