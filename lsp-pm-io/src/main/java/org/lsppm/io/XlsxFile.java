package org.lsppm.io;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.lsppm.core.Checks;

/**
 * A sheet of an Excel workbook ({@code .xlsx}) read as the CSV formats are: the first row names the
 * columns, each later row is a row of data. A path {@code book.xlsx!Sheet} names the sheet; a
 * path to the workbook alone means its first sheet. Numbers and dates may be real cells or text:
 * a number cell is read as the exact decimal Excel stored, a date cell as an ISO date, TRUE and
 * FALSE as true and false. Problems are located as {@code book.xlsx!Sheet!C7:column}.
 *
 * <p>The sheet is read row by row as it is asked for (see {@link XlsxSheet}), so memory stays
 * bounded whatever its length; the shared strings and every string are bounded as they are read.
 * A cell that cannot be read (a shared string that is not in the table, a date serial that is
 * no date) is a problem at its cell, never an empty cell.
 */
public final class XlsxFile {
  private static final Pattern SHEET = Pattern.compile("(?i)(.*\\.xlsx)!(.+)");

  private XlsxFile() {}

  /** Whether {@code path} names a workbook ({@code .xlsx}, optionally with {@code !Sheet}). */
  public static boolean isWorkbook(Path path) {
    String name = path.toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") || !Files.exists(path) && SHEET.matcher(name).matches();
  }

  /** The file {@code path} reads: the workbook of {@code book.xlsx!Sheet}, else {@code path} itself. */
  public static Path file(Path path) {
    Matcher m = SHEET.matcher(path.toString());
    return !Files.exists(path) && m.matches() ? Path.of(m.group(1)) : path;
  }

  /**
   * The rows of the sheet {@code path} names, read as they are asked for: the header is checked
   * at once; problems of cells are kept in {@link XlsxSheet#problems()}.
   */
  static XlsxSheet open(Path path, Set<String> required, Set<String> optional) throws BadInput {
    String file = file(path).toString();
    Matcher m = SHEET.matcher(path.toString());
    String wanted = file.equals(path.toString()) || !m.matches() ? null : m.group(2);
    XlsxParts book = XlsxParts.open(file);
    boolean handed = false;
    try {
      java.util.List<XlsxParts.SheetEntry> all = book.sheets();
      XlsxParts.SheetEntry sheet = wanted == null ? all.get(0)
          : all.stream().filter(s -> s.name().equals(wanted)).findFirst().orElseThrow(() -> BadInput.inFile(file,
              "expected a sheet named " + wanted + " (one of " + String.join(", ", all.stream()
                  .map(XlsxParts.SheetEntry::name).toList()) + ")"));
      XlsxSheet rows = new XlsxSheet(book, sheet, required, optional);
      handed = true;
      return rows;
    } finally {
      if (!handed) {
        book.close();
      }
    }
  }

  /** The names of a workbook's sheets, in order. */
  static List<String> sheets(Path workbook) throws BadInput {
    try (XlsxParts book = XlsxParts.open(workbook.toString())) {
      return List.ofAll(book.sheets()).map(XlsxParts.SheetEntry::name);
    }
  }

  /**
   * The parts of a workbook that every sheet needs: the sheets' names and places, the shared
   * strings (bounded) and which cell styles are dates. Closing it closes the file.
   */
  static final class XlsxParts implements AutoCloseable {
    /** The largest workbook part other than a sheet or the shared strings, uncompressed. */
    private static final long MAX_PART_BYTES = 16L << 20;
    /** The most characters all shared strings together may hold. */
    static final long MAX_SHARED_CHARS = 64L << 20;
    /** The most shared strings a workbook may hold. */
    static final int MAX_SHARED_STRINGS = 4_000_000;

    /** A sheet: its name and the zip entry that holds it. */
    record SheetEntry(String name, String entry) {}

    final String file;
    private final ZipFile zip;
    private final java.util.List<SheetEntry> sheets;
    final XlsxXml.SharedStrings strings;
    final XlsxXml.Styles styles;
    final boolean date1904;

