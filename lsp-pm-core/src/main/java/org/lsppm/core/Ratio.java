package org.lsppm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A proportion held exactly: {@code 0.1} is ten per cent, {@code 1} is the whole. Used for
 * tolerances, shares of a stretch achieved, payable proportions and capital/revenue shares. It may
 * be negative or above one where the quantity it describes can be (an outturn worse than the
 * baseline); fields that need a narrower range check it themselves. Immutable and thread-safe.
 *
 * @param value the proportion, never null
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);

  /** The whole: one hundred per cent. */
  public static final Ratio ONE = new Ratio(BigDecimal.ONE);

  /**
   * Creates a ratio.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} has more than {@link Checks#MAX_HELD_DIGITS}
   *     digits before or after the point (use {@link #of(BigDecimal)} for untrusted values)
   */
  public Ratio {
    Objects.requireNonNull(value, "value");
    Checks.require(Checks.held(value));
    value = Quantity.normalise(value);
  }

  /** A ratio from an untrusted number; refused when missing. */
  public static Validation<Seq<Problem>, Ratio> of(BigDecimal value) {
    return Checks.number(value).map(Ratio::new);
  }

  /** A ratio from a whole number of per cent: {@code ofPercent(60)} is {@code 0.6}. */
  public static Ratio ofPercent(long percent) {
    return new Ratio(BigDecimal.valueOf(percent).movePointLeft(2));
  }

  /** A ratio from per cent given exactly: {@code ofPercent(new BigDecimal("2.5"))} is {@code 0.025}. */
  public static Ratio ofPercent(BigDecimal percent) {
    return new Ratio(percent.movePointLeft(2));
  }

  /**
   * {@code part / whole} exactly when it has at most {@link Checks#MAX_DECIMAL_PLACES} decimal
   * places, else cut to that many toward negative infinity: never rounded up, so a share just
   * below a threshold (59.99999999%) is never read as reaching it (60%).
   *
   * @throws ArithmeticException if {@code whole} is zero
   */
  public static Ratio quotient(BigDecimal part, BigDecimal whole) {
    return new Ratio(part.divide(whole, Checks.MAX_DECIMAL_PLACES, java.math.RoundingMode.FLOOR));
  }

  /** A ratio from text, either {@code 0.6} or {@code 60%}. */
  public static Validation<Seq<Problem>, Ratio> parse(String text) {
    String t = text == null ? "" : Checks.strip(text);
    boolean percent = t.endsWith("%");
    return Checks.decimal(percent ? t.substring(0, t.length() - 1) : t, "a proportion such as 0.6 or 60%")
        .mapError(ps -> ps.map(p -> Problem.of(p.expected(), text == null ? null : Checks.abbreviated(text))))
        .map(v -> percent ? ofPercent(v) : new Ratio(v));
  }


  @JsonCreator
  static Ratio fromJson(BigDecimal value) {
    return Checks.orThrow(Checks.held(value).map(Ratio::new));
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /** The ratio in per cent, exact: {@code 0.625} gives {@code 62.5}. */
  public BigDecimal toPercent() {
    return Quantity.normalise(value.multiply(HUNDRED));
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Whether this is between zero and one, both included. */
  public boolean isProportion() {
    return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
  }

  @Override
  public int compareTo(Ratio other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return toPercent().toPlainString() + "%";
  }
}
