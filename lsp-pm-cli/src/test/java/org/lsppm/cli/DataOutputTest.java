package org.lsppm.cli;

import org.lsppm.reports.RatingReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsppm.core.Json;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.LightThresholds;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.SummaryRow;
import org.lsppm.core.review.PlanFinding;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.RewardSimulation;
import org.lsppm.core.reward.Trigger;

/**
 * The outputs meant for machines are data: each CSV table has a snake_case header and its numeric
 * columns hold plain numbers a spreadsheet reads as numbers, dates and periods are ISO; each JSON
 * output is the library's own result and reads back through {@link Json#read} to the same JSON.
 */
@org.junit.jupiter.api.Tag("slow") // whole command lines in every data format: left out of mutation runs
class DataOutputTest {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]*");

  private static final List<String> MEASUREMENTS = List.of("--measurements", data("measurements.csv"));
  private static final List<String> AGREEMENT = List.of("--agreement", data("lpsa-agreement.json"));
  private static final List<String> PARTNERSHIP = List.of("--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01");

  /** A command, one of its tables, and what its columns hold. */
  record Table(List<String> command, String table, List<String> numbers, List<String> dates, List<String> periods,
      List<String> enums) {
    @Override
    public String toString() {
      return String.join(" ", command) + " --table " + table;
    }
  }

  private static List<String> command(String name, List<String> inputs, String... more) {
    List<String> c = new ArrayList<>(List.of(name));
    c.addAll(inputs);
    c.addAll(List.of(more));
    return c;
  }

  static Stream<Table> tables() {
    List<String> rate = command("rate", MEASUREMENTS);
    List<String> schedule = List.of("capital", "revenue", "total");
    return Stream.of(
        new Table(rate, "ratings", List.of("target", "target_lower", "target_upper", "outturn", "tolerance", "shortfall",
            "allowance"), List.of(), List.of("period"), List.of("basis", "light", "trend")),
        new Table(command("rate", MEASUREMENTS, "--comparators", data("comparators.csv")), "ratings",
            List.of("outturn", "quartile", "rank", "of"), List.of(), List.of("period"), List.of("light")),
        new Table(command("rate", MEASUREMENTS, "--compare-policy", data("proposed-policy.json")), "changes",
            List.of("outturn", "current_allowance", "proposed_allowance"), List.of(), List.of("period"),
            List.of("current_light", "proposed_light")),
        new Table(command("rate", MEASUREMENTS, "--compare-policy", data("proposed-policy.json")), "themes",
            List.of("green_current", "green_proposed", "amber_current", "amber_proposed", "red_current", "red_proposed",
                "purple_current", "purple_proposed"), List.of(), List.of(), List.of()),
        new Table(command("needed", MEASUREMENTS), "thresholds", List.of("outturn", "green_from", "green_to", "distance_to_green",
            "not_red_from", "not_red_to", "distance_to_not_red", "tolerance"), List.of(), List.of("period"), List.of("light")),
        new Table(command("summary", List.of("--outcomes", data("kcp-2009-laa1-outcomes.csv"))), "summary",
            List.of("green", "green_percent", "amber", "amber_percent", "red", "red_percent", "purple"), List.of(), List.of(),
            List.of("dimension")),
        new Table(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv")), "measures",
            List.of("without_agreement", "with_stretch", "outturn", "achieved", "potential", "payable", "on_account"), List.of(),
            List.of(), List.of("decision", "interim")),
        new Table(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv")), "totals", List.of("amount"), List.of(),
            List.of(), List.of()),
        new Table(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv")), "schedule", schedule, List.of(),
            List.of("year"), List.of("kind")),
        new Table(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv"), "--compare-policy",
            data("proposed-reward-policy.json")), "grant", List.of("outturn", "current_payable", "proposed_payable", "difference"),
            List.of(), List.of(), List.of()),
        new Table(command("triggers", AGREEMENT), "triggers", List.of("without_agreement", "with_stretch", "potential",
            "threshold_trigger", "full_trigger"), List.of(), List.of(), List.of()),
        new Table(command("simulate", AGREEMENT, "--forecasts", data("lpsa-forecasts.csv"), "--draws", "200"), "measures",
            List.of("without_agreement", "with_stretch", "low", "likely", "high", "mean", "sd", "value", "chance_of_threshold",
                "chance_of_full", "expected_payable"), List.of(), List.of(), List.of()),
        new Table(command("simulate", AGREEMENT, "--forecasts", data("lpsa-forecasts.csv"), "--draws", "200"), "agreement",
            List.of("value"), List.of(), List.of(), List.of()),
        new Table(command("whatif", AGREEMENT, "--scenarios", data("lpsa-scenarios.csv"), "--vary", "1", "--from", "16",
            "--to", "17", "--step", "0.5"), "scenarios", List.of("current", "pessimistic", "optimistic"), List.of(), List.of(),
            List.of()),
        new Table(command("whatif", AGREEMENT, "--scenarios", data("lpsa-scenarios.csv"), "--vary", "1", "--from", "16",
            "--to", "17", "--step", "0.5"), "sensitivity", List.of("outturn", "measure_earns", "agreement_earns"), List.of(),
            List.of(), List.of("decision")),
        new Table(command("reviews", PARTNERSHIP), "reviews", List.of(), List.of("last_review", "due"), List.of(), List.of("status")),
        new Table(command("reviews", PARTNERSHIP), "calendar", List.of(), List.of("due"), List.of(), List.of()),
        new Table(command("plan-check", PARTNERSHIP), "findings", List.of(), List.of(), List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void each_csv_table_has_a_snake_case_header_and_typed_columns(Table t) throws Exception {
    List<String> args = new ArrayList<>(t.command());
    args.addAll(List.of("--format", "csv", "--table", t.table()));
    Cli r = Cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isZero();
    try (CSVParser csv = CSVParser.parse(new StringReader(r.out()), CSVFormat.DEFAULT.builder().setHeader().get())) {
      List<String> header = csv.getHeaderNames();
      assertThat(header).allMatch(h -> KEY.matcher(h).matches()).doesNotHaveDuplicates()
          .containsAll(t.numbers()).containsAll(t.dates()).containsAll(t.periods()).containsAll(t.enums());
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).isNotEmpty().allMatch(CSVRecord::isConsistent);
      for (CSVRecord row : rows) {
        matches(row, t.numbers(), NUMBER);
        matches(row, t.dates(), DATE);
        matches(row, t.periods(), PERIOD);
        matches(row, t.enums(), ENUM);
      }
      for (String column : t.numbers()) {
        assertThat(rows).as(column).anyMatch(row -> !row.get(column).isEmpty());
      }
    }
  }

  private static void matches(CSVRecord row, List<String> columns, Pattern pattern) {
    for (String column : columns) {
      String value = row.get(column);
      assertThat(value.isEmpty() || pattern.matcher(value).matches()).as("row %d %s: %s", row.getRecordNumber(), column, value)
          .isTrue();
    }
  }

  static Stream<Arguments> jsonOutputs() {
    return Stream.of(
        Arguments.of(command("rate", MEASUREMENTS), IndicatorRating[].class),
        Arguments.of(command("rate", List.of("--partnership", data("sample-partnership.json"))), IndicatorRating[].class),
        Arguments.of(command("rate", MEASUREMENTS, "--comparators", data("comparators.csv")), RatingReports.Placed[].class),
        Arguments.of(command("rate", MEASUREMENTS, "--compare-policy", data("proposed-policy.json")), PolicyComparison.class),
        Arguments.of(command("needed", MEASUREMENTS), LightThresholds[].class),
        Arguments.of(command("summary", List.of("--outcomes", data("kcp-2009-laa1-outcomes.csv"))), SummaryRow[].class),
        Arguments.of(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv")), RewardResult.class),
        Arguments.of(command("prg", AGREEMENT, "--outturns", data("lpsa-scenarios.csv"), "--compare-policy",
            data("proposed-reward-policy.json")), GrantComparison.class),
        Arguments.of(command("triggers", AGREEMENT), Trigger[].class),
        Arguments.of(command("simulate", AGREEMENT, "--forecasts", data("lpsa-forecasts.csv"), "--draws", "200"),
            RewardSimulation.Result.class),
        Arguments.of(command("whatif", AGREEMENT, "--scenarios", data("lpsa-scenarios.csv"), "--vary", "1", "--from", "16",
            "--to", "17", "--step", "0.5"), org.lsppm.reports.GrantReports.WhatIf.class),
        Arguments.of(command("reviews", PARTNERSHIP), ReviewReport.class),
        Arguments.of(command("plan-check", PARTNERSHIP), PlanFinding[].class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonOutputs")
  void each_json_output_reads_back_through_the_librarys_binding_to_the_same_json(List<String> command, Class<?> type)
      throws Exception {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "json"));
    Cli r = Cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isZero();
    var read = Json.read(r.out(), type);
    assertThat(read.isValid()).as(() -> read.getError().mkString("\n")).isTrue();
    // Compared as JSON: the members of an object (a map's keys) may come back in another order.
    com.fasterxml.jackson.databind.ObjectMapper mapper = Json.newMapper();
    assertThat(mapper.readTree(Json.write(read.get()))).isEqualTo(mapper.readTree(r.out()));
  }

  @Test
  void csv_writes_the_first_table_unless_told_and_names_the_tables_when_told_one_it_has_not() {
    Cli first = Cli.run("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"), "--format", "csv");
    Cli unknown = Cli.run("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"), "--format",
        "csv", "--table", "Totals");

    assertThat(first.out()).startsWith("target,measure,title,without_agreement,with_stretch,outturn,achieved,potential,payable,");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("--table: expected one of measures, totals, schedule, got \"Totals\"\n");
    assertThat(unknown.out()).isEmpty();
  }

  @Test
  void a_streamed_rating_with_bad_rows_reports_every_one_and_writes_nothing(@TempDir Path dir) throws Exception {
    Path measurements = dir.resolve("m.csv");
    StringBuilder csv = new StringBuilder("indicator,polarity,period,status,target,outturn\n");
    for (int i = 0; i < 2500; i++) {
      csv.append("I").append(i).append(",higher-is-better,2008/09,final,10,").append(i == 1200 ? "ten" : "9").append('\n');
    }
    csv.append("I9,sideways,2008/09,final,10,9\n");
    Files.writeString(measurements, csv);
    Path out = dir.resolve("ratings.csv");
    Files.writeString(out, "yesterday's ratings");

    for (String format : List.of("csv", "json")) {
      Cli toFile = Cli.run("rate", "--measurements", measurements.toString(), "--format", format, "--output", out.toString());
      Cli toScreen = Cli.run("rate", "--measurements", measurements.toString(), "--format", format);
      Cli table = Cli.run("rate", "--measurements", measurements.toString());

      assertThat(toFile.exit()).isEqualTo(2);
      assertThat(toFile.err()).isEqualTo(table.err()).contains(measurements + ":1202:outturn: expected a number",
          measurements + ":2502:polarity: expected");
      assertThat(Files.readString(out)).isEqualTo("yesterday's ratings");
      assertThat(toScreen.out()).isEmpty();
      assertThat(toScreen.err()).isEqualTo(table.err());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.csv", "ratings.csv");
    }
  }

  @Test
  void scenario_columns_have_distinct_keys_even_when_their_names_differ_only_in_punctuation(@TempDir Path dir) throws Exception {
    Path scenarios = Files.writeString(dir.resolve("s.csv"), "scenario,measure,outturn,interim\n"
        + "Central case,1,16.1,\ncentral-case,1,16.5,\nmeasure,1,15,\n");

    Cli r = Cli.run("whatif", "--agreement", data("lpsa-agreement.json"), "--scenarios", scenarios.toString(), "--format", "csv");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("measure,title,central_case,central_case_2,measure_2\r\n");
    assertThat(Cli.run("whatif", "--agreement", data("lpsa-agreement.json"), "--scenarios", scenarios.toString()).out())
        .containsPattern("measure +title +Central case +central-case +measure");
  }

  @Test
  void a_streamed_rating_writes_every_row_in_order() throws Exception {
    Cli streamed = Cli.run("rate", "--measurements", data("measurements.csv"), "--format", "json");
    Cli whole = Cli.run("rate", "--partnership", data("sample-partnership.json"), "--format", "json");

    IndicatorRating[] ratings = Json.read(streamed.out(), IndicatorRating[].class).get();
    assertThat(ratings).extracting(x -> x.measurement().indicator().code().value())
        .containsExactly("NI 16", "NI 16", "NI 195a", "NI 39", "NI 154", "NI 75", "NI 152", "LOC 4", "NI 8", "NI 17");
    assertThat(Json.read(whole.out(), IndicatorRating[].class).get()).hasSize(12);
    assertThat(Map.of("streamed", streamed.exit(), "whole", whole.exit())).containsOnly(Map.entry("streamed", 0),
        Map.entry("whole", 0));
  }
}