    private XlsxParts(String file, ZipFile zip, java.util.List<SheetEntry> sheets, XlsxXml.SharedStrings strings,
        XlsxXml.Styles styles, boolean date1904) {
      this.file = file;
      this.zip = zip;
      this.sheets = sheets;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    java.util.List<SheetEntry> sheets() {
      return sheets;
    }

    static XlsxParts open(String file) throws BadInput {
      checkIsWorkbook(file);
      ZipFile zip;
      try {
        zip = new ZipFile(file);
      } catch (ZipException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        throw BadInput.inFile(file, "expected an Excel workbook (.xlsx) that opens, got " + (m.contains("encrypt")
            ? "a zip archive protected with a password (remove the password and save the workbook again)"
            : "a damaged zip archive (open it in a spreadsheet and save it again)"));
      } catch (IOException e) {
        throw BadInput.of(FileProblems.unreadable(file, e));
      }
      try {
        XlsxParts parts = read(file, zip);
        zip = null;
        return parts;
      } finally {
        if (zip != null) {
          closeQuietly(zip);
        }
      }
    }

    private static XlsxParts read(String file, ZipFile zip) throws BadInput {
      String workbookPart = "xl/workbook.xml";
      Map<String, String> rels = new java.util.HashMap<>();
      Map<String, String> relTypes = new java.util.HashMap<>();
      try (InputStream in = part(file, zip, "xl/_rels/workbook.xml.rels", MAX_PART_BYTES, false)) {
        if (in != null) {
          XlsxXml.relationships(in, rels, relTypes);
        }
      } catch (XMLStreamException | IOException e) {
        throw damaged(file, "xl/_rels/workbook.xml.rels", e);
      }
      XlsxXml.WorkbookInfo info;
      try (InputStream in = part(file, zip, workbookPart, MAX_PART_BYTES, true)) {
        info = XlsxXml.workbook(in);
      } catch (XMLStreamException | IOException | XlsxXml.Damaged e) {
        throw damaged(file, workbookPart, e);
      }
      if (info.sheets().isEmpty()) {
        throw BadInput.inFile(file, "expected a workbook with at least one sheet, got none");
      }
      java.util.List<SheetEntry> sheets = new ArrayList<>();
      for (String[] s : info.sheets()) {
        String target = rels.get(s[1]);
        if (target == null) {
          throw BadInput.inFile(file, "expected the sheet " + s[0] + " to be in the workbook, got no part for it"
              + " (the workbook is damaged: open it in a spreadsheet and save it again)");
        }
        sheets.add(new SheetEntry(s[0], entryName(target)));
      }
      String stringsPart = relTypes.entrySet().stream().filter(e -> e.getValue().endsWith("/sharedStrings")).map(Map.Entry::getKey)
          .map(rels::get).map(XlsxParts::entryName).findFirst().orElse("xl/sharedStrings.xml");
      String stylesPart = relTypes.entrySet().stream().filter(e -> e.getValue().endsWith("/styles")).map(Map.Entry::getKey)
          .map(rels::get).map(XlsxParts::entryName).findFirst().orElse("xl/styles.xml");
      XlsxXml.SharedStrings strings;
      try (InputStream in = part(file, zip, stringsPart, Long.MAX_VALUE, false)) {
        strings = in == null ? XlsxXml.SharedStrings.NONE
            : XlsxXml.sharedStrings(in, CsvFile.MAX_FIELD_CHARS, MAX_SHARED_CHARS, MAX_SHARED_STRINGS);
      } catch (XlsxXml.TooLarge e) {
        throw BadInput.inFile(file, "expected shared strings of at most " + String.format(Locale.UK, "%,d", MAX_SHARED_STRINGS)
            + " strings and " + String.format(Locale.UK, "%,d", MAX_SHARED_CHARS) + " characters in all, got more"
            + " (save the sheet as CSV UTF-8 to read a workbook this large)");
      } catch (XMLStreamException | IOException e) {
        throw damaged(file, stringsPart, e);
      }
      XlsxXml.Styles styles;
      try (InputStream in = part(file, zip, stylesPart, MAX_PART_BYTES, false)) {
        styles = in == null ? XlsxXml.Styles.NONE : XlsxXml.styles(in);
      } catch (XMLStreamException | IOException e) {
        throw damaged(file, stylesPart, e);
      }
      return new XlsxParts(file, zip, List.ofAll(sheets).toJavaList(), strings, styles, info.date1904());
    }

    /** A part's entry name from a relationship's target, relative to {@code xl/} unless absolute. */
    private static String entryName(String target) {
      String t = target.startsWith("/") ? target.substring(1) : "xl/" + target;
      return Path.of(t).normalize().toString().replace('\\', '/');
    }

    /** The part {@code name}, at most {@code limit} bytes once inflated; null when absent and not required. */
    static InputStream part(String file, ZipFile zip, String name, long limit, boolean required) throws BadInput, IOException {
      java.util.zip.ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        if (required) {
          throw BadInput.inFile(file, "expected an Excel workbook (.xlsx), got a zip archive without " + name);
        }
        return null;
      }
      return new XlsxXml.Bounded(zip.getInputStream(entry), limit);
    }

    InputStream sheet(SheetEntry sheet) throws BadInput, IOException {
      InputStream in = part(file, zip, sheet.entry(), Long.MAX_VALUE, false);
      if (in == null) {
        throw BadInput.inFile(file, "expected the sheet " + sheet.name() + " to be in the workbook, got no " + sheet.entry()
            + " (the workbook is damaged: open it in a spreadsheet and save it again)");
      }
      return in;
    }

