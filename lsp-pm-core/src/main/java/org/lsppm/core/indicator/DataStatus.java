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

  /**
   * A status as a file writes it: {@code final}, {@code provisional}, {@code estimated} or {@code
   * awaited}, in any case.
   */
  public static io.vavr.control.Validation<io.vavr.collection.Seq<org.lsppm.core.Problem>, DataStatus> parse(String text) {
    return org.lsppm.core.Checks.word(DataStatus.class, text, "final, provisional, estimated or awaited");
  }

  /** Whether an outturn of this status carries a value. */
  public boolean hasValue() {
    return this != AWAITED;
  }
}
