package org.lsppm.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a measurements CSV of any size for timing {@code lsp-pm rate} as a whole process: the
 * mix of {@link Workload} (all polarities, vital signs, 2% awaited, 1% data only, two thirds with
 * a previous outturn), 10,000 indicators with one row per financial year from 1900/01.
 *
 * <p>{@code java -cp ... org.lsppm.benchmarks.MeasurementsFile 1000000 million.csv}
 */
public final class MeasurementsFile {
  private static final int YEARS = 100;

  private MeasurementsFile() {}

  public static void main(String[] args) throws IOException {
    int rows = Integer.parseInt(args[0]);
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("indicator,title,theme,polarity,vital_sign,period,status,target,target_lower,target_upper,outturn,previous\n");
      for (int i = 0; i < rows; i++) {
        int indicator = i / YEARS;
        int year = 1900 + i % YEARS;
        String polarity = switch (indicator % 4) {
          case 0 -> "higher";
          case 2 -> "range";
          default -> "lower";
        };
        boolean range = indicator % 4 == 2;
        boolean dataOnly = i % 97 == 0;
        StringBuilder row = new StringBuilder(120)
            .append("LOC ").append(indicator).append(",Indicator ").append(indicator).append(",Theme ").append(indicator % 7)
            .append(',').append(polarity).append(',').append(indicator % 4 == 3 ? "yes" : "")
            .append(',').append(year).append('/').append(String.format(java.util.Locale.ROOT, "%02d", (year + 1) % 100))
            .append(',').append(i % 50 == 0 ? "awaited" : "final")
            .append(',').append(dataOnly || range ? "" : "100")
            .append(',').append(!dataOnly && range ? "90" : "").append(',').append(!dataOnly && range ? "95" : "")
            .append(',').append(i % 50 == 0 ? "" : decimal(700 + i % 600))
            .append(',').append(i % 3 == 0 ? "" : decimal(750 + i % 500)).append('\n');
        w.write(row.toString());
      }
    }
  }

  private static String decimal(int tenths) {
    return tenths / 10 + "." + tenths % 10;
  }
}
