package org.lsppm.core.reward;

import java.util.Objects;
import org.lsppm.core.rule.RuleName;

/**
 * A decision and the rule that made it, as the rules hand it to {@link MeasureFigures#result}.
 * Immutable and thread-safe.
 *
 * @param decision what was decided
 * @param rule the rule that decided it
 * @param <D> the kind of decision
 */
public record Decided<D>(D decision, RuleName rule) {

  /** Creates a decision; neither part may be null. */
  public Decided {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(rule, "rule");
  }
}
