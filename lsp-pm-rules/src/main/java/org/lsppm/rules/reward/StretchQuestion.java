package org.lsppm.rules.reward;

import java.math.BigDecimal;
import org.lsppm.core.reward.RewardCalculation.Figures;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardScheme;

/**
 * The fact the reward rules reason over: one measure in one scenario, with the exact gain, span
 * and threshold already computed ({@link org.lsppm.core.reward.RewardCalculation}). Never modified.
 */
public final class StretchQuestion {
  private final int index;
  private final Figures figures;
  private final RewardScheme scheme;

  StretchQuestion(int index, Figures figures, RewardPolicy policy) {
    this.index = index;
    this.figures = figures;
    this.scheme = policy.scheme();
  }

  public int getIndex() {
    return index;
  }

  Figures figures() {
    return figures;
  }

  /** Whether the final outturn is known. */
  public boolean isHasOutturn() {
    return figures.outturn().isDefined();
  }

  /** {@code (A - W) * sign(T - W)}. */
  public BigDecimal getGain() {
    return figures.gain();
  }

  /** {@code threshold * |T - W|}. */
  public BigDecimal getThresholdGain() {
    return figures.thresholdGain();
  }

  /** {@code |T - W|}. */
  public BigDecimal getSpan() {
    return figures.span();
  }

  public boolean isStretchShare() {
    return scheme == RewardScheme.STRETCH_SHARE;
  }

  public boolean isPaidIfMet() {
    return scheme == RewardScheme.PAID_IF_MET;
  }

  public boolean isWithdrawn() {
    return scheme == RewardScheme.WITHDRAWN;
  }

  /** Whether an interim level was agreed. */
  public boolean isInterimAgreed() {
    return figures.interimAgreed();
  }

  /** Whether the interim outturn is known. */
  public boolean isHasInterimOutturn() {
    return figures.interimOutturn().isDefined();
  }

  /** {@code (interim outturn - W) * sign(T - W)}. */
  public BigDecimal getInterimGain() {
    return figures.interimGain();
  }

  /** {@code (interim level - W) * sign(T - W)}. */
  public BigDecimal getInterimSpan() {
    return figures.interimSpan();
  }
}
