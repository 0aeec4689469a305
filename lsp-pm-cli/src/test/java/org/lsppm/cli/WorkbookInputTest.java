package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV input can be a sheet of an .xlsx workbook, with real number, date and boolean cells or text. */
class WorkbookInputTest {
  private static final String[] HEADER = {"indicator", "title", "theme", "polarity", "vital_sign", "period", "target", "target_lower",
      "target_upper", "outturn", "status", "previous", "tolerance"};

  @TempDir
  Path dir;

  /** Writes a workbook: a Notes sheet first, then the bundled measurements with numbers as numbers. */
  private Path measurementsWorkbook(String name, Object badOutturn) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "lsp-pm tests", "1.0");
      book.newWorksheet("Notes").value(0, 0, "Outturns for the July committee");
      Worksheet ws = book.newWorksheet("Measurements");
      for (int c = 0; c < HEADER.length; c++) {
        ws.value(0, c, HEADER[c]);
      }
      java.util.List<String> lines = Files.readAllLines(Path.of(Cli.data("measurements.csv")));
      java.util.List<String> columns = java.util.List.of(lines.get(0).split(","));
      int r = 1;
      for (String line : lines.subList(1, lines.size())) {
        java.util.List<String> cells = java.util.List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        for (int c = 0; c < HEADER.length; c++) {
          String v = cells.get(columns.indexOf(HEADER[c])).replace("\"", "");
          if (v.isEmpty()) {
            continue;
          }
          if (HEADER[c].equals("vital_sign")) {
            ws.value(r, c, v.equals("yes"));
          } else if (v.matches("-?[0-9.]+") && !HEADER[c].equals("period")) {
            ws.value(r, c, new BigDecimal(v));
          } else {
            ws.value(r, c, v);
          }
        }
        r++;
      }
      if (badOutturn instanceof String s) {
        ws.value(2, 9, s);
      } else if (badOutturn instanceof LocalDate d) {
        ws.value(2, 5, d);
        ws.style(2, 5).format("dd/mm/yyyy").set();
      } else if (badOutturn != null) {
        ws.formula(2, 9, "1/0");
      }
      book.finish();
    }
    return file;
  }

  @Test
  void a_sheet_chosen_by_name_rates_exactly_as_the_csv_does() throws Exception {
    Path book = measurementsWorkbook("m.xlsx", null);

    Cli fromSheet = Cli.run("rate", "--measurements", book + "!Measurements", "--format", "csv");
    Cli fromCsv = Cli.run("rate", "--measurements", Cli.data("measurements.csv"), "--format", "csv");

    assertThat(fromSheet.exit()).as(fromSheet.err()).isZero();
    assertThat(fromSheet.out()).isEqualTo(fromCsv.out());
    byte[] before = Files.readAllBytes(book);
    Cli over = Cli.run("rate", "--measurements", book + "!Measurements", "--output", book.toString());
    assertThat(over.exit()).isEqualTo(2);
    assertThat(over.err()).contains(book + ": expected an output file that is not an input, got the same file as the input "
        + book + "!Measurements (it would be overwritten)");
    assertThat(Files.readAllBytes(book)).isEqualTo(before);
  }

  @Test
  void the_first_sheet_is_read_when_none_is_named_and_problems_name_the_cell() throws Exception {
    Path book = measurementsWorkbook("m.xlsx", null);

    Cli r = Cli.run("rate", "--measurements", book.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(book + "!Notes!A1:indicator: expected a column named indicator in the header, got none",
        book + "!Notes!A1:Outturns for the July committee: expected one of the columns commentary, indicator,");
    assertThat(Cli.run("rate", "--measurements", book + "!Outturns").err())
        .contains(book + ": expected a sheet named Outturns (one of Notes, Measurements)");
  }

  @Test
  void a_bad_cell_is_located_as_book_sheet_and_cell() throws Exception {
    Path words = measurementsWorkbook("words.xlsx", "twenty");
    Path date = measurementsWorkbook("date.xlsx", LocalDate.of(2008, 4, 1));
    Path formula = measurementsWorkbook("formula.xlsx", 1);

    assertThat(Cli.run("rate", "--measurements", words + "!Measurements").err().strip())
        .isEqualTo(words + "!Measurements!J3:outturn: expected a number such as 12.5, got \"twenty\"");
    assertThat(Cli.run("rate", "--measurements", date + "!Measurements").err())
        .contains(date + "!Measurements!F3:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, "
            + "got \"2008-04-01\"");
    assertThat(Cli.run("rate", "--measurements", formula + "!Measurements").err().strip())
        .isEqualTo(formula + "!Measurements!J3:outturn: expected a value, got the formula =1/0 with no saved result "
            + "(open the workbook in a spreadsheet and save it)");
  }

  @Test
  void a_file_that_is_not_a_workbook_is_named_as_such() throws Exception {
    Path fake = dir.resolve("fake.xlsx");
    Files.copy(Path.of(Cli.data("measurements.csv")), fake);
    Path old = dir.resolve("old.xlsx");
    Files.write(old, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

    assertThat(Cli.run("rate", "--measurements", fake.toString()).err().strip())
        .isEqualTo(fake + ": expected an Excel workbook (.xlsx), got a file that is not one");
    assertThat(Cli.run("rate", "--measurements", old.toString()).err().strip())
        .isEqualTo(old + ": expected an Excel workbook (.xlsx), got an Excel 97-2003 workbook (.xls): save it as .xlsx");
    assertThat(fake).hasSameBinaryContentAs(Path.of(Cli.data("measurements.csv")));
  }

  @Test
  void comparators_from_a_workbook_place_outturns_as_from_csv() throws Exception {
    Path book = dir.resolve("c.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "lsp-pm tests", "1.0");
      Worksheet ws = wb.newWorksheet("Comparators");
      String[] header = {"group", "indicator", "period", "authority", "value"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      java.util.List<String> lines = Files.readAllLines(Path.of(Cli.data("comparators.csv")));
      for (int r = 1; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < 4; c++) {
          ws.value(r, c, cells[c]);
        }
        if (!cells[4].isEmpty()) {
          ws.value(r, 4, new BigDecimal(cells[4]));
        }
      }
      ws.value(3, 7, "stray note");
      wb.finish();
    }

    Cli r = Cli.run("rate", "--measurements", Cli.data("measurements.csv"), "--comparators", book.toString());

    assertThat(r.err().strip()).isEqualTo(book + "!Comparators!H4: expected nothing outside the columns the header names, got \"stray note\"");
  }

  @Test
  void an_analysts_sheet_of_several_years_without_a_previous_column_gives_each_year_its_direction_of_travel() {
    Cli sheet = Cli.run("rate", "--measurements", Cli.data("committee-measurements.xlsx"), "--format", "csv");
    Cli file = Cli.run("rate", "--measurements", Cli.data("committee-measurements.csv"), "--format", "csv");
    Cli paper = Cli.run("rate", "--measurements", Cli.data("committee-measurements.xlsx"));

    assertThat(sheet.exit()).as(sheet.err()).isZero();
    // The year before is found in the sheet and named; the CSV's hand-filled previous column says the same values.
    assertThat(sheet.out()).contains(",RED,MissedBeyondTolerance,DECLINING,1450,2007-04-01/2008-03-31,")
        .contains("declining from 1450 in 2007/08. Policy lsp-pm-default.")
        .contains(",AMBER,MissedWithinTolerance,,,,0.1,0.8,5.5,");
    assertThat(lightsAndTrends(sheet.out())).isEqualTo(lightsAndTrends(file.out()));
    assertThat(paper.out()).containsPattern("NI 39 +Alcohol-harm related hospital admission rates +2008/09 +Red +\\u2193 Declining");
  }

  /** Each rating's indicator, period, light, rule, trend and previous outturn. */
  private static java.util.List<String> lightsAndTrends(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
        .map(f -> String.join("|", f[0], f[2], f[8], f[9], f[10], f[11])).toList();
  }
}
