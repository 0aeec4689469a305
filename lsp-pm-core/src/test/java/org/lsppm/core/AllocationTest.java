package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static Money pounds(String amount) {
    return Money.parse(amount).get();
  }

  @Test
  void odd_pennies_go_to_the_largest_remainders_and_ties_to_the_earlier_part() {
    assertThat(Allocation.equally(pounds("1000000.00"), 3))
        .containsExactly(pounds("333333.34"), pounds("333333.33"), pounds("333333.33"));
    assertThat(Allocation.equally(pounds("0.05"), 3)).containsExactly(pounds("0.02"), pounds("0.02"), pounds("0.01"));
    assertThat(Allocation.byWeights(pounds("10.00"), List.of(new BigDecimal("1"), new BigDecimal("2"))))
        .containsExactly(pounds("3.33"), pounds("6.67"));
  }

  @Test
  void decimal_and_zero_weights_are_exact() {
    assertThat(Allocation.byWeights(pounds("100.00"), List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), BigDecimal.ZERO,
        new BigDecimal("0.25")))).containsExactly(pounds("50"), pounds("25"), Money.zero(), pounds("25"));
  }

  @Test
  void nothing_divides_into_nothing() {
    assertThat(Allocation.equally(Money.zero(), 2)).containsExactly(Money.zero(), Money.zero());
  }

  @Test
  void impossible_divisions_are_programming_errors() {
    assertThatThrownBy(() -> Allocation.byWeights(pounds("1"), List.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Allocation.byWeights(pounds("1"), List.of(BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Allocation.byWeights(pounds("-1"), List.of(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Allocation.equally(pounds("1"), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parts_always_add_up_to_the_whole_and_stay_within_a_penny_of_their_exact_share() {
    qt().withExamples(500).forAll(longs().between(0, 10_000_000_000L), integers().between(1, 12), integers().between(0, 10_000))
        .checkAssert((pence, parts, seed) -> {
          Money total = new Money(BigDecimal.valueOf(pence, 2));
          List<BigDecimal> weights = List.range(0, parts).map(i -> BigDecimal.valueOf((seed * 31L + i * 17L) % 97 + 1, i % 3));
          List<Money> split = Allocation.byWeights(total, weights);
          assertThat(split.fold(Money.zero(), Money::plus)).isEqualTo(total);
          BigDecimal sum = weights.fold(BigDecimal.ZERO, BigDecimal::add);
          for (int i = 0; i < parts; i++) {
            BigDecimal exact = total.amount().multiply(weights.get(i)).divide(sum, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(split.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
          }
        });
  }
}
