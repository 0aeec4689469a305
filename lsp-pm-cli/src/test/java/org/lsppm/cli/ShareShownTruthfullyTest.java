package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsppm.reports.Report;

/**
 * A share achieved just below a trigger is never shown as the trigger: the data formats carry
 * the exact share, and a person's format shows as many places as keep it below the whole per cent
 * it misses (59.99999999%, not 60%, beside "Nothing"; 99.99999999%, not 100%).
 */
class ShareShownTruthfullyTest {
  @TempDir
  Path dir;

  private Path agreement;
  private Path scenarios;

  @BeforeEach
  void anAgreementOfTwoMeasuresFromWOf100ToTOf200() throws IOException {
    agreement = Files.writeString(dir.resolve("a.json"), "{\"name\":\"x\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\","
        + "\"grant\":100000,\"targets\":[{\"id\":\"1\",\"title\":\"t\",\"stretch\":{\"withoutAgreement\":100,\"withStretch\":200}},"
        + "{\"id\":\"2\",\"title\":\"u\",\"stretch\":{\"withoutAgreement\":100,\"withStretch\":200}},"
        + "{\"id\":\"3\",\"title\":\"v\",\"stretch\":{\"withoutAgreement\":100,\"withStretch\":200}}]}");
    scenarios = Files.writeString(dir.resolve("s.csv"), "scenario,measure,outturn\ncurrent,1,159.99999999\ncurrent,2,199.99999999\n"
        + "current,3,160\n", StandardCharsets.UTF_8);
  }

  private Cli prg(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("prg", "--agreement", agreement.toString(), "--outturns", scenarios.toString()));
    args.addAll(List.of(more));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  @Test
  void csv_and_json_carry_the_exact_share() throws IOException {
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(prg("--format", "csv").out())).getRecords();

    assertThat(rows).extracting(r -> r.get("achieved")).containsExactly("0.5999999999", "0.9999999999", "0.6");
    assertThat(rows).extracting(r -> r.get("decision")).containsExactly("NOTHING", "SHARE", "SHARE");
    assertThat(prg("--format", "json").out()).contains("\"achieved\" : 0.5999999999", "\"achieved\" : 0.9999999999",
        "\"achieved\" : 0.6");
  }

  @Test
  void the_table_never_shows_a_missed_trigger_as_reached() {
    List<String> measures = prg().out().lines().filter(l -> l.matches("\\s+\\d\\s+\\d\\s.*")).toList();

    assertThat(measures).hasSize(3);
    assertThat(measures.get(0)).contains("59.99999999%", "Nothing").doesNotContain(" 60%");
    assertThat(measures.get(1)).contains("99.99999999%", "Share").doesNotContain("100%");
    assertThat(measures.get(2)).contains(" 60% ", "Share");
  }

  @Test
  void the_workbook_format_shows_enough_places_for_the_share_it_holds() throws IOException {
    Path book = dir.resolve("g.xlsx");
    prg("--format", "xlsx", "--output", book.toString());

    try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        Stream<Row> rows = wb.getSheets().filter(s -> s.getName().equals("measures")).findFirst().orElseThrow().openStream()) {
      List<Row> all = rows.toList();
      int p = all.get(0).stream().map(c -> c.getText()).toList().indexOf("achieved");
      assertThat(List.of(1, 2, 3)).extracting(i -> all.get(i).getCell(p).getRawValue())
          .containsExactly("0.5999999999", "0.9999999999", "0.6");
      assertThat(List.of(1, 2, 3)).extracting(i -> all.get(i).getCell(p).getDataFormatString())
          .containsExactly("0.00000000%", "0.00000000%", "0.00%");
    }
  }

  @Test
  void a_share_rounded_to_four_places_keeps_that_unless_it_would_show_a_whole_per_cent_it_misses() {
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("0.656250")))).isEqualTo("65.625%");
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("0.333333333333333333")))).isEqualTo("33.3333%");
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("0.599999")))).isEqualTo("59.9999%");
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("0.5999999")))).isEqualTo("59.99999%");
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("0.60000001")))).isEqualTo("60%");
    assertThat(Report.percent(new org.lsppm.core.Ratio(new java.math.BigDecimal("-0.0000001")))).isEqualTo("-0.00001%");
  }
}
