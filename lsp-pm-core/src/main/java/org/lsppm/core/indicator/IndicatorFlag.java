package org.lsppm.core.indicator;

/** What Government or the partnership has marked an indicator as. */
public enum IndicatorFlag {
  /** Measures progress on a national floor target. */
  FLOOR_TARGET,
  /** One of the (up to 35) designated targets of an LAA2 agreement. */
  LAA_DESIGNATED,
  /** Carries a stretch and a Performance Reward Grant. */
  REWARD_BEARING,
  /** A council "vital sign": rated with the tighter vital-sign tolerance. */
  VITAL_SIGN
}
