package org.lsppm.core.reward;

import java.util.Objects;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;

/**
 * One point of a sensitivity series: an outturn of the measure varied, what that measure then
 * earns, and what the whole agreement earns. Immutable and thread-safe.
 *
 * @param outturn the varied measure's outturn
 * @param measurePayable what the measure earns
 * @param totalPayable what the agreement earns (measures still pending count nothing)
 * @param decision the measure's decision at this outturn
 */
public record SensitivityPoint(Quantity outturn, Money measurePayable, Money totalPayable, PayableDecision decision) {

  /** Creates a point; no part may be null. */
  public SensitivityPoint {
    Objects.requireNonNull(outturn, "outturn");
    Objects.requireNonNull(measurePayable, "measurePayable");
    Objects.requireNonNull(totalPayable, "totalPayable");
    Objects.requireNonNull(decision, "decision");
  }
}
