package org.lsppm.core.indicator;

/** Which outturns are better for an indicator. */
public enum Polarity {
  /** A higher outturn is better; the target is a minimum ("at least"). */
  HIGHER_IS_BETTER,
  /** A lower outturn is better; the target is a maximum ("at most"). */
  LOWER_IS_BETTER,
  /** The target is a range; inside it is met, outside it is measured from the nearer bound. */
  WITHIN_RANGE;

  /**
   * A polarity as a file or a database column writes it: {@code higher}, {@code lower} or {@code
   * range}, or the constant's name in any case ({@code lower_is_better}, {@code Lower is better}).
   *
   * <pre>{@code
   * Polarity p = Checks.orThrow(Polarity.parse("lower")); // LOWER_IS_BETTER
   * }</pre>
   */
  public static io.vavr.control.Validation<io.vavr.collection.Seq<org.lsppm.core.Problem>, Polarity> parse(String text) {
    return org.lsppm.core.Checks.word(Polarity.class, text, "higher, lower or range", io.vavr.Tuple.of("higher", HIGHER_IS_BETTER),
        io.vavr.Tuple.of("lower", LOWER_IS_BETTER), io.vavr.Tuple.of("range", WITHIN_RANGE));
  }
}
