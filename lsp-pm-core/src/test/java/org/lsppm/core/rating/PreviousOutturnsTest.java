package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.InvalidInputException;
import org.lsppm.core.Json;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;

/** An analyst's sheet of several years per indicator gives each outturn the previous one of the same series. */
class PreviousOutturnsTest {
  private static final Indicator NI16 = indicator("NI 16");
  private static final Indicator NI39 = indicator("NI 39");

  @Test
  void each_year_is_compared_with_the_year_before_whatever_the_order_of_the_rows() {
    Seq<Measurement> rows = List.of(year(NI16, "2008/09", "22.4"), year(NI39, "2007/08", "1450"), year(NI16, "2006/07", "24.9"),
        year(NI16, "2007/08", "23.1"), year(NI39, "2008/09", "1502"));

    Seq<Measurement> compared = PreviousOutturns.of(rows).completeAll(rows);

    assertThat(compared.map(PreviousOutturnsTest::previous)).containsExactly("22.4 from 23.1 in 2007/08", "1450 from none",
        "24.9 from none", "23.1 from 24.9 in 2006/07", "1502 from 1450 in 2007/08");
  }

  @Test
  void a_missing_or_awaited_year_is_stepped_over_to_the_latest_measured_one() {
    Measurement awaited = measurement(NI16, period("2007/08"), null);
    Seq<Measurement> rows = List.of(year(NI16, "2005/06", "26"), year(NI16, "2006/07", "24.9"), awaited, year(NI16, "2009/10", "21"),
        year(NI16, "2008/09", "22.4"));

    Seq<Measurement> compared = PreviousOutturns.of(rows).completeAll(rows);

    assertThat(compared.map(PreviousOutturnsTest::previous)).containsExactly("26 from none", "24.9 from 26 in 2005/06",
        "awaited from 24.9 in 2006/07", "21 from 22.4 in 2008/09", "22.4 from 24.9 in 2006/07");
  }

  @Test
  void a_period_is_compared_only_with_one_of_its_own_length() {
    FinancialYear fy = Checks.orThrow(FinancialYear.parse("2008/09"));
    Measurement q1 = measurement(NI16, Checks.orThrow(ReportingPeriod.quarter(fy, 1)), "5.2");
    Measurement q2 = measurement(NI16, Checks.orThrow(ReportingPeriod.quarter(fy, 2)), "5.6");
    Measurement lastYear = year(NI16, "2007/08", "23.1");
    Measurement thisYear = year(NI16, "2008/09", "22.4");
    Measurement may = measurement(NI16, ReportingPeriod.month(YearMonth.of(2008, 5)), "1.9");
    Measurement june = measurement(NI16, ReportingPeriod.month(YearMonth.of(2008, 6)), "1.7");
    Measurement fortnight = measurement(NI16, new ReportingPeriod(LocalDate.of(2008, 6, 2), LocalDate.of(2008, 6, 15)), "0.8");
    Measurement nextFortnight = measurement(NI16, new ReportingPeriod(LocalDate.of(2008, 6, 16), LocalDate.of(2008, 6, 29)), "0.9");
    Seq<Measurement> rows = List.of(q2, thisYear, june, nextFortnight, q1, lastYear, may, fortnight);

    Seq<Measurement> compared = PreviousOutturns.of(rows).completeAll(rows);

    assertThat(compared.map(PreviousOutturnsTest::previous)).containsExactly(
        "5.6 from 5.2 in 2008-04-01..2008-06-30", "22.4 from 23.1 in 2007/08", "1.7 from 1.9 in 2008-05-01..2008-05-31",
        "0.9 from 0.8 in 2008-06-02..2008-06-15", "5.2 from none", "23.1 from none", "1.9 from none", "0.8 from none");
  }

  @Test
  void a_period_of_days_is_never_a_month_and_a_builder_takes_measurements_one_after_another() {
    Measurement day = measurement(NI16, new ReportingPeriod(LocalDate.of(2008, 4, 15), LocalDate.of(2008, 4, 15)), "0.1");
    Measurement sixteenth = measurement(NI16, new ReportingPeriod(LocalDate.of(2008, 4, 16), LocalDate.of(2008, 4, 16)), "0.2");
    Measurement may = measurement(NI16, ReportingPeriod.month(YearMonth.of(2008, 5)), "1.9");
    Measurement thirteenMonths = measurement(NI16, new ReportingPeriod(LocalDate.of(2007, 1, 1), LocalDate.of(2008, 1, 31)), "30");
    Measurement days395 = measurement(NI16, new ReportingPeriod(LocalDate.of(2008, 2, 2), LocalDate.of(2009, 3, 2)), "31");

    PreviousOutturns index = PreviousOutturns.builder().add(day).add(sixteenth).add(may).add(thirteenMonths).add(days395).build();

    assertThat(index.complete(may).previous()).isEmpty();
    assertThat(index.complete(sixteenth).previousPeriod()).contains(day.period());
    assertThat(index.complete(days395).previous()).isEmpty();
  }

