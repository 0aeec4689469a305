package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rating policy kept in a workbook: thresholds are data an officer edits in Excel, read into the
 * same {@code RatingPolicy} as a JSON policy, with each problem placed in its cell.
 */
@org.junit.jupiter.api.Tag("slow") // whole command lines in every data format: left out of mutation runs
class PolicyWorkbookTest {
  @TempDir
  Path dir;

  /** Rows of (setting, value) on Policy; rows of (indicator, tolerance) on Overrides when given. */
  private Path workbook(Object[][] settings, Object[][] overrides) throws Exception {
    Path file = dir.resolve("policy.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "lsp-pm tests", "1.0");
      sheet(book.newWorksheet("Policy"), new String[] {"setting", "value"}, settings);
      if (overrides != null) {
        sheet(book.newWorksheet("Overrides"), new String[] {"indicator", "tolerance"}, overrides);
      }
      book.finish();
    }
    return file;
  }

  private static void sheet(Worksheet ws, String[] header, Object[][] rows) {
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof BigDecimal n) {
          ws.value(r + 1, c, n);
        } else if (rows[r][c] != null) {
          ws.value(r + 1, c, rows[r][c].toString());
        }
      }
    }
  }

  @Test
  void a_policy_workbook_rates_exactly_as_the_same_policy_in_json() throws Exception {
    Path book = workbook(new Object[][] {
        {"id", "proposed-15"}, {"tolerance", new BigDecimal("0.15")}, {"vitalSignTolerance", "10%"},
        {"offTargetTrend", "IMPROVING_IS_AMBER"}},
        new Object[][] {{"NI 39", new BigDecimal("0.2")}, {"NI 152", "0%"}});
    Path json = Files.writeString(dir.resolve("policy.json"), "{\"id\": \"proposed-15\", \"tolerance\": 0.15, \"vitalSignTolerance\": 0.1,"
        + " \"offTargetTrend\": \"IMPROVING_IS_AMBER\", \"toleranceOverrides\": [{\"indicator\": \"NI 39\", \"tolerance\": 0.2},"
        + " {\"indicator\": \"NI 152\", \"tolerance\": 0}]}");

    Cli fromBook = Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", book.toString(), "--format", "json");
    Cli fromJson = Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", json.toString(), "--format", "json");

    assertThat(fromBook.exit()).as(fromBook.err()).isZero();
    assertThat(fromBook.out()).isEqualTo(fromJson.out()).contains("\"id\" : \"proposed-15\"", "\"rule\" : \"MissedWithinTolerance\"");
    assertThat(Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", book.toString()).out())
        .containsPattern("NI 152 .* 9.9 \\(e\\) +Red +BeyondToleranceAndNotImproving")
        // The foot says the policy in words: its tolerances, each indicator's own, and the trend rule.
        .contains("Rating policy proposed-15: a 15% tolerance (10% for vital signs; NI 39 20%, NI 152 0%), a static band of 0%, "
            + "a miss beyond tolerance Amber while improving; scores Green from 4 and Amber from 3");
  }

  @Test
  void every_problem_is_placed_in_its_cell() throws Exception {
    Path book = workbook(new Object[][] {
        {"id", "broken"}, {"tolerance", "-0.1"}, {"tolerance", new BigDecimal("0.2")}, {"offTargetTrend", "SOMETIMES"}},
        new Object[][] {{"NI 39", "lots"}});

    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", book.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(book + "!Policy!A4:setting: expected each setting once, got tolerance again (first on row 3)\n");
    Path fixed = workbook(new Object[][] {{"id", "broken"}, {"tolerance", "0.1"}, {"offTargetTrend", "SOMETIMES"}},
        new Object[][] {{"NI 39", "lots"}});

    Cli again = Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", fixed.toString());

    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err().lines()).containsExactly(
        fixed + "!Policy!B4:value: offTargetTrend: expected one of IGNORE_TREND, IMPROVING_IS_AMBER, got \"SOMETIMES\"",
        fixed + "!Overrides!B2:tolerance: expected a number such as 12.5, got \"lots\"");
    Path negative = workbook(new Object[][] {{"id", "broken"}, {"tolerance", "-0.1"}}, null);
    assertThat(Cli.run("rate", "--measurements", data("measurements.csv"), "--policy", negative.toString()).err())
        .isEqualTo(negative + "!Policy!B3:value: tolerance: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got \"-0.1\"\n");
    assertThat(again.out()).isEmpty();
  }
}