    static BadInput damaged(String file, String part, Exception e) {
      if (XlsxXml.Bounded.exceeded(e)) {
        return BadInput.inFile(file, "expected " + part + " of at most " + String.format(Locale.UK, "%,d", MAX_PART_BYTES)
            + " bytes, got more (the workbook is damaged or not one Excel wrote)");
      }
      if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
        return BadInput.inFile(file, "expected an Excel workbook (.xlsx) that opens, got a damaged zip archive"
            + " (open it in a spreadsheet and save it again)");
      }
      String where = e instanceof XMLStreamException x && x.getLocation() != null
          ? " at line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber() : "";
      String what = e instanceof XlsxXml.Damaged d ? d.getMessage() : "XML that is not well-formed" + where;
      return BadInput.inFile(file, "expected an Excel workbook (.xlsx) whose " + part + " reads, got " + what
          + " (the workbook is damaged: open it in a spreadsheet and save it again)");
    }

    @Override
    public void close() {
      closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
      try {
        zip.close();
      } catch (IOException e) {
        // Nothing was written to it.
      }
    }
  }

  /** Refuses a file that is not a readable .xlsx: an empty file, an old .xls or an encrypted workbook by name. */
  private static void checkIsWorkbook(String file) throws BadInput {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      byte[] start = in.readNBytes(8);
      if (start.length == 0) {
        throw BadInput.inFile(file, "expected an Excel workbook (.xlsx), got an empty file");
      }
      if (isOle2(start)) {
        throw BadInput.inFile(file, encrypted(in)
            ? "expected an Excel workbook (.xlsx) without a password, got one protected with a password"
                + " (open it in a spreadsheet, remove the password and save it again)"
            : "expected an Excel workbook (.xlsx), got an Excel 97-2003 workbook (.xls): save it as .xlsx");
      }
      if (start.length < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4) {
        throw BadInput.inFile(file, "expected an Excel workbook (.xlsx), got a file that is not one");
      }
    } catch (IOException e) {
      throw BadInput.of(FileProblems.unreadable(file, e));
    }
  }

  private static boolean isOle2(byte[] start) {
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (start.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((start[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an OLE2 file holds an encrypted Office document: Excel keeps a password-protected
   * .xlsx in an OLE2 container with a stream named {@code EncryptedPackage} (found by its name in
   * UTF-16LE, within the first 64 MB).
   */
  private static boolean encrypted(InputStream in) throws IOException {
    byte[] name = "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] buffer = new byte[1 << 16];
    int carry = 0;
    long read = 0;
    int n;
    while (read < (64L << 20) && (n = in.read(buffer, carry, buffer.length - carry)) > 0) {
      int end = carry + n;
      read += n;
      for (int i = 0; i + name.length <= end; i++) {
        if (java.util.Arrays.equals(buffer, i, i + name.length, name, 0, name.length)) {
          return true;
        }
      }
      carry = Math.min(name.length - 1, end);
      System.arraycopy(buffer, end - carry, buffer, 0, carry);
    }
    return false;
  }

  /** A cell's column letters from its index: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  /** A date cell's serial number as a date, or null when it is no date Excel can show. */
  static java.time.LocalDate date(BigDecimal serial, boolean date1904) {
    if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
      return null;
    }
    long day = serial.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    if (date1904) {
      return java.time.LocalDate.of(1904, 1, 1).plusDays(day);
    }
    if (day == 0 || day == 60) {
      return null; // 1900-01-00 and Excel's 1900-02-29, which did not exist
    }
    return java.time.LocalDate.of(1899, 12, day < 60 ? 31 : 30).plusDays(day);
  }

  /**
   * The columns a sheet's header row names, by name, each with its index; refused with every
   * problem (a cell that cannot be read, a name twice, a required column missing, an unknown one,
   * a header below row 1) placed in its cell of {@code sheet} of {@code file}.
   */
  static Map<String, Integer> header(String file, String sheet, java.util.List<XlsxXml.Cell> first, long rowNumber, Set<String> required,
      Set<String> optional) throws BadInput {
    java.util.List<InputProblem> problems = new ArrayList<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (XlsxXml.Cell c : first) {
      if (c.problem() != null) {
        problems.add(InputProblem.inCell(file, sheet, c.address(), "", c.problem()));
        continue;
      }
      if (Checks.isBlank(c.text())) {
        continue;
      }
      String name = Checks.strip(c.text());
      Integer earlier = columns.putIfAbsent(name, c.column());
      if (earlier != null) {
        problems.add(InputProblem.inCell(file, sheet, c.address(), "", "expected a header row of distinct column names, got " + name
            + " again (first in " + column(earlier) + rowNumber + ")"));
      }
    }
    if (rowNumber != 1) {
      problems.add(InputProblem.inCell(file, sheet, "A1", "", "expected the header in row 1, got it in row " + rowNumber));
    }
    required.stream().filter(c -> !columns.containsKey(c)).sorted()
        .forEach(c -> problems.add(InputProblem.inCell(file, sheet, "A1", c, "expected a column named " + c + " in the header, got none")));
    columns.forEach((c, i) -> {
      if (!required.contains(c) && !optional.contains(c)) {
        problems.add(InputProblem.inCell(file, sheet, column(i) + "1", Checks.abbreviated(c), "expected one of the columns "
            + String.join(", ", List.ofAll(required).appendAll(optional).sorted()) + ", got an unknown column"));
      }
    });
    BadInput.throwIfAny(problems);
    return columns;
  }
}
