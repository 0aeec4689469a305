package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}, read back: a sheet per table, typed cells, lights on their colours, a frozen filtered header. */
@org.junit.jupiter.api.Tag("slow") // whole command lines in every data format: left out of mutation runs
class WorkbookOutputTest {
  @TempDir
  Path dir;

  private Path write(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> command = new java.util.ArrayList<>(List.of(args));
    command.addAll(List.of("--format", "xlsx", "--output", out.toString()));
    Cli r = Cli.run(command.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return out;
  }

  private static List<Row> rows(Sheet sheet) throws IOException {
    try (Stream<Row> rows = sheet.openStream()) {
      return rows.toList();
    }
  }

  private static String part(Path xlsx, String name) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void each_table_is_a_sheet_with_numbers_as_numbers() throws IOException {
    Path book = write("prg.xlsx", "prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"));

    try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("measures", "totals", "schedule");
      List<Row> measures = rows(wb.getFirstSheet());
      assertThat(measures.get(0).stream().map(Cell::getText)).startsWith("target", "measure", "title", "without_agreement",
          "with_stretch", "outturn", "achieved", "potential", "payable", "decision");
      Row first = measures.get(1);
      assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("18.2");
      assertThat(first.getCell(7).asNumber()).isEqualByComparingTo("229666.67");
      assertThat(first.getCell(7).getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(first.getCell(9).getText()).isIn("Share", "In full", "Nothing", "Pending");
      List<Row> totals = rows(wb.getSheet(1).orElseThrow());
      assertThat(totals.get(3).getCell(0).getText()).isEqualTo("share_of_pot_earned");
      assertThat(totals.get(3).getCell(1).asNumber()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(totals.get(3).getCell(1).getDataFormatString()).isEqualTo("0.00%");
    }
    String sheet = part(book, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("state=\"frozen\"", "<autoFilter ref=\"A1:");
  }

  @Test
  void a_rating_sheet_shows_each_light_as_its_word_on_its_colour() throws IOException {
    Path book = write("rate.xlsx", "rate", "--measurements", data("committee-measurements.csv"));

    try (ReadableWorkbook wb = new ReadableWorkbook(book.toFile())) {
      List<Row> rows = rows(wb.getFirstSheet());
      assertThat(rows).hasSize(23);
      int light = rows.get(0).stream().map(Cell::getText).toList().indexOf("light");
      assertThat(rows.subList(1, rows.size()).stream().map(r -> r.getCellText(light)))
          .containsOnly("Green", "Amber", "Red", "Purple", "");
      int period = rows.get(0).stream().map(Cell::getText).toList().indexOf("period");
      assertThat(rows.get(1).getCellText(period)).isEqualTo("2006-04-01/2007-03-31");
    }
    assertThat(part(book, "xl/styles.xml")).contains("FFB300", "B71C1C", "1B5E20", "4A148C");
  }

  @Test
  void a_workbook_needs_an_output_file() {
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--format", "xlsx");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("--format xlsx: expected --output FILE.xlsx, got none (a workbook is not text to print on a terminal)\n");
  }

  @Test
  void the_written_file_is_readable_by_others_as_a_report_is() throws IOException {
    Path book = write("readable.xlsx", "triggers", "--agreement", data("lpsa-agreement.json"));

    assertThat(Files.getPosixFilePermissions(book)).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ,
        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }
}
