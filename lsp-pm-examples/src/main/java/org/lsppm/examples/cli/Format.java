package org.lsppm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.examples.TextTable;

/** The ways a report can be written. */
enum Format {
  /** Aligned columns for a terminal. */
  TABLE,
  /** RFC 4180 CSV, one block per section separated by a blank line, each with its header. */
  CSV,
  /** A JSON object: title, sections with rows as objects keyed by column, footer. */
  JSON,
  /** GitHub-flavoured Markdown tables. */
  MARKDOWN,
  /** One self-contained HTML page for a committee paper. */
  HTML;

  String render(Report report) {
    return switch (this) {
      case TABLE -> table(report);
      case CSV -> csv(report);
      case JSON -> json(report);
      case MARKDOWN -> markdown(report);
      case HTML -> Html.page(report);
    };
  }

  private static String table(Report r) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
    out.println(r.title());
    for (Report.Section s : r.sections()) {
      out.println();
      out.println(s.heading());
      TextTable table = new TextTable(s.columns().toJavaArray(String[]::new));
      s.rows().forEach(row -> table.row(row.map(Report.Cell::text).toJavaArray()));
      table.printTo(out, "  ");
    }
    r.footer().forEach(f -> {
      out.println();
      out.println(f);
    });
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String csv(Report r) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      boolean first = true;
      for (Report.Section s : r.sections()) {
        if (!first) {
          printer.println();
        }
        first = false;
        printer.printRecord(s.columns().prepend("section").map(Format::spreadsheetSafe).toJavaList());
        for (List<Report.Cell> row : s.rows()) {
          printer.printRecord(row.map(Report.Cell::text).prepend(s.heading()).map(Format::spreadsheetSafe).toJavaList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String json(Report r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode().put("title", r.title());
    ArrayNode sections = root.putArray("sections");
    for (Report.Section s : r.sections()) {
      ObjectNode section = sections.addObject().put("heading", s.heading());
      ArrayNode rows = section.putArray("rows");
      for (List<Report.Cell> row : s.rows()) {
        ObjectNode o = rows.addObject();
        for (int i = 0; i < row.size(); i++) {
          o.put(s.columns().get(i), row.get(i).text());
          String column = s.columns().get(i);
          row.get(i).explanation().forEach(e -> o.put(column + " explanation", e));
        }
      }
    }
    ArrayNode footer = root.putArray("footer");
    r.footer().forEach(footer::add);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String markdown(Report r) {
    StringBuilder out = new StringBuilder("# ").append(escapeMarkdown(r.title())).append('\n');
    for (Report.Section s : r.sections()) {
      out.append("\n## ").append(escapeMarkdown(s.heading())).append("\n\n");
      out.append("| ").append(s.columns().map(Format::escapeMarkdown).mkString(" | ")).append(" |\n");
      out.append("|").append(s.columns().map(c -> "---").mkString("|")).append("|\n");
      s.rows().forEach(row -> out.append("| ").append(row.map(c -> escapeMarkdown(c.text())).mkString(" | ")).append(" |\n"));
    }
    r.footer().forEach(f -> out.append('\n').append(escapeMarkdown(f)).append('\n'));
    return out.toString();
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

  static String lightWord(TrafficLight light) {
    return light.name().charAt(0) + light.name().substring(1).toLowerCase(java.util.Locale.UK);
  }
}
