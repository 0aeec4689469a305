package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsppm.reports.TextTable;

/**
 * The table format fits the terminal it is printed on: under {@code COLUMNS=80} no line is longer
 * than 80 characters, numbers line up on the right, long text wraps within its column, and a table
 * of more columns than fit is printed a block per row.
 */
class TerminalTableTest {

  /** The command line as an analyst runs it, in its own process with {@code COLUMNS} set (null: unset), its output a pipe. */
  private static List<String> run(String columns, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), LspPm.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (columns == null) {
      pb.environment().remove("COLUMNS");
    } else {
      pb.environment().put("COLUMNS", columns);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out.lines().toList();
  }

  @Test
  @Tag("slow") // a process of its own per run: left out of mutation runs
  void under_columns_80_no_line_is_longer_and_numbers_line_up_on_the_right() throws Exception {
    List<String> lines = run("80", "rate", "--measurements", Cli.data("committee-measurements.csv"));

    assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    int header = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("theme ")).findFirst().orElseThrow());
    // The theme rows, then a rule that sets the total apart, then All themes.
    assertThat(lines.get(header + 8)).matches(" +[- ]+");
    List<String> summary = new java.util.ArrayList<>(lines.subList(header, header + 10));
    summary.remove(8);
    int end = summary.get(0).indexOf("Green") + "Green".length();
    assertThat(summary).allSatisfy(l -> assertThat(Character.isDigit(l.charAt(end - 1)) || l.startsWith("Green", end - 5))
        .as("right-aligned under Green: %s", l).isTrue());
    assertThat(lines).contains("  indicator            NI 39");
    assertThat(String.join("\n", lines)).contains("Admissions rose for the third year;");
  }

  @Test
  @Tag("slow")
  void piped_with_no_columns_the_table_is_at_most_100_characters_wide() throws Exception {
    List<String> lines = run(null, "prg", "--agreement", Cli.data("lpsa-agreement.json"), "--outturns", Cli.data("lpsa-scenarios.csv"));

    assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100))
        .anyMatch(l -> l.length() > 80);
  }

  @Test
  void long_text_wraps_at_spaces_within_its_column_and_numbers_stay_whole() {
    TextTable table = new TextTable("indicator", "outturn", "commentary").rightAligned(1)
        .row("NI 39", "1502", "Admissions rose for the third year; the PCT is commissioning a nurse")
        .row("NI 16", "22.4", "Burglary fell");
    java.io.StringWriter text = new java.io.StringWriter();

    table.printTo(new java.io.PrintWriter(text, true), "  ", 50);

    assertThat(text.toString().lines().toList()).containsExactly(
        "  indicator  outturn  commentary",
        "  NI 39         1502  Admissions rose for the",
        "                      third year; the PCT is",
        "                      commissioning a nurse",
        "  NI 16         22.4  Burglary fell");
    assertThat(TextTable.wrap("MissedBeyondTolerance", 8)).containsExactly("MissedBe", "yondTole", "rance");
  }

  @Test
  void columns_that_say_nothing_usable_leave_the_table_100_characters_wide() {
    assertThat(ReportCommand.widthFrom(null)).isEqualTo(100);
    assertThat(ReportCommand.widthFrom("wide")).isEqualTo(100);
    assertThat(ReportCommand.widthFrom("5")).isEqualTo(100);
    assertThat(ReportCommand.widthFrom(" 120 ")).isEqualTo(120);
  }
}
