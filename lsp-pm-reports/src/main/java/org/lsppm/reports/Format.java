package org.lsppm.reports;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.lsppm.core.Json;

/** The ways a report can be written. */
public enum Format {
  /** Aligned columns for a terminal, for people. */
  TABLE,
  /**
   * One table as RFC 4180 CSV for machines and spreadsheets: a snake_case header, numbers plain,
   * dates and periods ISO, words as their enum names; {@code --table} chooses which table.
   */
  CSV,
  /** The library's own result, written through its JSON binding ({@link org.lsppm.core.Json}). */
  JSON,
  /** GitHub-flavoured Markdown tables, for people. */
  MARKDOWN,
  /** One self-contained HTML page for a committee paper. */
  HTML,
  /** The HTML page laid out as an A4 landscape PDF. */
  PDF,
  /** An Excel workbook: one sheet per table, typed cells, lights on their colours. */
  XLSX;

  /** Whether the format is for machines: its cells are values, not text. */
  public boolean isData() {
    return this == CSV || this == JSON || this == XLSX;
  }

  /** Whether the format is bytes rather than text, to be written to a file. */
  public boolean isBinary() {
    return this == PDF || this == XLSX;
  }

  /**
   * Writes {@code report} to {@code bytes}, as {@link #render(Report, Report.Section, Provenance,
   * java.io.OutputStream)} does with its {@link Report#primarySection() primary table} for CSV.
   * {@code bytes} is flushed, not closed.
   *
   * <pre>{@code
   * try (OutputStream out = Files.newOutputStream(Path.of("committee.pdf"))) {
   *   Format.PDF.render(RatingReports.committeePaper(ratings, policy, true), Provenance.of(Instant.now(), "0.1.0"), out);
   * }
   * }</pre>
   */
  public void render(Report report, Provenance provenance, java.io.OutputStream bytes) throws IOException {
    render(report, report.primarySection(), provenance, bytes, Integer.MAX_VALUE);
  }

  /**
   * Writes {@code report} to {@code out}; for CSV, the table named {@code table}. The formats for
   * people end with {@code provenance}: when, by what and from what the report was made.
   */
  public void render(Report report, Report.Section table, Provenance provenance, java.io.OutputStream bytes) throws IOException {
    render(report, table, provenance, bytes, Integer.MAX_VALUE);
  }

  /**
   * As {@link #render(Report, Report.Section, Provenance, java.io.OutputStream)}, the {@link #TABLE}
   * format at most {@code width} characters wide (its text columns wrapped to fit).
   */
  public void render(Report report, Report.Section table, Provenance provenance, java.io.OutputStream bytes, int width)
      throws IOException {
    if (this == PDF) {
      Pdf.write(Html.page(report, provenance.lines()), provenance.generator(), bytes);
      return;
    }
    if (this == XLSX) {
      Xlsx.write(report, bytes);
      return;
    }
    Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    switch (this) {
      case TABLE -> table(report.withFooter(provenance.lines()), out, width);
      case CSV -> csv(table.forMachines(), out);
      case JSON -> json(report.data(), out);
      case MARKDOWN -> markdown(report.withFooter(provenance.lines()), out);
      default -> out.write(Html.page(report, provenance.lines()));
    }
    out.flush();
  }

