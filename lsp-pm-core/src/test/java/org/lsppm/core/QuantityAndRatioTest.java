package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityAndRatioTest {

  @Test
  void nan_and_the_infinities_are_refused_as_quantities() {
    refusedWith(Quantity.of(Double.NaN)).containsExactly("value: expected a finite number, got NaN");
    refusedWith(Quantity.of(Double.POSITIVE_INFINITY)).containsExactly("value: expected a finite number, got Infinity");
    refusedWith(Quantity.of(Double.NEGATIVE_INFINITY)).hasSize(1);
    refusedWith(Quantity.parse("NaN")).containsExactly("value: expected a number such as 12.5, got \"NaN\"");
    refusedWith(Quantity.parse("Infinity")).hasSize(1);
    refusedWith(Quantity.of((BigDecimal) null)).containsExactly("value: expected a number, got nothing");
  }

  @Test
  void a_double_is_taken_as_written_in_decimal() {
    assertThat(Quantity.of(0.1).get().value()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void equal_numbers_are_equal_quantities_whatever_their_scale_or_sign_of_zero() {
    assertThat(Quantity.parse("12.50").get()).isEqualTo(Quantity.parse("12.5").get());
    assertThat(Quantity.of(-0.0).get()).isEqualTo(Quantity.ofWhole(0));
    assertThat(Quantity.parse("1E+3").get()).isEqualTo(Quantity.ofWhole(1000));
    assertThat(Quantity.parse("1E+3").get()).hasToString("1000");
  }

  @Test
  void a_ratio_reads_per_cent_or_a_proportion() {
    assertThat(Ratio.parse("60%").get()).isEqualTo(Ratio.parse("0.6").get());
    assertThat(Ratio.ofPercent(new BigDecimal("2.5"))).isEqualTo(Ratio.parse("0.025").get());
    assertThat(Ratio.parse("0.625").get().toPercent()).isEqualByComparingTo("62.5");
    assertThat(Ratio.ofPercent(60)).hasToString("60%");
  }

  @Test
  void a_ratio_that_is_not_a_number_is_refused() {
    refusedWith(Ratio.parse("sixty")).containsExactly("value: expected a proportion such as 0.6 or 60%, got \"sixty\"");
    refusedWith(Ratio.parse("%")).hasSize(1);
  }

  @Test
  void a_ratio_knows_whether_it_is_a_proportion() {
    assertThat(Ratio.ONE.isProportion()).isTrue();
    assertThat(Ratio.ZERO.isProportion()).isTrue();
    assertThat(Ratio.parse("1.3").get().isProportion()).isFalse();
    assertThat(Ratio.parse("-0.1").get().isNegative()).isTrue();
  }

  @Test
  void text_must_say_something() {
    refusedWith(Text.of("   ")).containsExactly("value: expected non-blank text, got \"   \"");
    refusedWith(Text.of(null)).containsExactly("value: expected non-blank text, got nothing");
    assertThat(Text.of("  Lead officer ").get().value()).isEqualTo("Lead officer");
  }
}
