package org.lsppm.core.rating;

/** Whether the trend can soften a light that is beyond tolerance. */
public enum OffTargetTrendRule {
  /** The light depends on the outturn and target only (Kensington and Chelsea). */
  IGNORE_TREND,
  /**
   * Beyond tolerance and improving is Amber; beyond tolerance and not improving (or with no
   * previous period to compare) is Red (the variant Havering used).
   */
  IMPROVING_IS_AMBER
}
