package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;

/**
 * The limits of what lsp-pm reads, exact at each boundary, and the words it uses for what it
 * refuses: never a Java class name, control characters never printed raw.
 */
class BoundsAndWordingTest {
  private static final String BOUNDS = "expected a number with at most 18 digits before the decimal point and 18 after it";

  @Test
  void numbers_hold_eighteen_digits_before_and_after_the_point_and_no_more() {
    assertThat(Quantity.parse("999999999999999999").isValid()).isTrue();
    refusedWith(Quantity.parse("1000000000000000000")).containsExactly("value: " + BOUNDS + ", got \"1000000000000000000\"");
    assertThat(Quantity.parse("0.000000000000000001").isValid()).isTrue();
    refusedWith(Quantity.parse("0.0000000000000000001")).hasSize(1);
    assertThat(Quantity.parse("1e17").isValid()).isTrue();
    refusedWith(Quantity.parse("1e18")).hasSize(1);
    assertThat(Quantity.parse("1e-18").isValid()).isTrue();
    refusedWith(Quantity.parse("1e-19")).hasSize(1);
    assertThat(Quantity.parse("-999999999999999999.999999999999999999").isValid()).isTrue();
    assertThat(Quantity.parse("0e999999999").get()).isEqualTo(Quantity.ofWhole(0));
  }

