package org.lsppm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in pounds sterling, held as a {@link BigDecimal} with exactly two decimal
 * places. Every step that could lose a penny takes an explicit {@link RoundingMode}; nothing here
 * passes through {@code double}. Amounts may be negative (a balance to recover); fields that must
 * not be negative say so in their own validation. Immutable and thread-safe.
 *
 * @param amount the amount in pounds, scale 2, never null
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  /** Pence: the scale of every amount. */
  public static final int SCALE = 2;

  private static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

  /**
   * Creates money from an amount already in pence precision.
   *
   * @throws NullPointerException if {@code amount} is null
   * @throws InvalidInputException if {@code amount} has more than two decimal places of value or
   *     more than {@link Checks#MAX_INTEGER_DIGITS} digits of pounds (the bounds {@link #of} applies)
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Checks.require(Checks.number(amount));
    Checks.require(precisionProblems(amount));
    amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** Zero pounds. */
  public static Money zero() {
    return ZERO;
  }

  /** A whole number of pounds. */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /**
   * Money from an untrusted amount: refused when missing or finer than a penny (nothing is rounded
   * away silently; use {@link #of(BigDecimal, RoundingMode)} to round on purpose).
   */
  public static Validation<Seq<Problem>, Money> of(BigDecimal amount) {
    if (amount == null) {
      return Checks.invalid(Problem.of("an amount in pounds", null));
    }
    return Checks.number(amount).flatMap(a -> Checks.unless(precisionProblems(a), a)).map(Money::new);
  }

  /** Money rounded to the penny with the given mode; never null. */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.setScale(SCALE, rounding));
  }

  /** Money from text such as {@code 1234.56} or {@code £1,234.56}; refused if it is anything else. */
  public static Validation<Seq<Problem>, Money> parse(String text) {
    String plain = text == null ? null : text.replace("£", "").replace(",", "");
    return Checks.decimal(plain, "an amount in pounds such as 1234.56")
        .mapError(ps -> ps.map(p -> Problem.of(p.expected(), text == null ? null : Checks.abbreviated(text))))
        .flatMap(Money::of);
  }

  @JsonCreator
  static Money fromJson(BigDecimal amount) {
    return Checks.orThrow(of(amount));
  }

  /** The amount in pounds, for JSON. */
  @JsonValue
  @Override
  public BigDecimal amount() {
    return amount;
  }

  /** This plus {@code other}. */
  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /** This minus {@code other}; may be negative. */
  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** This times {@code factor}, rounded to the penny with {@code rounding}. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return of(amount.multiply(factor), rounding);
  }

  /**
   * This divided by {@code divisor}, rounded to the penny with {@code rounding}. To share an amount
   * out with nothing lost to rounding, use {@link Allocation#equally} instead.
   *
   * @throws ArithmeticException if {@code divisor} is zero, or the quotient needs rounding and
   *     {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.divide(divisor, SCALE, rounding));
  }

  /**
   * This divided by {@code divisor}, rounded to the penny with {@code rounding}.
   *
   * @throws ArithmeticException as {@link #dividedBy(BigDecimal, RoundingMode)}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    return dividedBy(BigDecimal.valueOf(divisor), rounding);
  }

  /** This with its sign changed: {@code £12.00} becomes {@code -£12.00}. */
  public Money negated() {
    return new Money(amount.negate());
  }

  /** This without its sign. */
  public Money abs() {
    return isNegative() ? negated() : this;
  }

  /** The sum of {@code amounts}, exact; zero for none. */
  public static Money total(Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    BigDecimal sum = BigDecimal.ZERO;
    for (Money m : amounts) {
      sum = sum.add(Objects.requireNonNull(m, "amount").amount);
    }
    return new Money(sum);
  }

  /** The sum of {@code amounts}, exact; zero for none. */
  public static Money total(Money... amounts) {
    return total(java.util.Arrays.asList(amounts));
  }

  /** Whether this is more than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Whether this is exactly zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether this is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** The amount of {@code pence} pence, exact. */
  public static Money ofPence(long pence) {
    return new Money(BigDecimal.valueOf(pence, SCALE));
  }

  /** This amount in pence, exact. */
  public long toPence() {
    return amount.movePointRight(SCALE).longValueExact();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** For people: {@code £1,234.56}, or {@code -£12.00}. */
  @Override
  public String toString() {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    String digits = format.format(amount.abs());
    return (amount.signum() < 0 ? "-£" : "£") + digits;
  }

  private static Seq<Problem> precisionProblems(BigDecimal amount) {
    boolean pence = amount.stripTrailingZeros().scale() <= SCALE;
    return pence
        ? io.vavr.collection.List.empty()
        : io.vavr.collection.List.of(Problem.of("an amount in whole pence (at most 2 decimal places)", amount.toPlainString()));
  }
}
