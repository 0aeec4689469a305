package org.lsppm.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lsppm.core.Problem;

/**
 * A CSV input file: UTF-8 with or without a byte-order mark, comma-separated, quoted fields
 * allowed, a header row naming the columns. Rows are numbered as a spreadsheet shows them: the
 * header is row 1.
 */
final class CsvFile {
  private static final int PROGRESS_EVERY = 100_000;
  /** The longest value a cell may hold, in characters. */
  static final int MAX_FIELD_CHARS = 100_000;

  private CsvFile() {}

  /**
   * One data row, of a CSV file or of a sheet of a workbook.
   *
   * @param file the file's name as given
   * @param row the row number as a spreadsheet shows it (the header is row 1 of a CSV file)
   * @param values non-blank values by column
   * @param sheet the sheet's name, for a row of a workbook; null for CSV
   * @param columns each column's index (0 for A) in the sheet; empty for CSV
   */
  record Row(String file, long row, Map<String, String> values, String sheet, Map<String, Integer> columns) {
    /** A row of a CSV file. */
    Row(String file, long row, Map<String, String> values) {
      this(file, row, values, null, Map.of());
    }

    /** The value of {@code column}, or null when blank or absent. */
    String get(String column) {
      return values.get(column);
    }

    /** A problem of {@code column} of this row (of the row as a whole when {@code column} is empty). */
    InputProblem problem(String column, String detail) {
      return sheet == null ? InputProblem.inRow(file, row, column, detail)
          : new InputProblem(file, sheet, row, cell(column), column, detail);
    }

    /** The cell of {@code column} in this row of a sheet: {@code J3}; column A for the row as a whole. */
    private String cell(String column) {
      return XlsxFile.column(columns.getOrDefault(column, 0)) + row;
    }

    /**
     * A core problem placed in {@code column} of this row: its field, under the column, is the
     * column named. With no column, the field names it ({@code target.lower} is in {@code target}).
     */
    InputProblem locate(Problem p, String column) {
      Problem placed = p.at(column);
      String field = placed.field().isEmpty() ? "value" : placed.field();
      if (sheet == null) {
        return InputProblem.inRow(file, row, field, InputProblem.detail(placed));
      }
      String named = column.isEmpty() ? field.split("[.\\[]", 2)[0] : column;
      return new InputProblem(file, sheet, row, cell(named), field, InputProblem.detail(placed));
    }

    /** Every problem of {@code v}, located in {@code column} of this row. */
    List<InputProblem> problems(Validation<Seq<Problem>, ?> v, String column) {
      return v.isValid() ? List.empty() : List.ofAll(v.getError()).map(p -> locate(p, column));
    }
  }

  /**
   * Reads every row, checking the header has the {@code required} columns and no column outside
   * {@code required} and {@code optional}.
   */
  static List<Row> read(Path path, Set<String> required, Set<String> optional, boolean progress) throws BadInput {
    try (Rows rows = open(path, required, optional, progress)) {
      java.util.List<Row> all = new ArrayList<>();
      rows.forEachRemaining(all::add);
      rows.finish();
      return List.ofAll(all);
    }
  }