  @Test
  void a_tolerance_is_a_fraction_from_zero_up_to_but_not_including_one() {
    org.lsppm.core.rating.RatingPolicy policy = org.lsppm.core.rating.RatingPolicy.defaults();
    assertThat(policy.withTolerance(Ratio.ZERO).tolerance()).isEqualTo(Ratio.ZERO);
    assertThat(policy.withTolerance(new Ratio(new BigDecimal("0.999999999999999999"))).tolerance().value())
        .isEqualByComparingTo("0.999999999999999999");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> policy.withTolerance(Ratio.ONE)).problems().map(Problem::message))
        .containsExactly("tolerance: expected a fraction from 0 up to but not including 1, such as 0.15 for 15% (a tolerance of 1% is "
            + "written 0.01), got \"1\"");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> policy.withStaticBand(new Ratio(new BigDecimal("-0.000000000000000001")))).problems().map(Problem::message))
        .containsExactly("staticBand: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got "
            + "\"-0.000000000000000001\"");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> policy.withVitalSignTolerance(new Ratio(new BigDecimal("0.1000000000000000001")))).problems().map(Problem::message))
        .containsExactly("vitalSignTolerance: " + BOUNDS + ", got 0.1000000000000000001");
  }

  @Test
  void a_share_is_exact_or_cut_never_rounded_up() {
    assertThat(Ratio.quotient(new BigDecimal("59.99999999"), new BigDecimal("100"))).isEqualTo(new Ratio(new BigDecimal("0.5999999999")));
    assertThat(Ratio.quotient(BigDecimal.ONE, new BigDecimal("3")).value()).isEqualByComparingTo("0.333333333333333333");
    assertThat(Ratio.quotient(new BigDecimal("2"), new BigDecimal("3")).value()).isEqualByComparingTo("0.666666666666666666");
    assertThat(Ratio.quotient(new BigDecimal("-2"), new BigDecimal("3")).value()).isEqualByComparingTo("-0.666666666666666667");
  }

  @Test
  void trailing_zeros_do_not_count_as_decimal_places() {
    assertThat(Quantity.of(new BigDecimal("1.5000000000000000000000000")).get()).isEqualTo(Quantity.parse("1.5").get());
    assertThat(Quantity.parse("2.000000000000000000000000000000").get()).isEqualTo(Quantity.ofWhole(2));
    refusedWith(Quantity.of(new BigDecimal("1e-999999999"))).containsExactly("value: " + BOUNDS + ", got 1E-999999999");
    refusedWith(Quantity.of(new BigDecimal("1e999999999"))).containsExactly("value: " + BOUNDS + ", got 1E+999999999");
  }

  @Test
  void number_text_over_sixty_four_characters_is_not_read_and_is_shown_shortened() {
    String sixtyFour = "0".repeat(61) + "1.5";
    assertThat(sixtyFour).hasSize(64);
    assertThat(Quantity.parse(sixtyFour).isValid()).isTrue();
    String long65 = sixtyFour + "0";
    refusedWith(Quantity.parse(long65)).containsExactly("value: expected a number such as 12.5, got \"" + sixtyFour + "... (65 characters)\"");
    assertThat(Checks.abbreviated(sixtyFour)).isEqualTo(sixtyFour);
  }

  @Test
  void money_and_ratios_read_text_with_the_same_bounds() {
    assertThat(Money.parse("£1,234.56").get()).isEqualTo(Money.of(new BigDecimal("1234.56")).get());
    refusedWith(Money.parse("£1e999999999")).containsExactly("value: " + BOUNDS + ", got \"£1e999999999\"");
    refusedWith(Money.parse("12.345")).hasSize(1);
    refusedWith(Money.parse("lots")).containsExactly("value: expected an amount in pounds such as 1234.56, got \"lots\"");
    assertThat(Ratio.parse("60%").get()).isEqualTo(Ratio.ofPercent(60));
    assertThat(Ratio.parse(" 0.6 ").get()).isEqualTo(Ratio.ofPercent(60));
    refusedWith(Ratio.parse("60 percent")).containsExactly("value: expected a proportion such as 0.6 or 60%, got \"60 percent\"");
    assertThat(Money.zero().isZero()).isTrue();
    assertThat(Money.ofPounds(1).isZero()).isFalse();
    assertThat(Money.ofPounds(-1).negated()).hasToString("£1.00");
    assertThat(Money.zero().negated()).hasToString("£0.00");
  }

  @Test
  void blank_means_what_a_spreadsheet_cell_can_hide() {
    for (String blank : new String[] {"\u00a0", "\u2007", "\u202f", "\u200b", "\ufeff", " \t\n"}) {
      assertThat(Checks.isBlank(blank)).as("%s", (int) blank.charAt(0)).isTrue();
      refusedWith(Text.of(blank)).hasSize(1);
    }
    assertThat(Checks.strip("\u00a0NI 16\u200b")).isEqualTo("NI 16");
    refusedWith(Text.of("a\u001bb")).containsExactly("value: expected text without control characters (such as escape or NUL), got \"a\\u001Bb\"");
    assertThat(Text.of("two\nlines\tand a tab").isValid()).isTrue();
  }

  @Test
  void messages_show_hidden_characters_escaped_and_keep_real_letters() {
    assertThat(Problem.printable("\u001b[2J\u0000\ufeff\u202e\u2028x")).isEqualTo("\\u001B[2J\\u0000\\uFEFF\\u202E\\u2028x");
    assertThat(Problem.printable("caf\u00e9 \ud83d\ude00 \u00a0")).isEqualTo("caf\u00e9 \ud83d\ude00 \\u00A0");
    assertThat(Problem.printable("lone \ud83d and \ude00")).isEqualTo("lone \\uD83D and \\uDE00");
    assertThat(Problem.printable("\ud83d")).isEqualTo("\\uD83D");
    assertThat(new Problem("a", "b", "c").messageAt("f.json")).isEqualTo("f.json: a: expected b, got c");
    assertThat(new Problem("", "b", "c").messageAt("f.json")).isEqualTo("f.json: expected b, got c");
    assertThat(new Problem("a", "b", "c")).hasToString("a: expected b, got c");
  }

  @Test
  void json_of_the_wrong_kind_is_named_in_a_persons_words() {
    refusedWith(Json.read("{\"grant\":[1]}", RewardAgreement.class)).contains("grant: expected a number such as 12.5, got a list");
    refusedWith(Json.read("{\"firstYear\":2005}", RewardAgreement.class)).contains("firstYear: expected a financial year such as 2008/09, got the number 2005 at line 1, column 14");
    refusedWith(Json.read("{\"targets\":\"none\"}", RewardAgreement.class)).contains("targets: expected a list, got text \"none\"");
    refusedWith(Json.read("{\"instalments\":true}", RewardPolicy.class)).containsExactly("instalments: expected a whole number such as 3, got true");
    refusedWith(Json.read("{\"name\":{}}", RewardAgreement.class)).contains("name: expected text in double quotes, got an object at line 1, column 10");
    refusedWith(Json.read("{\"id\":[]}", RewardPolicy.class)).containsExactly("id: expected text in double quotes, got a list");
    refusedWith(Json.read("[]", FinancialYear.class)).containsExactly("value: expected a financial year such as 2008/09, got a list");
    refusedWith(Json.read("{\"scheme\":null,\"threshold\":\"x\"}", RewardPolicy.class)).contains("threshold: expected a number such as 12.5, got \"x\"");
  }
}