  @Test
  void a_rolling_year_is_compared_with_the_year_that_ended_before_it_began() {
    Measurement toJune2008 = measurement(NI16, new ReportingPeriod(LocalDate.of(2007, 7, 1), LocalDate.of(2008, 6, 30)), "23");
    Measurement toMarch2008 = year(NI16, "2007/08", "23.1");
    Measurement toJune2007 = measurement(NI16, new ReportingPeriod(LocalDate.of(2006, 7, 1), LocalDate.of(2007, 6, 30)), "24");
    Seq<Measurement> rows = List.of(toJune2008, toMarch2008, toJune2007);

    assertThat(PreviousOutturns.of(rows).complete(toJune2008).previousPeriod()).contains(toJune2007.period());
  }

  @Test
  void a_previous_outturn_given_by_hand_wins_and_says_no_period() {
    Measurement given = Measurement.newBuilder().indicator(NI16).outturn(outturn(NI16, period("2008/09"), "22.4"))
        .basis(RatingBasis.TARGET).goal(Goal.of(Quantity.ofWhole(21))).previous(new Quantity(new java.math.BigDecimal("30"))).build().get();
    Seq<Measurement> rows = List.of(given, year(NI16, "2007/08", "23.1"));

    Measurement compared = PreviousOutturns.of(rows).complete(given);

    assertThat(compared).isSameAs(given);
    assertThat(compared.previous()).contains(new Quantity(new java.math.BigDecimal("30")));
    assertThat(compared.previousPeriod()).isEmpty();
  }

  @Test
  void the_period_compared_is_written_to_json_and_read_back() {
    Measurement compared = year(NI16, "2008/09", "22.4").withPrevious(new Quantity(new java.math.BigDecimal("23.1")), period("2007/08"));

    String json = Json.write(compared);

    assertThat(json).contains("\"previousPeriod\"");
    assertThat(Json.read(json, Measurement.class).get()).isEqualTo(compared);
  }

  @Test
  void a_previous_period_must_end_before_the_period_measured_and_come_with_its_outturn() {
    Measurement m = year(NI16, "2008/09", "22.4");

    assertThatThrownBy(() -> m.withPrevious(new Quantity(new java.math.BigDecimal("23.1")), period("2008/09"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("previousPeriod: expected a period that ends before 2008/09 starts");
    assertThat(Measurement.newBuilder().indicator(NI16).outturn(outturn(NI16, period("2008/09"), "22.4")).basis(RatingBasis.NONE)
        .previousPeriod(period("2007/08")).build().getError().map(p -> p.message()))
        .anyMatch(p -> p.contains("no previous period without a previous outturn"));
  }

  private static String previous(Measurement m) {
    return m.outturn().value().map(Quantity::toString).getOrElse("awaited") + " from "
        + m.previous().map(Quantity::toString).getOrElse("none") + m.previousPeriod().map(p -> " in " + p).getOrElse("");
  }

  private static Measurement year(Indicator indicator, String year, String outturn) {
    return measurement(indicator, period(year), outturn);
  }

  private static ReportingPeriod period(String year) {
    return ReportingPeriod.year(Checks.orThrow(FinancialYear.parse(year)));
  }

  private static Measurement measurement(Indicator indicator, ReportingPeriod period, String outturn) {
    return Measurement.newBuilder().indicator(indicator).outturn(outturn(indicator, period, outturn)).basis(RatingBasis.TARGET)
        .goal(Goal.of(Quantity.ofWhole(21))).build().get();
  }

  private static Outturn outturn(Indicator indicator, ReportingPeriod period, String value) {
    return Checks.orThrow(value == null ? Outturn.awaited(indicator.code().value(), period)
        : Outturn.measured(indicator.code().value(), period, new Quantity(new java.math.BigDecimal(value)), DataStatus.FINAL));
  }

  private static Indicator indicator(String code) {
    return Checks.orThrow(Indicator.newBuilder().code(code).title(code).theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER)
        .unit("rate").build());
  }
}
