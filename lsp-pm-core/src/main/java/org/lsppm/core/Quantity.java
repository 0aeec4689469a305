package org.lsppm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured or targeted value of an indicator (a count, a rate, a percentage point), held exactly
 * as a {@link BigDecimal} with trailing zeros removed, so that {@code 12.50} equals {@code 12.5}.
 * Immutable and thread-safe.
 *
 * @param value the exact value, never null
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

  /**
   * Creates a quantity.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} has more than {@link Checks#MAX_HELD_DIGITS}
   *     digits before or after the point (use {@link #of(BigDecimal)} for untrusted values, which
   *     holds them to the input bounds)
   */
  public Quantity {
    Objects.requireNonNull(value, "value");
    Checks.require(Checks.held(value));
    value = normalise(value);
  }

  /** A quantity from an untrusted number; refused when missing. */
  public static Validation<Seq<Problem>, Quantity> of(BigDecimal value) {
    return Checks.number(value).map(Quantity::new);
  }

  /**
   * A quantity from a {@code double} as written in decimal (so {@code 0.1} is exactly one tenth);
   * NaN and the infinities are refused.
   */
  public static Validation<Seq<Problem>, Quantity> of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Checks.invalid(Problem.of("a finite number", value));
    }
    return Checks.number(BigDecimal.valueOf(value)).map(Quantity::new);
  }

  /**
   * A whole-number quantity, such as {@code Quantity.ofWhole(25)}. Every {@code long} is a valid
   * quantity, so this returns the quantity itself; the {@code of} factories take values that can
   * be wrong (a {@code null}, a NaN) and return a {@code Validation}, as {@code Money.of} and
   * {@code Ratio.of} do.
   */
  public static Quantity ofWhole(long value) {
    return new Quantity(BigDecimal.valueOf(value));
  }

  /** A quantity from text such as {@code 12.5}; NaN, infinities and anything else refused. */
  public static Validation<Seq<Problem>, Quantity> parse(String text) {
    return Checks.decimal(text, "a number such as 12.5").map(Quantity::new);
  }

  @JsonCreator
  static Quantity fromJson(BigDecimal value) {
    return Checks.orThrow(Checks.held(value).map(Quantity::new));
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /** This plus {@code other}, exact. */
  public Quantity plus(Quantity other) {
    return new Quantity(value.add(other.value));
  }

  /** This minus {@code other}, exact. */
  public Quantity minus(Quantity other) {
    return new Quantity(value.subtract(other.value));
  }

  /** The value negated: the mirror image used to turn lower-is-better into higher-is-better. */
  public Quantity negated() {
    return new Quantity(value.negate());
  }

  /** Whether this is exactly zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }

  static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
