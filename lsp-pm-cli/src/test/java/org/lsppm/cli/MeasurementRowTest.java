package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;
import org.lsppm.io.Inputs;
import org.lsppm.io.MeasurementRow;
import org.lsppm.io.Values;

/**
 * Measurements from typed columns, as an embedder maps a database table: the same measurements as
 * the file makes, the same checks, every problem at once at its column.
 */
class MeasurementRowTest {

  /** A database's row: codes and words as text, numbers as decimals, the year as its start year. */
  private record Row(String code, String title, String theme, Polarity polarity, boolean vital, ReportingPeriod period,
      BigDecimal target, BigDecimal lower, BigDecimal upper, BigDecimal outturn, DataStatus status, BigDecimal previous,
      String commentary) {}

  private static BigDecimal decimal(String text) {
    return text.isEmpty() ? null : new BigDecimal(text);
  }

  /** The bundled committee measurements as a table of typed columns (what a database would hand over). */
  private static java.util.List<Row> table(Path csv) throws Exception {
    java.util.List<Row> rows = new java.util.ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(new Row(r.get("indicator"), r.get("title"), r.get("theme"), Checks.orThrow(Polarity.parse(r.get("polarity"))),
            r.get("vital_sign").equals("yes"), Checks.orThrow(Values.period(r.get("period"))), decimal(r.get("target")),
            decimal(r.get("target_lower")), decimal(r.get("target_upper")), decimal(r.get("outturn")),
            Checks.orThrow(DataStatus.parse(r.get("status"))), decimal(r.get("previous")),
            r.get("commentary").isEmpty() ? null : r.get("commentary")));
      }
    }
    return rows;
  }

  private static MeasurementRow.Builder builder(Row r) {
    return MeasurementRow.newBuilder().indicator(r.code()).title(r.title()).theme(r.theme()).polarity(r.polarity())
        .vitalSign(r.vital()).period(r.period()).target(r.target()).targetLower(r.lower()).targetUpper(r.upper())
        .outturn(r.outturn()).status(r.status()).previous(r.previous()).commentary(r.commentary());
  }

  @Test
  void typed_columns_make_exactly_the_measurements_the_file_makes() throws Exception {
    Path csv = Path.of(Cli.data("committee-measurements.csv"));

    Validation<Seq<Problem>, List<Measurement>> typed = MeasurementRow.measurements(table(csv).stream().map(MeasurementRowTest::builder)
        .toList());

    assertThat(typed.isValid()).as(String.valueOf(typed)).isTrue();
    assertThat(typed.get()).isEqualTo(Inputs.measurements(csv, false));
  }

  @Test
  void every_problem_of_a_row_is_reported_at_once_at_its_column() {
    Validation<Seq<Problem>, Measurement> m = MeasurementRow.newBuilder().indicator(" ").polarity("sideways")
        .period(ReportingPeriod.year(Checks.orThrow(FinancialYear.startingIn(2008)))).status("gone")
        .outturn(new BigDecimal("1e30")).build();

    assertThat(m.getError().map(Problem::field)).containsExactly("indicator", "polarity", "status", "outturn");
    assertThat(m.getError().map(Problem::message).get(1)).isEqualTo("polarity: expected higher, lower or range, got \"sideways\"");
  }

  @Test
  void a_row_is_checked_as_a_files_row_is() {
    ReportingPeriod year = ReportingPeriod.year(Checks.orThrow(FinancialYear.startingIn(2008)));
    MeasurementRow.Builder range = MeasurementRow.newBuilder().indicator("LOC 4").polarity(Polarity.WITHIN_RANGE).period(year)
        .status(DataStatus.FINAL).outturn(new BigDecimal("96.5")).target(new BigDecimal("90"));
    assertThat(range.build().getError().map(Problem::message))
        .containsExactly("target: expected target_lower and target_upper for a range indicator, got target 90");

    Measurement dataOnly = Checks.orThrow(range.target(null).build());
    assertThat(dataOnly).isInstanceOf(Measurement.DataOnly.class);
    assertThat(dataOnly.indicator().title().value()).as("a blank title is the code").isEqualTo("LOC 4");
    assertThat(dataOnly.indicator().theme().value()).isEqualTo("Unassigned");

    Measurement ranged = Checks.orThrow(range.targetLower(new BigDecimal("90")).targetUpper(new BigDecimal("95")).build());
    assertThat(ranged.goal().get().toString()).contains("90").contains("95");
  }

  @Test
  void a_row_without_a_previous_outturn_is_compared_with_its_indicators_earlier_row() {
    MeasurementRow.Builder earlier = MeasurementRow.newBuilder().indicator("NI 16").polarity("lower").period("2008/09")
        .status("final").target(new BigDecimal("21.5")).outturn(new BigDecimal("22.4"));
    MeasurementRow.Builder later = MeasurementRow.newBuilder().indicator("NI 16").polarity("lower").period("2009/10")
        .status("final").target(new BigDecimal("21")).outturn(new BigDecimal("20.9"));

    List<Measurement> both = Checks.orThrow(MeasurementRow.measurements(java.util.List.of(later, earlier)));

    assertThat(both.head().previous().map(q -> q.value().toPlainString())).containsExactly("22.4");
    assertThat(both.head().previousPeriod().map(ReportingPeriod::toString)).containsExactly("2008/09");
    assertThat(both.last().previous()).isEmpty();
  }

  @Test
  void rows_are_checked_against_each_other_as_a_files_are() {
    ReportingPeriod year = ReportingPeriod.year(Checks.orThrow(FinancialYear.startingIn(2008)));
    java.util.function.Supplier<MeasurementRow.Builder> ni16 = () -> MeasurementRow.newBuilder().indicator("NI 16")
        .title("Serious acquisitive crime").polarity("lower").period(year).status("final").target(new BigDecimal("21.5"))
        .outturn(new BigDecimal("22.4"));

    Validation<Seq<Problem>, List<Measurement>> all = MeasurementRow.measurements(java.util.List.of(ni16.get(),
        ni16.get().period("2009/10").polarity("higher"), ni16.get(), ni16.get().period("2010/11").outturn(null).status("awaited"),
        MeasurementRow.newBuilder().indicator("NI 17")));

    assertThat(all.getError().map(Problem::message)).containsExactly(
        "[1].polarity: expected \"LOWER_IS_BETTER\" for NI 16 as at [0], got \"HIGHER_IS_BETTER\"",
        "[2].indicator: expected one row per indicator and period, got NI 16 2008/09 again (first at [0])",
        "[4].polarity: expected higher, lower or range, got nothing",
        "[4].period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got nothing",
        "[4].status: expected final, provisional, estimated or awaited, got nothing");
  }
}
