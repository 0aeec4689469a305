package org.lsppm.core.reward;

/** How achievement turns into grant: the schemes Government used, as a pluggable part of the policy. */
public enum RewardScheme {
  /**
   * LPSA and LAA1: below the threshold share of the stretch (60%) nothing is paid; from it, the
   * share achieved, capped at 100%.
   */
  STRETCH_SHARE,
  /** LAA2 designated targets, "subject to reward if met": the whole potential grant if T is reached, else nothing. */
  PAID_IF_MET,
  /** The reward withdrawn (LAA2 from 2010): nothing is payable whatever the outturn. */
  WITHDRAWN
}
