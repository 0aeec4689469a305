package org.lsppm.examples.cli;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.lsppm.core.Checks;

/**
 * A sheet of an Excel workbook ({@code .xlsx}) read as the CSV formats are: the first row names the
 * columns, each later row is a row of data. A path {@code book.xlsx!Sheet} names the sheet; a
 * path to the workbook alone means its first sheet. Numbers and dates may be real cells or text:
 * a number cell is read as the exact decimal Excel stored, a date cell as an ISO date, TRUE and
 * FALSE as true and false. Problems are located as {@code book.xlsx!Sheet!C7:column}.
 */
final class XlsxFile {
  private static final Pattern SHEET = Pattern.compile("(?i)(.*\\.xlsx)!(.+)");
  /** Excel's built-in date formats. */
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
  private static final int PROGRESS_EVERY = 100_000;

  private XlsxFile() {}

  /** Whether {@code path} names a workbook ({@code .xlsx}, optionally with {@code !Sheet}). */
  static boolean isWorkbook(Path path) {
    String name = path.toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") || !Files.exists(path) && SHEET.matcher(name).matches();
  }

  /** The file {@code path} reads: the workbook of {@code book.xlsx!Sheet}, else {@code path} itself. */
  static Path file(Path path) {
    Matcher m = SHEET.matcher(path.toString());
    return !Files.exists(path) && m.matches() ? Path.of(m.group(1)) : path;
  }

