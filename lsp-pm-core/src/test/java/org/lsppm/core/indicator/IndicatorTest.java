package org.lsppm.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Quantity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;

class IndicatorTest {
  private static final FinancialYear YEAR = FinancialYear.parse("2008/09").get();
  private static final String NI16 = "NI 16";

  @Test
  void an_indicator_with_every_part_blank_names_every_part() {
    refusedFields(Indicator.newBuilder().code(" ").title("").unit("\t")
        .flags(java.util.Arrays.asList(IndicatorFlag.VITAL_SIGN, null)).build())
        .containsExactly("code", "title", "theme", "polarity", "unit", "flags[1]");
  }

  @Test
  void a_valid_indicator_knows_its_flags() {
    Indicator ind = Indicator.newBuilder().code("NI 16").title("Serious acquisitive crime")
        .theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER).unit("rate")
        .flags(List.of(IndicatorFlag.VITAL_SIGN, IndicatorFlag.VITAL_SIGN)).build().get();

    assertThat(ind.code()).isEqualTo(new IndicatorCode(NI16));
    assertThat(ind.isVitalSign()).isTrue();
    assertThat(ind.isRewardBearing()).isFalse();
    assertThat(ind.flags()).containsExactly(IndicatorFlag.VITAL_SIGN);
  }

  @Test
  void a_reversed_range_is_refused_naming_its_upper_end() {
    refusedWith(Goal.between(Quantity.ofWhole(95), Quantity.ofWhole(90)))
        .containsExactly("upper: expected a number not below the lower bound 95, got 90");
    assertThat(Goal.between(Quantity.ofWhole(90), Quantity.ofWhole(95)).get().isRange()).isTrue();
    assertThat(Goal.of(Quantity.ofWhole(150)).isRange()).isFalse();
  }

  @Test
  void a_milestone_after_the_target_period_is_refused() {
    Milestone late = new Milestone(ReportingPeriod.quarter(YEAR.next(), 1).get(), Goal.of(Quantity.ofWhole(5)));

    refusedWith(Target.of(NI16, YEAR.toPeriod(), Goal.of(Quantity.ofWhole(20)), null, List.of(late)))
        .containsExactly("trajectory[0].period: expected a period ending by the target's end 2009-03-31, got 2009-04-01..2009-06-30");
  }

  @Test
  void milestones_out_of_order_or_repeated_are_refused() {
    Milestone q2 = new Milestone(ReportingPeriod.quarter(YEAR, 2).get(), Goal.of(Quantity.ofWhole(10)));
    Milestone q1 = new Milestone(ReportingPeriod.quarter(YEAR, 1).get(), Goal.of(Quantity.ofWhole(5)));

    refusedFields(Target.of(NI16, YEAR.toPeriod(), Goal.of(Quantity.ofWhole(20)), null, List.of(q2, q1)))
        .containsExactly("trajectory[1].period");
    refusedFields(Target.of(NI16, YEAR.toPeriod(), Goal.of(Quantity.ofWhole(20)), null, List.of(q1, q1)))
        .containsExactly("trajectory[1].period");
  }

  @Test
  void a_target_missing_its_parts_names_them_all() {
    refusedFields(Target.of(null, null, null, null, java.util.Arrays.asList((Milestone) null)))
        .containsExactly("indicator", "period", "goal", "trajectory[0]");
  }

  @Test
  void a_target_finds_the_milestone_for_an_in_year_period() {
    Milestone q1 = new Milestone(ReportingPeriod.quarter(YEAR, 1).get(), Goal.of(Quantity.ofWhole(5)));
    Target target = Target.of(NI16, YEAR.toPeriod(), Goal.of(Quantity.ofWhole(20)), null, List.of(q1)).get();

    assertThat(target.milestoneFor(ReportingPeriod.quarter(YEAR, 1).get())).contains(q1);
    assertThat(target.milestoneFor(ReportingPeriod.quarter(YEAR, 2).get())).isEmpty();
  }

  @Test
  void an_awaited_outturn_has_no_value() {
    Outturn awaited = Outturn.awaited(NI16, YEAR.toPeriod()).get();

    assertThat(awaited.isAwaited()).isTrue();
    assertThat(awaited.value()).isEmpty();
    refusedWith(Outturn.of(NI16, YEAR.toPeriod(), Option.some(Quantity.ofWhole(3)), DataStatus.AWAITED))
        .containsExactly("value: expected no value for an AWAITED outturn, got 3");
  }

  @Test
  void an_outturns_state_is_its_type_and_survives_a_commentary() {
    Outturn measured = Outturn.measured(NI16, YEAR.toPeriod(), Quantity.ofWhole(3), DataStatus.PROVISIONAL).get();
    Outturn awaited = Outturn.awaited(NI16, YEAR.toPeriod()).get();

    assertThat(measured).isInstanceOf(Outturn.Measured.class);
    assertThat(((Outturn.Measured) measured).quantity()).isEqualTo(Quantity.ofWhole(3));
    assertThat(measured.isAwaited()).isFalse();
    assertThat(awaited).isInstanceOf(Outturn.Awaited.class);
    assertThat(awaited.status()).isEqualTo(DataStatus.AWAITED);
    assertThat(measured.withCommentary("Late returns.").get()).isInstanceOf(Outturn.Measured.class)
        .extracting(Outturn::status).isEqualTo(DataStatus.PROVISIONAL);
    assertThat(awaited.withCommentary("Due in May.").get()).isInstanceOf(Outturn.Awaited.class)
        .extracting(Outturn::value).isEqualTo(Option.none());
    assertThat(new Outturn.Measured(new IndicatorCode(NI16), YEAR.toPeriod(), Quantity.ofWhole(3), DataStatus.FINAL))
        .isEqualTo(Outturn.measured(NI16, YEAR.toPeriod(), Quantity.ofWhole(3), DataStatus.FINAL).get());
    assertThatThrownBy(() -> new Outturn.Measured(new IndicatorCode(NI16), YEAR.toPeriod(), Quantity.ofWhole(3), DataStatus.AWAITED))
        .isInstanceOf(org.lsppm.core.InvalidInputException.class).hasMessageContaining("no value for an AWAITED outturn");
  }

  @Test
  void a_final_outturn_without_a_value_is_refused() {
    refusedWith(Outturn.of(NI16, YEAR.toPeriod(), Option.none(), DataStatus.FINAL))
        .containsExactly("value: expected a value for a FINAL outturn (only AWAITED has none), got nothing");
    refusedFields(Outturn.measured(null, null, null, null)).containsExactly("indicator", "period", "status");
  }

  @Test
  void an_outturn_keeps_its_commentary_and_refuses_control_characters_in_it() {
    Outturn measured = Outturn.measured(NI16, YEAR.toPeriod(), Quantity.ofWhole(3), DataStatus.FINAL).get();
    Outturn said = measured.withCommentary("  Two sites stalled.  ").get();

    assertThat(measured.commentary()).isEmpty();
    assertThat(said.commentary().map(Object::toString)).contains("Two sites stalled.");
    assertThat(said).isNotEqualTo(measured);
    assertThat(said.indicator()).isEqualTo(measured.indicator());
    assertThat(said.period()).isEqualTo(measured.period());
    assertThat(said.value()).isEqualTo(measured.value());
    assertThat(said.status()).isEqualTo(measured.status());
    assertThat(said.withCommentary(" ").get()).isEqualTo(measured);
    assertThat(said.withCommentary(null).get()).isEqualTo(measured);
    refusedWith(measured.withCommentary("a\u001B[2J")).containsExactly(
        "commentary: expected text without control characters (such as escape or NUL), got \"a\\u001B[2J\"");
  }

  @Test
  void a_baseline_needs_its_period_and_value() {
    refusedFields(Baseline.of(null, null)).containsExactly("period", "value");
    assertThat(Baseline.of(YEAR.toPeriod(), Quantity.ofWhole(3)).get().value()).isEqualTo(Quantity.ofWhole(3));
    refusedFields(Milestone.of(null, null)).containsExactly("period", "goal");
    assertThat(ReportingPeriod.of(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 4, 1)).isValid()).isTrue();
  }
}
