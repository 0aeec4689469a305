package org.lsppm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's demo: the {@code lsp-pm} command line on the bundled files, as an analyst would run
 * it: a rating table, the Kensington and Chelsea 2009 summary table, and a reward-grant forecast.
 * Run with {@code mvn -B -ntp -Pdemo -DskipTests package}; the bundled files are in
 * {@code lsp-pm-examples/data} (the system property {@code lsppm.data} points elsewhere).
 */
public final class Demo {
  private Demo() {}

  /** Runs the three commands; exits with the first non-zero status, if any. */
  public static void main(String[] args) {
    Path data = Path.of(System.getProperty("lsppm.data", "lsp-pm-examples/data"));
    int status = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), data, java.time.Clock.systemUTC(), 0);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The commands the demo runs on the files in {@code data}. */
  static List<List<String>> commands(Path data) {
    return List.of(
        List.of("rate", "--measurements", data.resolve("committee-measurements.csv").toString()),
        List.of("summary", "--outcomes", data.resolve("kcp-2009-laa1-outcomes.csv").toString()),
        List.of("prg", "--agreement", data.resolve("lpsa-agreement.json").toString(),
            "--outturns", data.resolve("lpsa-scenarios.csv").toString(), "--scenario", "current"));
  }

  /**
   * Runs the commands, their reports stamped by {@code clock} and their tables {@code width} wide
   * (0: the terminal's width, as from a shell).
   */
  static int run(PrintWriter out, PrintWriter err, Path data, java.time.Clock clock, int width) {
    for (List<String> command : commands(data)) {
      out.println("$ lsp-pm " + String.join(" ", command));
      int status = LspPm.run(out, err, clock, width, command.toArray(String[]::new));
      out.println();
      if (status != 0) {
        return status;
      }
    }
    return 0;
  }
}
