package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void an_amount_in_pence_is_kept_exactly_with_two_decimal_places() {
    Money money = Money.of(new BigDecimal("1234.5")).get();

    assertThat(money.amount()).isEqualByComparingTo("1234.50");
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money).isEqualTo(Money.of(new BigDecimal("1234.500")).get());
  }

  @Test
  void an_amount_finer_than_a_penny_is_refused_rather_than_rounded_away() {
    refusedWith(Money.of(new BigDecimal("10.005")))
        .containsExactly("value: expected an amount in whole pence (at most 2 decimal places), got \"10.005\"");
  }

  @Test
  void rounding_happens_only_when_asked_for_and_with_the_mode_given() {
    assertThat(Money.of(new BigDecimal("10.005"), RoundingMode.HALF_UP)).isEqualTo(Money.of(new BigDecimal("10.01")).get());
    assertThat(Money.of(new BigDecimal("10.005"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of(new BigDecimal("10.00")).get());
    assertThat(Money.ofPounds(10).multipliedBy(new BigDecimal("0.3333"), RoundingMode.DOWN)).isEqualTo(Money.parse("3.33").get());
  }

  @Test
  void a_missing_amount_is_refused() {
    refusedWith(Money.of((BigDecimal) null)).containsExactly("value: expected an amount in pounds, got nothing");
  }

  @Test
  void text_with_a_pound_sign_and_thousands_separators_is_read() {
    assertThat(Money.parse("£1,790,000.00").get()).isEqualTo(Money.ofPounds(1_790_000));
    assertThat(Money.parse("-12").get().isNegative()).isTrue();
  }

  @Test
  void text_that_is_not_an_amount_is_refused() {
    refusedWith(Money.parse("NaN")).hasSize(1);
    refusedWith(Money.parse("Infinity")).hasSize(1);
    refusedWith(Money.parse("")).hasSize(1);
    refusedWith(Money.parse("12,5.0.1")).hasSize(1);
  }

  @Test
  void arithmetic_is_exact_and_may_go_below_zero() {
    Money pot = Money.parse("100.10").get();

    assertThat(pot.minus(Money.parse("100.11").get())).isEqualTo(Money.parse("-0.01").get());
    assertThat(pot.plus(pot).toPence()).isEqualTo(20020);
  }

  @Test
  void people_see_pounds_with_separators() {
    assertThat(Money.ofPounds(1_790_000)).hasToString("£1,790,000.00");
    assertThat(Money.parse("-0.5").get()).hasToString("-£0.50");
  }

  @Test
  void the_constructor_refuses_sub_penny_values_as_a_programming_error() {
    assertThatThrownBy(() -> new Money(new BigDecimal("0.001")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("whole pence");
  }

  @Test
  void negated_and_abs_change_only_the_sign() {
    Money refund = Money.parse("-45.93").get();

    assertThat(refund.negated()).isEqualTo(Money.parse("45.93").get());
    assertThat(refund.abs()).isEqualTo(Money.parse("45.93").get());
    assertThat(refund.abs().abs()).isEqualTo(refund.abs());
    assertThat(Money.zero().negated()).isEqualTo(Money.zero());
  }

  @Test
  void total_is_exact_and_zero_for_none() {
    assertThat(Money.total(Money.parse("0.10").get(), Money.parse("0.20").get(), Money.parse("-0.05").get()))
        .isEqualTo(Money.parse("0.25").get());
    assertThat(Money.total(java.util.List.of())).isEqualTo(Money.zero());
    assertThat(Money.total(io.vavr.collection.List.fill(3, Money.parse("33.33").get()))).isEqualTo(Money.parse("99.99").get());
  }

  @Test
  void division_rounds_to_the_penny_only_as_told() {
    Money pot = Money.ofPounds(100);

    assertThat(pot.dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(Money.parse("33.33").get());
    assertThat(pot.dividedBy(3, RoundingMode.UP)).isEqualTo(Money.parse("33.34").get());
    assertThat(pot.dividedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY)).isEqualTo(Money.ofPounds(200));
    assertThatThrownBy(() -> pot.dividedBy(3, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> pot.dividedBy(0, RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparisons_read_as_words() {
    Money less = Money.parse("9.99").get();
    Money more = Money.ofPounds(10);

    assertThat(more.isGreaterThan(less)).isTrue();
    assertThat(less.isLessThan(more)).isTrue();
    assertThat(more.isGreaterThan(more)).isFalse();
    assertThat(more.isLessThan(more)).isFalse();
  }
}
