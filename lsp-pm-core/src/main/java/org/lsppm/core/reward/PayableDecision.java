package org.lsppm.core.reward;

/** What the reward rules decided a measure earns. */
public enum PayableDecision {
  /** The outturn is awaited: the grant is not yet determined. */
  PENDING,
  /** Nothing is payable. */
  NOTHING,
  /** The share of the stretch achieved is payable (from the threshold up to 100%). */
  SHARE,
  /** The whole potential grant is payable. */
  IN_FULL
}
