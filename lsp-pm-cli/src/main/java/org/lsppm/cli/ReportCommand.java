package org.lsppm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.vavr.collection.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Format;
import org.lsppm.reports.Provenance;
import org.lsppm.reports.Report;
import org.lsppm.reports.TooManyRowsException;
import org.lsppm.io.FileProblems;
import org.lsppm.io.XlsxFile;

/**
 * What every report-writing subcommand shares: the output options, reading inputs with every
 * problem reported (exit 2, nothing written), and writing the rendered report only once it is
 * complete.
 */
abstract class ReportCommand implements Callable<Integer> {
  /** Exit status for findings when {@code --fail-on-findings} is given. */
  static final int FINDINGS = 1;
  /** Exit status for bad input. */
  static final int BAD_INPUT = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: table, markdown, html or pdf (for people), csv, json or xlsx (data). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output (- for standard output). FILE is new or a regular "
          + "file that may be written, replaced whole once the report is complete; nothing is written on bad input, and FILE "
          + "may not be an input, a symbolic link, a device or a pipe (redirect standard output for those).")
  Path output;

  @Option(names = "--table", paramLabel = "NAME",
      description = "With --format csv: which table to write (each is listed in docs/formats-and-examples.md). Default: the main one.")
  String table;

  @Option(names = {"-q", "--quiet"}, defaultValue = "false",
      description = "No progress line on standard error for large inputs. Default: ${DEFAULT-VALUE}.")
  boolean quiet;

  /** The report, from inputs that are all valid. */
  abstract Report report() throws BadInput;

  /** Whether the last report had findings and --fail-on-findings was given: exit 1. */
  boolean failed() {
    return false;
  }

  /** Whether a progress line may be printed: a terminal, and not --quiet. */
  boolean progress() {
    return !quiet && System.console() != null;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && output.toString().equals("-")) {
      output = null;
    }
    try {
      if (output != null) {
        OutputFile.check(output, inputs());
      }
      if (format.isBinary() && output == null) {
        String name = format.name().toLowerCase(java.util.Locale.UK);
        throw BadInput.of("--format " + name + ": expected --output FILE." + name + ", got none ("
            + (format == Format.PDF ? "a PDF" : "a workbook") + " is not text to print on a terminal)");
      }
      Report report = report();
      Report.Section chosen = table(report);
      Provenance provenance = provenance(!format.isData());
      OutputFile.Body body = w -> {
        try {
          format.render(report, chosen, provenance, w, tableWidth());
          afterRendering();
        } catch (TooManyRowsException e) {
          throw BadInput.of("--format " + format.name().toLowerCase(java.util.Locale.UK) + ": " + e.getMessage()
              + ": write --format csv");
        }
      };
      if (output == null) {
        OutputFile.writeTo(spec.commandLine().getOut(), body);
      } else {
        OutputFile.write(output, body);
      }
    } catch (BadInput e) {
      // Printed escaped: a cell's escape sequence must not act on the analyst's terminal.
      e.messages().forEach(err::println);
      err.flush();
      return BAD_INPUT;
    } catch (IOException e) {
      err.println((output == null ? "standard output" : output) + ": expected a file that may be written, got "
          + FileProblems.cause(e));
      err.flush();
      return BAD_INPUT;
    }
    return failed() ? FINDINGS : 0;
  }

  /**
   * Throws the problems found while the report's rows were read and written, after it is rendered
   * and before it is kept: a large input is checked as it streams, and its output is thrown away
   * whole when anything in it is bad. None by default.
   */
  void afterRendering() throws BadInput {}

  /** The table's width when neither the terminal nor {@code COLUMNS} says: a terminal's usual width and a little more. */
  static final int DEFAULT_WIDTH = 100;

  /**
   * How wide the {@code table} format may be: the terminal's width when standard output is one,
   * else the {@code COLUMNS} environment variable, else {@value #DEFAULT_WIDTH} characters (a file
   * or a pipe too: the table stays readable where it is opened; the data formats are for grep and
   * diff).
   */
  int tableWidth() {
    if (width > 0) {
      return width;
    }
    if (output == null && System.console() != null) {
      Integer terminal = terminalWidth();
      if (terminal != null) {
        return terminal;
      }
    }
    return widthFrom(System.getenv("COLUMNS"));
  }

  /** {@code COLUMNS} as a width: a whole number from 20 to 10,000, else {@value #DEFAULT_WIDTH}. */
  static int widthFrom(String columns) {
    Integer width = width(columns);
    return width == null ? DEFAULT_WIDTH : width;
  }

  /** A whole number of columns from 20 to 10,000, or null when {@code columns} is not one. */
  private static Integer width(String columns) {
    if (columns != null && columns.strip().matches("\\d{2,5}")) {
      int width = Integer.parseInt(columns.strip());
      if (width >= 20 && width <= 10_000) {
        return width;
      }
    }
    return null;
  }

  /** The terminal's width as {@code stty size} reports it, or null where it cannot be told. */
  private static Integer terminalWidth() {
    java.io.File tty = new java.io.File("/dev/tty");
    if (!tty.canRead()) {
      return null;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String size = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
      if (!stty.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return null;
      }
      String[] rowsAndColumns = size.split("\\s+");
      return rowsAndColumns.length == 2 ? width(rowsAndColumns[1]) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The table's width as the caller's terminal has it, or 0 to ask; set by {@link LspPm#run}. */
  int width;

  /** Read only for the time a report for people says it was generated; set by {@link LspPm#run}. */
  java.time.Clock clock;

  /**
   * When, by what and from what a report was made, so that anyone can make it again: the time,
   * lsp-pm's version and, for a report for people, each input file's name and SHA-256 (a data
   * format does not say it, and a million-row input is not read twice for it).
   */
  private Provenance provenance(boolean withInputs) throws IOException {
    Provenance provenance = Provenance.of(clock.instant(), LspPm.Version.number());
    if (withInputs) {
      for (Path input : inputs()) {
        // The name without its directories: a paper does not publish where an officer keeps the file.
        provenance = provenance.withInput(String.valueOf(input.getFileName()), sha256(XlsxFile.file(input)));
      }
    }
    return provenance;
  }

  private static String sha256(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return org.apache.commons.codec.digest.DigestUtils.sha256Hex(in);
    }
  }

  /** The table {@code --table} names, or the report's first; refused by name when there is none. */
  private Report.Section table(Report report) throws BadInput {
    if (table == null) {
      return report.primarySection();
    }
    return report.sections().find(s -> s.name().equals(table)).getOrElseThrow(() -> BadInput.of("--table: expected one of "
        + report.sections().map(Report.Section::name).mkString(", ") + ", got \"" + table + "\""));
  }

  /** Every file this run reads: each option that names a path, other than the output. */
  private java.util.List<Path> inputs() {
    return spec.options().stream()
        .filter(o -> o.typeInfo().getType() == Path.class && !o.longestName().equals("--output"))
        .map(o -> (Path) o.getValue())
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Reads {@code --format} case-insensitively. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(java.util.Locale.UK));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected one of table, csv, json, markdown, html, pdf, xlsx, got '" + value + "'");
      }
    }
  }
}
