package org.lsppm.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a measurements file of any size for timing {@code lsp-pm rate} as a whole process: the
 * mix of {@link Workload} (all polarities, vital signs, 2% awaited, 1% data only, two thirds with
 * a previous outturn), 10,000 indicators with one row per financial year from 1900/01. A name
 * ending {@code .xlsx} gets the same rows as a workbook (sheet {@code Measurements}, numbers as
 * number cells, text as shared strings, as Excel saves them); any other name gets CSV.
 *
 * <p>{@code java -cp ... org.lsppm.benchmarks.MeasurementsFile 1000000 million.csv}
 */
public final class MeasurementsFile {
  private static final int YEARS = 100;
  private static final String[] HEADER = {"indicator", "title", "theme", "polarity", "vital_sign", "period", "status", "target",
      "target_lower", "target_upper", "outturn", "previous"};
  /** The columns written as number cells in a workbook. */
  private static final int FIRST_NUMBER = 7;

  private MeasurementsFile() {}

  public static void main(String[] args) throws IOException {
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  /** Writes {@code rows} measurements to {@code file}: a workbook when its name ends {@code .xlsx}, else CSV. */
  static void write(int rows, Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      workbook(rows, file);
    } else {
      csv(rows, file);
    }
  }

  private static void csv(int rows, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER) + "\n");
      for (int i = 0; i < rows; i++) {
        w.write(String.join(",", row(i)) + "\n");
      }
    }
  }

  private static void workbook(int rows, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "lsp-pm benchmarks", "1.0");
      Worksheet ws = book.newWorksheet("Measurements");
      for (int c = 0; c < HEADER.length; c++) {
        ws.value(0, c, HEADER[c]);
      }
      for (int i = 0; i < rows; i++) {
        String[] cells = row(i);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            if (c >= FIRST_NUMBER) {
              ws.value(i + 1, c, new BigDecimal(cells[c]));
            } else {
              ws.value(i + 1, c, cells[c]);
            }
          }
        }
        if ((i + 1) % 10_000 == 0) {
          ws.flush();
        }
      }
      ws.finish();
      book.finish();
    }
  }

  /** The cells of data row {@code i}, as text; empty for a blank cell. */
  private static String[] row(int i) {
    int indicator = i / YEARS;
    int year = 1900 + i % YEARS;
    String polarity = switch (indicator % 4) {
      case 0 -> "higher";
      case 2 -> "range";
      default -> "lower";
    };
    boolean range = indicator % 4 == 2;
    boolean dataOnly = i % 97 == 0;
    return new String[] {"LOC " + indicator, "Indicator " + indicator, "Theme " + indicator % 7, polarity,
        indicator % 4 == 3 ? "yes" : "", year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100),
        i % 50 == 0 ? "awaited" : "final", dataOnly || range ? "" : "100", !dataOnly && range ? "90" : "",
        !dataOnly && range ? "95" : "", i % 50 == 0 ? "" : decimal(700 + i % 600), i % 3 == 0 ? "" : decimal(750 + i % 500)};
  }

  private static String decimal(int tenths) {
    return tenths / 10 + "." + tenths % 10;
  }
}
