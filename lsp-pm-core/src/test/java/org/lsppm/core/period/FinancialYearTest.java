package org.lsppm.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void a_financial_year_runs_from_1_april_to_31_march_and_is_written_2008_09() {
    FinancialYear year = FinancialYear.parse("2008/09").get();

    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2008, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2009, 3, 31));
    assertThat(year).hasToString("2008/09");
    assertThat(FinancialYear.parse("1999/00").get().next()).hasToString("2000/01");
  }

  @Test
  void the_year_containing_a_date_turns_over_on_1_april() {
    assertThat(FinancialYear.containing(LocalDate.of(2009, 3, 31))).hasToString("2008/09");
    assertThat(FinancialYear.containing(LocalDate.of(2009, 4, 1))).hasToString("2009/10");
  }

  @Test
  void a_year_whose_two_halves_do_not_follow_is_refused() {
    refusedWith(FinancialYear.parse("2008/10"))
        .containsExactly("value: expected a financial year written like 2008/09 (the year after 2008 ends in 09), got \"2008/10\"");
  }

  @Test
  void anything_but_the_written_form_is_refused() {
    refusedFields(FinancialYear.parse("2008-09")).containsExactly("");
    refusedFields(FinancialYear.parse("08/09")).containsExactly("");
    refusedFields(FinancialYear.parse(null)).containsExactly("");
    refusedFields(FinancialYear.startingIn(1066)).containsExactly("");
  }

  @Test
  void a_reversed_period_is_refused_naming_its_end() {
    refusedWith(ReportingPeriod.of(LocalDate.of(2009, 3, 31), LocalDate.of(2008, 4, 1)))
        .containsExactly("end: expected a date on or after the start 2009-03-31, got 2008-04-01");
  }

  @Test
  void a_period_with_missing_dates_names_both() {
    refusedFields(ReportingPeriod.of(null, null)).containsExactly("start", "end");
  }

  @Test
  void quarters_and_halves_divide_the_financial_year() {
    FinancialYear year = FinancialYear.parse("2008/09").get();

    assertThat(ReportingPeriod.quarter(year, 1).get()).isEqualTo(new ReportingPeriod(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 6, 30)));
    assertThat(ReportingPeriod.quarter(year, 4).get()).isEqualTo(new ReportingPeriod(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 3, 31)));
    assertThat(ReportingPeriod.half(year, 2).get()).isEqualTo(new ReportingPeriod(LocalDate.of(2008, 10, 1), LocalDate.of(2009, 3, 31)));
    refusedWith(ReportingPeriod.quarter(year, 5)).containsExactly("quarter: expected quarter 1 to 4, got 5");
    refusedWith(ReportingPeriod.half(year, 0)).containsExactly("half: expected half 1 to 2, got 0");
  }

  @Test
  void a_whole_financial_year_is_recognised_and_named() {
    assertThat(ReportingPeriod.year(FinancialYear.parse("2008/09").get()).isFinancialYear()).isTrue();
    assertThat(ReportingPeriod.year(FinancialYear.parse("2008/09").get())).hasToString("2008/09");
    assertThat(ReportingPeriod.quarter(FinancialYear.parse("2008/09").get(), 2).get()).hasToString("2008-07-01..2008-09-30");
  }
}
