package org.lsppm.core.rating;

/** Direction of an indicator against its previous comparable period, whatever its polarity. */
public enum Trend {
  /** Better than before: higher for higher-is-better, lower for lower-is-better, nearer the range. */
  IMPROVING,
  /** Within the policy's static band of the previous value. */
  STATIC,
  /** Worse than before. */
  DECLINING
}