  static List<CsvFile.Row> read(Path path, Set<String> required, Set<String> optional, boolean progress) throws BadInput {
    String file = file(path).toString();
    Matcher m = SHEET.matcher(path.toString());
    String wanted = file.equals(path.toString()) || !m.matches() ? null : m.group(2);
    checkIsWorkbook(file);
    try (ReadableWorkbook book = new ReadableWorkbook(Path.of(file).toFile(), new ReadingOptions(true, false))) {
      java.util.List<Sheet> sheets = book.getSheets().toList();
      Sheet sheet = wanted == null ? book.getFirstSheet()
          : sheets.stream().filter(s -> s.getName().equals(wanted)).findFirst().orElseThrow(() -> BadInput.of(file
              + ": expected a sheet named " + wanted + " (one of " + String.join(", ", sheets.stream().map(Sheet::getName).toList()) + ")"));
      try (Stream<Row> rows = sheet.openStream()) {
        return rows(file, sheet.getName(), rows.iterator(), required, optional, progress);
      }
    } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw BadInput.of(file + ": expected an Excel workbook (.xlsx) that opens, got " + e.getMessage());
    }
  }

  /** The names of a workbook's sheets, in order. */
  static List<String> sheets(Path workbook) throws BadInput {
    String file = workbook.toString();
    checkIsWorkbook(file);
    try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
      return List.ofAll(book.getSheets().map(Sheet::getName).toList());
    } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw BadInput.of(file + ": expected an Excel workbook (.xlsx) that opens, got " + e.getMessage());
    }
  }

  /** Refuses a file that is not a readable .xlsx, naming an old .xls as such. */
  private static void checkIsWorkbook(String file) throws BadInput {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      byte[] start = in.readNBytes(8);
      if (ReadableWorkbook.isOLE2Header(start)) {
        throw BadInput.of(file + ": expected an Excel workbook (.xlsx), got an Excel 97-2003 workbook (.xls): save it as .xlsx");
      }
      if (!ReadableWorkbook.isOOXMLZipHeader(start)) {
        throw BadInput.of(file + ": expected an Excel workbook (.xlsx), got a file that is not one");
      }
    } catch (NoSuchFileException e) {
      throw BadInput.of(file + ": expected a readable file, got none at that path");
    } catch (IOException e) {
      throw BadInput.of(file + ": expected a readable file, got " + e.getMessage());
    }
  }

  private static List<CsvFile.Row> rows(String file, String sheet, java.util.Iterator<Row> rows, Set<String> required,
      Set<String> optional, boolean progress) throws BadInput {
    String at = file + "!" + sheet + "!";
    if (!rows.hasNext()) {
      throw BadInput.of(at + "A1: expected a header row with the columns " + List.ofAll(required).sorted().mkString(", ") + ", got an empty sheet");
    }
    Row first = rows.next();
    java.util.List<String> problems = new ArrayList<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Cell c : first) {
      if (c == null || c.getType() == CellType.EMPTY || Checks.isBlank(text(c))) {
        continue;
      }
      String name = Checks.strip(text(c));
      Integer earlier = columns.putIfAbsent(name, c.getColumnIndex());
      if (earlier != null) {
        problems.add(at + c.getAddress() + ": expected a header row of distinct column names, got " + name + " again (first in "
            + org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(earlier) + first.getRowNum() + ")");
      }
    }
    if (first.getRowNum() != 1) {
      problems.add(at + "A1: expected the header in row 1, got it in row " + first.getRowNum());
    }
    required.stream().filter(c -> !columns.containsKey(c)).sorted()
        .forEach(c -> problems.add(at + "A1:" + c + ": expected a column named " + c + " in the header, got none"));
    columns.forEach((c, i) -> {
      if (!required.contains(c) && !optional.contains(c)) {
        problems.add(at + org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(i) + "1:" + c + ": expected one of the columns "
            + String.join(", ", List.ofAll(required).appendAll(optional).sorted()) + ", got an unknown column");
      }
    });
    BadInput.throwIfAny(problems);
    Map<Integer, String> byIndex = new java.util.HashMap<>();
    columns.forEach((c, i) -> byIndex.put(i, c));
    java.util.List<CsvFile.Row> result = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      Map<String, String> values = new LinkedHashMap<>();
      for (Cell c : r) {
        if (c == null || c.getType() == CellType.EMPTY) {
          continue;
        }
        String column = byIndex.get(c.getColumnIndex());
        String place = at + c.getAddress() + (column == null ? "" : ":" + column);
        if (c.getType() == CellType.ERROR) {
          problems.add(place + ": expected a value, got the spreadsheet error " + c.getRawValue());
          continue;
        }
        if (c.getType() == CellType.FORMULA && c.getRawValue() == null) {
          problems.add(place + ": expected a value, got the formula =" + c.getFormula()
              + " with no saved result (open the workbook in a spreadsheet and save it)");
          continue;
        }
        String value = text(c);
        if (Checks.isBlank(value)) {
          continue;
        }
        if (column == null) {
          problems.add(place + ": expected nothing outside the columns the header names, got \"" + Checks.abbreviated(value) + "\"");
        } else if (value.length() > CsvFile.MAX_FIELD_CHARS) {
          problems.add(place + ": expected at most " + String.format(Locale.UK, "%,d", CsvFile.MAX_FIELD_CHARS) + " characters, got "
              + String.format(Locale.UK, "%,d", value.length()));
        } else {
          values.put(column, Checks.strip(value));
        }
      }
      if (!values.isEmpty()) {
        result.add(new CsvFile.Row(file, r.getRowNum(), values, sheet, columns));
        if (progress && result.size() % PROGRESS_EVERY == 0) {
          System.err.print("\rreading " + file + ": " + String.format(Locale.UK, "%,d", result.size()) + " rows");
        }
      }
    }
    if (progress && result.size() >= PROGRESS_EVERY) {
      System.err.println();
    }
    BadInput.throwIfAny(problems);
    if (result.isEmpty()) {
      throw BadInput.of(at + "A2: expected at least one row after the header, got none");
    }
    return List.ofAll(result);
  }

  /** A cell as the text a CSV file would hold: exact decimals, ISO dates, true/false. */
  private static String text(Cell c) {
    String raw = c.getRawValue();
    return switch (c.getType()) {
      case NUMBER -> isDate(c) ? c.asDate().toLocalDate().toString() : new BigDecimal(raw).toPlainString();
      case BOOLEAN -> "1".equals(raw) ? "true" : "false";
      case FORMULA -> raw;
      default -> raw == null ? "" : c.getText();
    };
  }

  private static boolean isDate(Cell c) {
    Integer id = c.getDataFormatId();
    if (id != null && DATE_FORMATS.contains(id)) {
      return true;
    }
    String format = c.getDataFormatString();
    if (format == null) {
      return false;
    }
    // Quoted text and [colour]/[$-locale] sections say nothing about dates.
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return bare.contains("d") || bare.contains("y");
  }
}