  /**
   * Aligned columns, numbers (and money, shares and quantities) on the right, text columns wrapped
   * so no line is longer than {@code width}; headings and the foot wrapped at spaces too.
   */
  private static void table(Report r, Writer w, int width) {
    java.io.PrintWriter out = new java.io.PrintWriter(w);
    List<String> opening = opening(r);
    wrapped(out, opening.head(), width);
    opening.tail().forEach(line -> {
      out.println();
      wrapped(out, line, width);
    });
    for (Report.Section s : r.sections().map(Report.Section::forPeople)) {
      out.println();
      wrapped(out, s.heading(), width);
      TextTable table = new TextTable(s.columns().map(Report.Column::header).toJavaArray(String[]::new));
      boolean[] numbers = new boolean[s.columns().size()];
      s.rows().forEach(row -> {
        table.row(row.stream().map(Report.Cell::text).toArray());
        mark(numbers, row);
      });
      table.totals(s.totals());
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i]) {
          table.rightAligned(i);
        }
      }
      table.printTo(out, "  ", width);
    }
    if (!r.front().key().isEmpty()) {
      out.println();
      wrapped(out, "Key", width);
      r.front().key().forEach(t -> wrapped(out, "  " + t.term() + ": " + t.meaning() + ".", width));
    }
    r.footer().forEach(f -> {
      out.println();
      wrapped(out, f, width);
    });
    out.flush();
  }

  /**
   * What a report for people opens with, in text: the body and meeting, the title, the reporting
   * period and author, the purpose, what the committee is asked to do, then the headline.
   */
  private static List<String> opening(Report r) {
    Report.Front front = r.front();
    List<String> before = front.cover().map(c -> c.body().toList().appendAll(c.meeting())).getOrElse(List.empty());
    List<String> after = front.cover().map(c -> {
      return c.byline().toList().appendAll(c.purpose()).appendAll(c.decision().map(d -> d.toUpperCase(java.util.Locale.UK)));
    }).getOrElse(List.empty());
    return before.isEmpty() ? List.of(r.heading()).appendAll(after).appendAll(front.headline())
        : List.of(before.mkString(" \u2014 ")).append(r.heading()).appendAll(after).appendAll(front.headline());
  }

  /** Which of a table's {@code columns} hold figures: those where any row's cell holds one. */
  static boolean[] numberColumns(int columns, java.util.List<java.util.List<Report.Cell>> rows) {
    boolean[] numbers = new boolean[columns];
    rows.forEach(row -> mark(numbers, row));
    return numbers;
  }

  private static void mark(boolean[] numbers, java.util.List<Report.Cell> row) {
    for (int i = 0; i < row.size(); i++) {
      numbers[i] |= isNumber(row.get(i).raw());
    }
  }

  /** Whether a cell holds a figure people read down a column by its last digit. */
  static boolean isNumber(Object raw) {
    return raw instanceof Number || raw instanceof org.lsppm.core.Money || raw instanceof org.lsppm.core.Ratio
        || raw instanceof org.lsppm.core.Quantity;
  }

  private static void wrapped(java.io.PrintWriter out, String text, int width) {
    TextTable.wrap(text, Math.max(20, width)).forEach(out::println);
  }

  private static void csv(Report.Section s, Writer out) throws IOException {
    csvRecord(out, s.columns(), Report.Column::key);
    for (java.util.List<Report.Cell> row : s.rows()) {
      csvRecord(out, row, Format::csvValue);
    }
    out.flush();
  }

  /**
   * One RFC 4180 record ending in CRLF: a field is quoted (its quotes doubled) when it holds a
   * comma, a quote or a line break, or starts or ends with white space a reader might trim.
   * Written by hand: a million rows through a general CSV printer cost more than the rating.
   */
  private static <T> void csvRecord(Writer out, Iterable<T> items, java.util.function.Function<T, String> field)
      throws IOException {
    boolean first = true;
    for (T item : items) {
      if (!first) {
        out.write(',');
      }
      first = false;
      csvField(out, field.apply(item));
    }
    out.write("\r\n");
  }

  private static void csvField(Writer out, String field) throws IOException {
    if (needsQuotes(field)) {
      out.write('"');
      out.write(field.indexOf('"') < 0 ? field : field.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(field);
    }
  }

  private static boolean needsQuotes(String field) {
    if (field.isEmpty()) {
      return false;
    }
    if (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1))) {
      return true;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** A cell's value as CSV writes it: numbers plain, text made safe to open in a spreadsheet. */
  private static String csvValue(Report.Cell cell) {
    Object v = cell.value();
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v instanceof String text ? spreadsheetSafe(text) : v.toString();
  }

  /**
   * The result through the library's JSON binding; a result that is a stream of values (the
   * ratings of a large file) is written as a JSON array one value at a time.
   */
  private static void json(Object data, Writer out) throws IOException {
    com.fasterxml.jackson.databind.ObjectWriter writer = Json.writer();
    if (data instanceof Streamed<?> values) {
      try (com.fasterxml.jackson.databind.SequenceWriter sequence = writer.writeValuesAsArray(new NonClosing(out))) {
        for (Object v : values) {
          sequence.write(v);
        }
      }
    } else {
      writer.writeValue(new NonClosing(out), data);
    }
    out.write('\n');
  }

  /** Values a JSON report writes as an array one at a time, never holding them all. */
  public interface Streamed<T> extends Iterable<T> {}

  /** A writer Jackson may close without closing the output under it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static void markdown(Report r, Writer out) throws IOException {
    List<String> opening = opening(r);
    boolean cover = r.front().cover().exists(c -> c.body().isDefined() || c.meeting().isDefined());
    if (cover) {
      out.append("**").append(escapeMarkdown(opening.head())).append("**\n\n");
      opening = opening.tail();
    }
    out.append("# ").append(escapeMarkdown(opening.head())).append('\n');
    for (String line : opening.tail()) {
      out.append('\n').append(escapeMarkdown(line)).append('\n');
    }
    for (Report.Section s : r.sections().map(Report.Section::forPeople)) {
      out.append("\n## ").append(escapeMarkdown(s.heading())).append("\n\n");
      // The rows stream: the first MARKDOWN_LOOKAHEAD say which columns hold figures (aligned
      // right), and the last s.totals() are held back to be written in bold.
      java.util.Iterator<java.util.List<Report.Cell>> rows = s.rows().iterator();
      java.util.List<java.util.List<Report.Cell>> ahead = new java.util.ArrayList<>();
      while (ahead.size() < MARKDOWN_LOOKAHEAD && rows.hasNext()) {
        ahead.add(rows.next());
      }
      boolean[] numbers = numberColumns(s.columns().size(), ahead);
      out.append("| ").append(s.columns().map(c -> escapeMarkdown(c.header())).mkString(" | ")).append(" |\n|");
      for (boolean number : numbers) {
        out.append(number ? "---:|" : "---|");
      }
      out.append('\n');
      java.util.ArrayDeque<java.util.List<Report.Cell>> held = new java.util.ArrayDeque<>(s.totals() + 1);
      java.util.Iterator<java.util.List<Report.Cell>> all = io.vavr.collection.Iterator.<java.util.List<Report.Cell>>concat(ahead, () -> rows);
      while (all.hasNext()) {
        held.add(all.next());
        if (held.size() > s.totals()) {
          markdownRow(held.poll(), false, out);
        }
      }
      while (!held.isEmpty()) {
        markdownRow(held.poll(), true, out);
      }
    }
    if (!r.front().key().isEmpty()) {
      out.append("\n## Key\n\n");
      for (Report.Term t : r.front().key()) {
        out.append("- **").append(escapeMarkdown(t.term())).append("**: ").append(escapeMarkdown(t.meaning())).append('\n');
      }
    }
    for (String f : r.footer()) {
      out.append('\n').append(escapeMarkdown(f)).append('\n');
    }
  }

  /** Rows of a Markdown table read ahead to tell which columns hold figures. */
  private static final int MARKDOWN_LOOKAHEAD = 1_000;

  /** A Markdown table row; a total's cells in bold. */
  private static void markdownRow(java.util.List<Report.Cell> row, boolean total, Writer out) throws IOException {
    out.append("| ").append(List.ofAll(row).map(c -> {
      String text = escapeMarkdown(c.text());
      return total && !text.isBlank() ? "**" + text + "**" : text;
    }).mkString(" | ")).append(" |\n");
  }

  /**
   * Text from input made inert in Markdown: the characters that open Markdown's inline
   * constructs or end a GitHub table cell are backslash-escaped (so no link, image, code span,
   * emphasis or cell break can be made, and {@code [x](javascript:...)} stays text), HTML's {@code <}, {@code >} and {@code &} become entities (so
   * no tag passes through), and a line break becomes a space (so a row cannot be split).
   */
  static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r', '\n', '\u2028', '\u2029' -> out.append(' ');
        default -> {
          if ("\\`*_[]|~".indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?£?[0-9][0-9,]*(\\.[0-9]+)?%?");

  /**
   * A cell a spreadsheet will not run as a formula (OWASP's CSV injection guidance): text that
   * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is given a
   * leading apostrophe, which spreadsheets show as text; a real number such as {@code -3.5} or
   * {@code -£1,200.00} stays as it is.
   */
  static String spreadsheetSafe(String text) {
    if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }

}
