package org.lsppm.core.indicator;

/** How far an outturn can be relied on. */
public enum DataStatus {
  /** Final, published data. */
  FINAL,
  /** Provisional data that may still be revised. */
  PROVISIONAL,
  /** An estimate made before data arrives. */
  ESTIMATED,
  /** Not yet available: an awaited outturn has no value and is never rated Red. */
  AWAITED;

  /** Whether an outturn of this status carries a value. */
  public boolean hasValue() {
    return this != AWAITED;
  }
}
