package org.lsppm.rules.reward;

import java.math.BigDecimal;
import org.lsppm.core.reward.MeasureFigures;
import org.lsppm.core.reward.RewardScheme;

/**
 * The fact the reward rules reason over: one measure in one scenario, with the exact gain, span
 * and threshold already computed ({@link MeasureFigures}). Never modified.
 */
public final class StretchQuestion {
  private final MeasureFigures figures;
  private final RewardScheme scheme;

  StretchQuestion(MeasureFigures figures) {
    this.figures = figures;
    this.scheme = figures.policy().scheme();
  }

  /** The figures, which also say what each decision pays. */
  public MeasureFigures figures() {
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

  @Override
  public String toString() {
    return figures.measure().id() + " (" + figures.outturn().map(Object::toString).getOrElse("awaited") + ")";
  }
}
