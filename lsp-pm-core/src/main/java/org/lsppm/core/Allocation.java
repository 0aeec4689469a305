package org.lsppm.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Divides an amount of money in proportion to weights so that the parts add up to the whole
 * exactly, to the penny. Each part first gets its exact share rounded down to the penny; the
 * pennies left over go one each to the parts with the largest remainders, and between equal
 * remainders to the earlier part (largest-remainder method, ties by order). Exact throughout: the
 * remainders are compared as exact fractions, not rounded decimals.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * {@code total} divided in proportion to {@code weights}.
   *
   * @throws IllegalArgumentException if {@code weights} is empty, or has a negative weight, or
   *     adds up to zero, or {@code total} is negative (programming errors: validation of user
   *     input happens before)
   */
  public static List<Money> byWeights(Money total, Seq<BigDecimal> weights) {
    Objects.requireNonNull(total, "total");
    if (weights.isEmpty() || weights.exists(w -> w.signum() < 0)) {
      throw new IllegalArgumentException("weights must be non-empty and not negative: " + weights);
    }
    if (total.isNegative()) {
      throw new IllegalArgumentException("cannot allocate a negative amount: " + total);
    }
    // Scale the weights to whole numbers so that every share is an exact fraction of integers.
    int scale = weights.map(w -> Math.max(w.stripTrailingZeros().scale(), 0)).max().get();
    List<BigInteger> whole = List.ofAll(weights).map(w -> w.movePointRight(scale).toBigIntegerExact());
    BigInteger sum = whole.fold(BigInteger.ZERO, BigInteger::add);
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights add up to zero: " + weights);
    }
    BigInteger pence = BigInteger.valueOf(total.toPence());
    List<BigInteger[]> split = whole.map(w -> pence.multiply(w).divideAndRemainder(sum));
    long left = pence.subtract(split.map(s -> s[0]).fold(BigInteger.ZERO, BigInteger::add)).longValueExact();
    // Linear in the number of weights but for the sort: no indexed access into a linked list.
    io.vavr.collection.Set<Integer> byRemainder = split.zipWithIndex()
        .sortBy(t -> t._1[1].negate())   // stable: ties keep their order
        .take((int) left)
        .map(t -> t._2)
        .toSet();
    return split.zipWithIndex().map(t -> {
      long p = t._1[0].longValueExact() + (byRemainder.contains(t._2) ? 1 : 0);
      return new Money(BigDecimal.valueOf(p, Money.SCALE));
    });
  }

  /** {@code total} divided into {@code parts} equal parts (earlier parts get any odd pennies). */
  public static List<Money> equally(Money total, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    return byWeights(total, List.fill(parts, BigDecimal.ONE));
  }
}
