package org.lsppm.core.reward;

import java.util.Objects;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;

/**
 * The outturns that matter for one measure: the one that reaches the threshold (the "60%
 * trigger", {@code W + threshold * (T - W)}) and the one that earns the whole potential grant (T).
 * Immutable and thread-safe.
 *
 * @param measure the measure
 * @param potential its potential grant
 * @param threshold the outturn at which the threshold share is reached
 * @param full the outturn at which all of the potential grant is earned
 */
public record Trigger(Measure measure, Money potential, Quantity threshold, Quantity full) {

  /** Creates a trigger; no part may be null. */
  public Trigger {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(potential, "potential");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(full, "full");
  }

  /** The triggers of every measure of {@code agreement} under {@code policy}. */
  public static io.vavr.collection.List<Trigger> of(RewardAgreement agreement, RewardPolicy policy) {
    io.vavr.collection.Map<TargetId, Money> potentials = RewardCalculation.potentials(agreement);
    return agreement.measures().map(m -> new Trigger(m, potentials.get(m.id()).get(),
        RewardCalculation.outturnFor(m.stretch(), policy.threshold()), m.stretch().withStretch()));
  }
}
