package org.lsppm.rules.overall;

import java.math.BigDecimal;
import org.lsppm.core.rating.RatingPolicy;

/**
 * The partnership-wide fact the overall-rating rules reason over: counts of its assessed and Green
 * outcomes, the Red line (the policy's share times the assessed count, exact) and the NRF
 * allocation, which the rules hold against the unit's light-touch threshold. Which outcomes have an
 * action is matched by the rules themselves, against {@link AssessedOutcome} and
 * {@link PlannedAction} facts.
 */
public final class OverallQuestion {
  private final int assessed;
  private final int green;
  private final BigDecimal greenCount;
  private final BigDecimal redLine;
  private final BigDecimal nrfAllocation;

  /** A question from counts and the partnership's NRF allocation. */
  public OverallQuestion(int assessed, int green, BigDecimal nrfAllocation, RatingPolicy policy) {
    this.assessed = assessed;
    this.green = green;
    this.greenCount = BigDecimal.valueOf(green);
    this.redLine = policy.redWhenGreenShareAtMost().value().multiply(BigDecimal.valueOf(assessed));
    this.nrfAllocation = nrfAllocation;
  }

  public int getAssessed() {
    return assessed;
  }

  public int getGreen() {
    return green;
  }

  public BigDecimal getGreenCount() {
    return greenCount;
  }

  /** The most Green outcomes a Red partnership can have. */
  public BigDecimal getRedLine() {
    return redLine;
  }

  /** Whether every assessed outcome is Green (and at least one is assessed). */
  public boolean isAllGreen() {
    return assessed > 0 && green == assessed;
  }

  public BigDecimal getNrfAllocation() {
    return nrfAllocation;
  }
}
