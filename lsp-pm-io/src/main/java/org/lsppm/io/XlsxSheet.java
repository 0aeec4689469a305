package org.lsppm.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lsppm.core.Checks;

/**
 * The rows of one sheet, read from its XML one at a time as they are asked for, as
 * {@link CsvFile.Row}s: what is held at once is one row, the header and the workbook's shared
 * strings. A cell that cannot be read is a problem at its cell, kept in {@link #problems()};
 * {@link CsvFile.Rows} counts the rows and gives the verdict, as it does for CSV.
 */
final class XlsxSheet extends LookAhead<CsvFile.Row> implements AutoCloseable {
  /** Excel's last column, XFD. */
  private static final int MAX_COLUMN = 16_383;
  /** A number as a workbook stores one: digits, a point, an exponent. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern ADDRESS = Pattern.compile("([A-Z]{1,3})(\\d{1,7})");

  private final XlsxFile.XlsxParts book;
  private final InputStream in;
  private final XMLStreamReader xml;
  private final String file;
  private final String sheetName;
  private final String entry;
  private final Map<String, Integer> columns;
  private final Map<Integer, String> byIndex = new HashMap<>();
  private final java.util.List<InputProblem> problems = new ArrayList<>();
  private long lastRow;
  private boolean done;

  XlsxSheet(XlsxFile.XlsxParts book, XlsxFile.XlsxParts.SheetEntry sheet, Set<String> required, Set<String> optional)
      throws BadInput {
    this.book = book;
    this.file = book.file;
    this.sheetName = sheet.name();
    this.entry = sheet.entry();
    InputStream opened = null;
    try {
      opened = book.sheet(sheet);
      this.in = opened;
      this.xml = XlsxXml.reader(opened);
      java.util.List<XlsxXml.Cell> first = nextRow();
      if (first == null) {
        BadInput.throwIfAny(problems);
        throw BadInput.of(InputProblem.inCell(file, sheetName, "A1", "", "expected a header row with the columns "
            + io.vavr.collection.List.ofAll(required).sorted().mkString(", ") + ", got an empty sheet"));
      }
      this.columns = XlsxFile.header(file, sheetName, first, lastRow, required, optional);
      columns.forEach((c, i) -> byIndex.put(i, c));
      opened = null;
    } catch (IOException | XMLStreamException e) {
      throw XlsxFile.XlsxParts.damaged(file, sheet.entry(), e);
    } finally {
      if (opened != null) {
        closeQuietly(opened);
        book.close();
      }
    }
  }

  @Override
  protected CsvFile.Row fetch() {
    while (!done) {
      java.util.List<XlsxXml.Cell> cells;
      try {
        cells = nextRow();
      } catch (IOException | XMLStreamException e) {
        problems.addAll(XlsxFile.XlsxParts.damaged(file, entry, e).problems().asJava());
        done = true;
        return null;
      }
      if (cells == null) {
        done = true;
        return null;
      }
      CsvFile.Row row = row(cells);
      if (row != null) {
        return row;
      }
    }
    return null;
  }

  private CsvFile.Row row(java.util.List<XlsxXml.Cell> cells) {
    Map<String, String> values = new LinkedHashMap<>();
    for (XlsxXml.Cell c : cells) {
      String column = byIndex.get(c.column());
      if (c.problem() != null) {
        problems.add(InputProblem.inCell(file, sheetName, c.address(), column == null ? "" : column, c.problem()));
        continue;
      }
      if (Checks.isBlank(c.text())) {
        continue;
      }
      if (column == null) {
        problems.add(InputProblem.inCell(file, sheetName, c.address(), "",
            "expected nothing outside the columns the header names, got \"" + Checks.abbreviated(c.text()) + "\""));
      } else {
        values.put(column, Checks.strip(c.text()));
      }
    }
    return values.isEmpty() ? null : new CsvFile.Row(file, lastRow, values, sheetName, columns);
  }

  /** Every problem of every cell read so far. */
  java.util.List<InputProblem> problems() {
    return problems;
  }