  /**
   * The rows of a CSV file or a sheet, one at a time, so a large file is never held whole: the
   * header is checked at once; problems of the file's shape found on the way are kept, and
   * {@link Rows#finish()} reports them.
   */
  static Rows open(Path path, Set<String> required, Set<String> optional, boolean progress) throws BadInput {
    if (XlsxFile.isWorkbook(path)) {
      return new Rows(path.toString(), XlsxFile.open(path, required, optional), null, null, List.empty(), progress);
    }
    String name = path.toString();
    Reader in = null;
    try {
      in = open(path, name);
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(false).setAllowMissingColumnNames(false)
          .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).get();
      CSVParser parser;
      try {
        parser = CSVParser.parse(in, format);
      } catch (IllegalArgumentException e) {
        throw BadInput.of(InputProblem.inRow(name, 1, "", "expected a header row of distinct column names ("
            + List.ofAll(required).sorted().mkString(", ") + " and the optional ones), got " + headerProblem(String.valueOf(e.getMessage()))));
      }
      java.util.List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw BadInput.of(InputProblem.inRow(name, 1, "", "expected a header row with the columns "
            + List.ofAll(required).sorted().mkString(", ") + ", got an empty file"));
      }
      java.util.List<InputProblem> problems = new ArrayList<>();
      required.stream().filter(c -> !header.contains(c)).sorted()
          .forEach(c -> problems.add(InputProblem.inRow(name, 1, c, "expected a column named " + c + " in the header, got none")));
      header.stream().filter(c -> !required.contains(c) && !optional.contains(c))
          .forEach(c -> problems.add(InputProblem.inRow(name, 1, c, "expected one of the columns "
              + String.join(", ", List.ofAll(required).appendAll(optional).sorted()) + ", got an unknown column")));
      BadInput.throwIfAny(problems);
      Rows rows = new Rows(name, null, parser, in, List.ofAll(header), progress);
      in = null;
      return rows;
    } catch (BoundedReader.RowTooLong e) {
      throw BadInput.of(tooLong(name, e));
    } catch (CharacterCodingException e) {
      throw BadInput.inFile(name, "expected UTF-8 text, got bytes that are not UTF-8");
    } catch (IOException e) {
      throw BadInput.of(FileProblems.unreadable(name, e));
    } finally {
      closeQuietly(in);
    }
  }

  /** What commons-csv found wrong with a header, in lsp-pm's words rather than its own. */
  private static String headerProblem(String message) {
    java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("duplicate name: \"(.*?)\" in").matcher(message);
    if (duplicate.find()) {
      return "\"" + org.lsppm.core.Checks.abbreviated(duplicate.group(1)) + "\" twice";
    }
    if (message.contains("header name is missing")) {
      return "a column with no name (an empty cell in the header row)";
    }
    return "a header that cannot be read";
  }

  private static void closeQuietly(Reader in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Nothing was read from it that matters.
      }
    }
  }

  /** The rows of one input, read as they are asked for. */
  static final class Rows extends LookAhead<Row> implements AutoCloseable {
    private final String name;
    private final XlsxSheet sheet;
    private final java.util.Iterator<CSVRecord> records;
    private final Reader in;
    private final List<String> header;
    private final boolean progress;
    private final java.util.List<InputProblem> problems = new ArrayList<>();
    private long row = 1;
    private long count;

    private Rows(String name, XlsxSheet sheet, CSVParser parser, Reader in, List<String> header, boolean progress) {
      this.name = name;
      this.sheet = sheet;
      this.records = parser == null ? null : parser.iterator();
      this.in = in;
      this.header = header;
      this.progress = progress;
    }

    @Override
    protected Row fetch() {
      Row next = sheet != null ? (sheet.hasNext() ? sheet.next() : null) : read();
      if (next != null) {
        count++;
        if (progress && count % PROGRESS_EVERY == 0) {
          System.err.print("\rreading " + name + ": " + String.format(java.util.Locale.UK, "%,d", count) + " rows");
        }
      }
      return next;
    }

    /**
     * The next data row of the CSV file: rows as a spreadsheet numbers them, so a blank line is a
     * (blank) row and a quoted field holding a line break is still one row.
     */
    private Row read() {
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          row++;
          if (record.size() == 1 && record.get(0).isEmpty()) {
            continue;
          }
          if (!record.isConsistent()) {
            problems.add(InputProblem.inRow(name, row, "", "expected " + header.size() + " fields, got " + record.size()));
            continue;
          }
          Map<String, String> values = new LinkedHashMap<>();
          for (String column : header) {
            // Blank and surrounding space as Checks counts them (a no-break space is blank); a
            // control character is kept, to be refused by name rather than trimmed away unseen.
            String value = record.get(column);
            if (value.length() > MAX_FIELD_CHARS) {
              problems.add(InputProblem.inRow(name, row, column, "expected at most "
                  + String.format(java.util.Locale.UK, "%,d", MAX_FIELD_CHARS) + " characters, got "
                  + String.format(java.util.Locale.UK, "%,d", value.length())));
            } else if (!org.lsppm.core.Checks.isBlank(value)) {
              values.put(column, org.lsppm.core.Checks.strip(value));
            }
          }
          return new Row(name, row, values);
        }
      } catch (UncheckedIOException e) {
        problems.add(e.getCause() instanceof BoundedReader.RowTooLong tooLong ? tooLong(name, tooLong)
            : InputProblem.inRow(name, row + 1, "", "expected well-formed CSV, got " + e.getCause().getMessage()));
      }
      return null;
    }

    /** After the last row: every problem of the file's shape, or none at all. */
    void finish() throws BadInput {
      close();
      if (progress && count >= PROGRESS_EVERY) {
        System.err.println();
      }
      BadInput.throwIfAny(sheet != null ? sheet.problems() : problems);
      if (count == 0) {
        String detail = "expected at least one row after the header, got none";
        throw BadInput.of(sheet != null ? sheet.firstRow(detail) : InputProblem.inRow(name, 2, "", detail));
      }
    }

    @Override
    public void close() {
      if (sheet != null) {
        sheet.close();
      }
      closeQuietly(in);
    }
  }

  private static InputProblem tooLong(String name, BoundedReader.RowTooLong e) {
    return InputProblem.inRow(name, e.row, "", "expected a row of at most "
        + String.format(java.util.Locale.UK, "%,d", BoundedReader.MAX_ROW_CHARS) + " characters, got more");
  }

  private static Reader open(Path path, String name) throws IOException, BadInput {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    java.io.BufferedInputStream bytes = new java.io.BufferedInputStream(Files.newInputStream(path));
    // UTF-16 (Excel's "Unicode text") decodes as UTF-8 with a NUL between letters: name it.
    bytes.mark(1024);
    byte[] start = bytes.readNBytes(1024);
    bytes.reset();
    boolean utf16 = start.length >= 2 && (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE || start[0] == (byte) 0xFE && start[1] == (byte) 0xFF);
    for (byte b : start) {
      utf16 |= b == 0;
    }
    if (utf16) {
      bytes.close();
      throw BadInput.inFile(name, "expected UTF-8 text, got UTF-16 text or binary bytes (in a spreadsheet, save as \"CSV UTF-8\")");
    }
    PushbackReader in = new PushbackReader(new BoundedReader(new BufferedReader(
        new java.io.InputStreamReader(bytes, decoder))), 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }
}
