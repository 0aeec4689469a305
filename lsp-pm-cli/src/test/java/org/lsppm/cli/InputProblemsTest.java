package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsppm.io.BadInput;
import org.lsppm.io.InputProblem;
import org.lsppm.io.Inputs;

/**
 * The readers' problems as an embedder receives them: each at its place as data (file, sheet, row,
 * cell, column) with the words apart, and the same line the command line prints.
 */
class InputProblemsTest {
  private static final String HEADER = "indicator,title,theme,polarity,vital_sign,period,target,outturn,status";
  private static final String PERIOD = "expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"2009/13\"";
  private static final String ROW = "NI 16,Serious acquisitive crime rate,Safer Communities,lower,yes,%s,21.5,%s,final";

  @TempDir
  Path dir;

  @Test
  void a_csv_files_problems_carry_their_row_and_column() throws Exception {
    Path csv = dir.resolve("m.csv");
    Files.writeString(csv, HEADER + "\n" + ROW.formatted("2007/08", "22.4") + "\n" + ROW.formatted("2008/09", "twenty") + "\n"
        + ROW.formatted("2009/13", "21") + "\n");

    BadInput e = catchThrowableOfType(() -> Inputs.measurements(csv, false), BadInput.class);

    assertThat(e.problems()).containsExactly(
        new InputProblem(csv.toString(), "", 3, "", "outturn", "expected a number such as 12.5, got \"twenty\""),
        new InputProblem(csv.toString(), "", 4, "", "period", PERIOD));
    assertThat(e.messages()).containsExactly(csv + ":3:outturn: expected a number such as 12.5, got \"twenty\"",
        csv + ":4:period: " + PERIOD);
    Cli cli = Cli.run("rate", "--measurements", csv.toString());
    assertThat(cli.err().lines()).containsExactlyElementsOf(e.messages());
  }

  @Test
  void a_sheets_problems_carry_the_sheet_and_cell() throws Exception {
    Path book = dir.resolve("m.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "lsp-pm tests", "1.0");
      Worksheet ws = wb.newWorksheet("Outturns");
      String[] header = HEADER.split(",");
      String[] row = ROW.formatted("2008/09", "twenty").split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
        ws.value(1, c, row[c]);
      }
      wb.finish();
    }

    BadInput e = catchThrowableOfType(() -> Inputs.measurements(book, false), BadInput.class);

    InputProblem p = e.problems().single();
    assertThat(p).isEqualTo(new InputProblem(book.toString(), "Outturns", 2, "H2", "outturn",
        "expected a number such as 12.5, got \"twenty\""));
    assertThat(p.message()).isEqualTo(book + "!Outturns!H2:outturn: expected a number such as 12.5, got \"twenty\"");
  }

  @Test
  void a_file_that_changes_between_its_two_readings_is_refused_at_the_end() throws Exception {
    // Rows without a previous outturn are compared with their indicator's earlier period wherever
    // it is in the file, so a streamed file is read twice. A row spoilt after the first reading is
    // found by the second, and finish() throws it: the command line then keeps no output.
    Path csv = dir.resolve("big.csv");
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 2000; i++) {
      text.append(ROW.replace("NI 16", "X " + i).formatted("2008/09", "22.4")).append('\n');
    }
    Files.writeString(csv, text);
    String last = ROW.replace("NI 16", "X 2000").formatted("2008/09", "22.4");
    long at = text.length() - last.length() - 1 + last.lastIndexOf("22.4");

    long rows = 0;
    try (Inputs.MeasurementRows second = Inputs.measurementRows(csv, false)) {
      try (FileChannel file = FileChannel.open(csv, StandardOpenOption.WRITE)) {
        file.write(ByteBuffer.wrap("xx.x".getBytes(StandardCharsets.US_ASCII)), at);
      }
      while (second.hasNext()) {
        second.next();
        rows++;
      }
      BadInput e = catchThrowableOfType(second::finish, BadInput.class);
      assertThat(e.problems()).containsExactly(
          new InputProblem(csv.toString(), "", 2001, "", "outturn", "expected a number such as 12.5, got \"xx.x\""));
    }
    assertThat(rows).isEqualTo(1999);
  }

  @Test
  void a_bad_row_is_reported_whichever_table_is_written_and_nothing_is_printed() throws Exception {
    // The rows are checked as they stream; a report that shows one table need not read them all,
    // so what it did not read is read to the end before anything is written.
    Path csv = dir.resolve("m.csv");
    Files.writeString(csv, Files.readString(Path.of(Cli.data("committee-measurements.csv")))
        + "NI 99,Bad,Safer Communities,lower,no,2008/09,10,,,twenty,final,,\n");
    String problem = csv + ":24:outturn: expected a number such as 12.5, got \"twenty\"";
    for (String[] args : new String[][] {{"--format", "csv"}, {"--format", "markdown", "--table", "summary"},
        {"--format", "markdown", "--table", "exceptions"}, {"--format", "table", "--table", "indicators"}, {"--format", "json"}}) {
      java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("rate", "--measurements", csv.toString()));
      all.addAll(java.util.List.of(args));
      Cli cli = Cli.run(all.toArray(String[]::new));
      assertThat(cli.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(cli.out()).as(String.join(" ", args)).isEmpty();
      assertThat(cli.err().strip()).as(String.join(" ", args)).isEqualTo(problem);
    }
  }
}