  /** A problem where the first row of data belongs: {@code book.xlsx!Sheet!A2: detail}. */
  InputProblem firstRow(String detail) {
    return InputProblem.inCell(file, sheetName, "A2", "", detail);
  }

  @Override
  public void close() {
    done = true;
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Nothing more is read from it.
    }
    closeQuietly(in);
    book.close();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing more is read from it.
    }
  }

  /** The cells of the next row element, or null after the last; {@link #lastRow} is its number. */
  private java.util.List<XlsxXml.Cell> nextRow() throws XMLStreamException, IOException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        int r = XlsxXml.index(xml.getAttributeValue(null, "r"));
        long number = r > 0 ? r : lastRow + 1;
        java.util.List<XlsxXml.Cell> cells = new ArrayList<>();
        if (number <= lastRow) {
          problems.add(InputProblem.inCell(file, sheetName, "A" + number, "", "expected rows in order, got row " + number
              + " after row " + lastRow + " (the workbook is damaged: open it in a spreadsheet and save it again)"));
        }
        lastRow = number;
        int column = -1;
        while (true) {
          int event = xml.next();
          if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
            break;
          }
          if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
            XlsxXml.Cell cell = cell(column);
            column = cell.column();
            cells.add(cell);
          }
        }
        return cells;
      }
    }
    return null;
  }

  /** The cell the reader is at, after the cell in {@code previous} (for a cell without an address). */
  private XlsxXml.Cell cell(int previous) throws XMLStreamException {
    String ref = xml.getAttributeValue(null, "r");
    String type = xml.getAttributeValue(null, "t");
    int style = XlsxXml.index(xml.getAttributeValue(null, "s"));
    int column = previous + 1;
    String problem = null;
    if (ref != null) {
      java.util.regex.Matcher m = ADDRESS.matcher(ref);
      if (m.matches() && Long.parseLong(m.group(2)) == lastRow) {
        column = columnIndex(m.group(1));
      } else {
        problem = "expected a cell of row " + lastRow + ", got the address \"" + Checks.abbreviated(ref) + "\""
            + " (the workbook is damaged: open it in a spreadsheet and save it again)";
      }
    }
    String address = column <= MAX_COLUMN ? XlsxFile.column(column) + lastRow : Checks.abbreviated(String.valueOf(ref));
    if (problem == null && column > MAX_COLUMN) {
      problem = "expected a cell within Excel's columns A to XFD, got one beyond them";
    }
    StringBuilder value = null;
    long valueLength = 0;
    StringBuilder inline = null;
    long inlineLength = 0;
    String formula = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v" -> {
            value = new StringBuilder();
            valueLength = XlsxXml.simpleText(xml, value, CsvFile.MAX_FIELD_CHARS);
          }
          case "is" -> {
            inline = new StringBuilder();
            inlineLength = XlsxXml.richText(xml, inline, CsvFile.MAX_FIELD_CHARS);
          }
          case "f" -> {
            StringBuilder f = new StringBuilder();
            XlsxXml.simpleText(xml, f, 200);
            formula = Checks.abbreviated(f.toString());
          }
          default -> depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (problem != null) {
      return new XlsxXml.Cell(Math.min(column, MAX_COLUMN + 1), address, null, problem);
    }
    long length = "inlineStr".equals(type) ? inlineLength : valueLength;
    if (length > CsvFile.MAX_FIELD_CHARS) {
      return new XlsxXml.Cell(column, address, null, tooLong(length));
    }
    return value(column, address, type == null ? "n" : type, style, value == null ? null : value.toString(),
        inline == null ? null : inline.toString(), formula);
  }

  private static String tooLong(long length) {
    return "expected at most " + String.format(Locale.UK, "%,d", CsvFile.MAX_FIELD_CHARS) + " characters, got "
        + String.format(Locale.UK, "%,d", length);
  }

  /** A cell's text as a CSV file would hold it: exact decimals, ISO dates, true/false; or its problem. */
  private XlsxXml.Cell value(int column, String address, String type, int style, String v, String inline, String formula) {
    if (v == null && formula != null && !type.equals("inlineStr")) {
      return problem(column, address, "expected a value, got the formula =" + formula
          + " with no saved result (open the workbook in a spreadsheet and save it)");
    }
    String text;
    String problem = null;
    switch (type) {
      case "s" -> {
        int index = XlsxXml.index(v);
        text = book.strings.get(index);
        if (text == null && book.strings.length(index) >= 0) {
          problem = tooLong(book.strings.length(index));
        } else if (text == null) {
          problem = "expected a text cell whose string is in the workbook's shared strings, got string "
              + Checks.abbreviated(String.valueOf(v)) + " of " + String.format(Locale.UK, "%,d", book.strings.size())
              + " (the workbook is damaged: open it in a spreadsheet and save it again)";
        }
      }
      case "inlineStr" -> text = inline == null ? "" : inline;
      case "str" -> text = v == null ? "" : v;
      case "b" -> {
        String b = v == null ? "" : v.strip();
        text = b.equals("1") ? "true" : b.equals("0") ? "false" : null;
        if (text == null) {
          problem = "expected a TRUE or FALSE cell to hold 1 or 0, got \"" + Checks.abbreviated(b) + "\"";
        }
      }
      case "e" -> {
        text = null;
        problem = "expected a value, got the spreadsheet error " + Checks.abbreviated(String.valueOf(v));
      }
      case "d" -> {
        String d = v == null ? "" : v.strip();
        text = d.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?") ? d.substring(0, 10) : null;
        if (text == null) {
          problem = "expected a date cell to hold a date such as 2009-03-31, got \"" + Checks.abbreviated(d) + "\"";
        }
      }
      case "n" -> {
        return number(column, address, style, v == null ? "" : v.strip());
      }
      default -> {
        text = null;
        problem = "expected a cell of a type Excel writes, got the type \"" + Checks.abbreviated(type) + "\"";
      }
    }
    return problem == null ? new XlsxXml.Cell(column, address, text, null) : problem(column, address, problem);
  }

  /**
   * A number cell: the exact decimal, or the date its style shows. A number past the bounds every
   * number is held to keeps its own text, so the column's reader refuses it as it refuses that
   * text in CSV, and it is never expanded digit by digit.
   */
  private XlsxXml.Cell number(int column, String address, int style, String v) {
    if (v.isEmpty()) {
      return new XlsxXml.Cell(column, address, "", null);
    }
    if (v.length() > 64 || !NUMBER.matcher(v).matches()) {
      return problem(column, address, "expected a number cell to hold a number, got \"" + Checks.abbreviated(v) + "\"");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(v);
    } catch (NumberFormatException e) {
      return new XlsxXml.Cell(column, address, v, null);
    }
    if (book.styles.isDate(style)) {
      java.time.LocalDate date = XlsxFile.date(number, book.date1904);
      return date == null
          ? problem(column, address, "expected a date, got the serial number " + v + ", which is no date a spreadsheet shows"
              + " (a date cell holds 1 for " + (book.date1904 ? "1904-01-02" : "1900-01-01") + " up to 2958465 for 9999-12-31)")
          : new XlsxXml.Cell(column, address, date.toString(), null);
    }
    BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    boolean bounded = integerDigits <= Checks.MAX_INTEGER_DIGITS && stripped.scale() <= Checks.MAX_DECIMAL_PLACES;
    return new XlsxXml.Cell(column, address, bounded ? number.toPlainString() : v, null);
  }

  private static XlsxXml.Cell problem(int column, String address, String problem) {
    return new XlsxXml.Cell(column, address, null, problem);
  }

  private static int columnIndex(String letters) {
    int index = 0;
    for (int i = 0; i < letters.length(); i++) {
      index = index * 26 + letters.charAt(i) - 'A' + 1;
    }
    return index - 1;
  }
}
