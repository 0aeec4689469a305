package org.lsppm.cli;

import static org.lsppm.cli.TestXlsx.cell;
import static org.lsppm.cli.TestXlsx.measurementsHeader;
import static org.lsppm.cli.TestXlsx.measurementsRow;
import static org.lsppm.cli.TestXlsx.number;
import static org.lsppm.cli.TestXlsx.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lsppm.cli.MalformedInputTest.Case;

/**
 * Hostile and damaged workbooks, each refused at its cell or as a file with words a person
 * knows: cells the reader cannot read are never read as empty, numbers are bounded before they
 * are expanded, and nothing is library text.
 */
final class HostileWorkbooks {
  private HostileWorkbooks() {}

  private static final List<String> RATE = List.of("rate", "--measurements", "FILE");
  private static final String DAMAGED = " (the workbook is damaged: open it in a spreadsheet and save it again)";
  private static final String BOUNDS = "expected a number with at most 18 digits before the decimal point and 18 after it";

  private static Case book(String name, byte[] bytes, String... expected) {
    return new Case(name, "b.xlsx", bytes, RATE, List.of(expected));
  }

  /** A measurements sheet whose outturn cell F2 is {@code outturn}. */
  private static Case outturn(String name, String outturn, String... expected) {
    return book(name, TestXlsx.of(measurementsHeader(), measurementsRow(outturn)), expected);
  }

  private static Case styled(String name, String format, String cellC2, String... expected) {
    byte[] bytes = TestXlsx.book().styles(format).sheet("Data", measurementsHeader(),
        text("A2", "NI 16") + text("B2", "lower") + cellC2 + text("D2", "final") + number("E2", "21.5") + number("F2", "22.4"))
        .bytes();
    return book(name, bytes, expected);
  }

  static Stream<Case> cases() {
    return Stream.of(cells(), numbersAndDates(), files(), parts(), policies()).flatMap(s -> s);
  }

  /** Cells that cannot be read. */
  static Stream<Case> cells() {
    byte[] sharedTarget = TestXlsx.book().strings("NI 16").sheet("Data", measurementsHeader(),
        cell("A2", "s", "<v>0</v>") + text("B2", "lower") + text("C2", "2008/09") + text("D2", "final") + cell("E2", "s", "<v>999</v>")
            + number("F2", "1502")).bytes();
    byte[] sharedTitle = TestXlsx.book().strings("NI 16").sheet("Data", measurementsHeader() + text("G1", "title"),
        measurementsRow(number("F2", "22.4")) + cell("G2", "s", "<v>7</v>")).bytes();
    return Stream.of(
        book("a target whose shared string is past the table", sharedTarget,
            "b.xlsx!Data!E2:target: expected a text cell whose string is in the workbook's shared strings, got string 999 of 1" + DAMAGED),
        book("a title whose shared string is past the table", sharedTitle,
            "b.xlsx!Data!G2:title: expected a text cell whose string is in the workbook's shared strings, got string 7 of 1" + DAMAGED),
        outturn("a shared string with no table", cell("F2", "s", "<v>0</v>"),
            "b.xlsx!Data!F2:outturn: expected a text cell whose string is in the workbook's shared strings, got string 0 of 0" + DAMAGED),
        outturn("a negative shared string index", cell("F2", "s", "<v>-1</v>"),
            "b.xlsx!Data!F2:outturn: expected a text cell whose string is in the workbook's shared strings, got string -1 of 0" + DAMAGED),
        outturn("a shared string index in words", cell("F2", "s", "<v>abc</v>"),
            "b.xlsx!Data!F2:outturn: expected a text cell whose string is in the workbook's shared strings, got string abc of 0" + DAMAGED),
        outturn("a shared string index of twenty digits", cell("F2", "s", "<v>99999999999999999999</v>"),
            "b.xlsx!Data!F2:outturn: expected a text cell whose string is in the workbook's shared strings, got string 99999999999999999999 of 0"
                + DAMAGED),
        book("a shared string of 200,000 characters", TestXlsx.book().strings("x".repeat(200_000)).sheet("Data", measurementsHeader(),
                measurementsRow(cell("F2", "s", "<v>0</v>"))).bytes(),
            "b.xlsx!Data!F2:outturn: expected at most 100,000 characters, got 200,000"),
        outturn("an inline string of 200,000 characters", text("F2", "y".repeat(200_000)),
            "b.xlsx!Data!F2:outturn: expected at most 100,000 characters, got 200,000"),
        outturn("a value of 200,000 digits", number("F2", "9".repeat(200_000)),
            "b.xlsx!Data!F2:outturn: expected at most 100,000 characters, got 200,000"),
        outturn("a TRUE or FALSE cell holding 2", cell("F2", "b", "<v>2</v>"),
            "b.xlsx!Data!F2:outturn: expected a TRUE or FALSE cell to hold 1 or 0, got \"2\""),
        outturn("a TRUE cell as an outturn", cell("F2", "b", "<v>1</v>"),
            "b.xlsx!Data!F2:outturn: expected a number such as 12.5, got \"true\""),
        outturn("a spreadsheet error", cell("F2", "e", "<v>#DIV/0!</v>"),
            "b.xlsx!Data!F2:outturn: expected a value, got the spreadsheet error #DIV/0!"),
        outturn("a #N/A from a lookup", cell("F2", "e", "<f>VLOOKUP(A2,X!A:B,2,0)</f><v>#N/A</v>"),
            "b.xlsx!Data!F2:outturn: expected a value, got the spreadsheet error #N/A"),
        outturn("a cell of a type Excel never writes", cell("F2", "x", "<v>1</v>"),
            "b.xlsx!Data!F2:outturn: expected a cell of a type Excel writes, got the type \"x\""),
        outturn("a formula with no saved result", cell("F2", null, "<f>SUM(E2:E9)</f>"),
            "b.xlsx!Data!F2:outturn: expected a value, got the formula =SUM(E2:E9) with no saved result"),
        outturn("a text formula result that is not a number", cell("F2", "str", "<f>\"n/a\"</f><v>n/a</v>"),
            "b.xlsx!Data!F2:outturn: expected a number such as 12.5, got \"n/a\""),
        outturn("a date cell holding words", cell("F2", "d", "<v>yesterday</v>"),
            "b.xlsx!Data!F2:outturn: expected a date cell to hold a date such as 2009-03-31, got \"yesterday\""),
        outturn("a cell addressed in another row", cell("F9", null, "<v>1</v>"),
            "b.xlsx!Data!F2:outturn: expected a cell of row 2, got the address \"F9\"" + DAMAGED),
        outturn("a cell address that is no address", cell("9F", null, "<v>1</v>"),
            "b.xlsx!Data!F2:outturn: expected a cell of row 2, got the address \"9F\"" + DAMAGED),
        outturn("a cell beyond column XFD", cell("XFE2", null, "<v>1</v>"),
            "b.xlsx!Data!XFE2: expected a cell within Excel's columns A to XFD, got one beyond them"),
        book("a value outside the header's columns", TestXlsx.of(measurementsHeader(), measurementsRow(number("F2", "22.4"))
                + text("H2", "stray")),
            "b.xlsx!Data!H2: expected nothing outside the columns the header names, got \"stray\""),
        book("rows out of order", TestXlsx.book().sheetXml("Data", "<row r=\"1\">" + measurementsHeader() + "</row><row r=\"3\">"
                + measurementsRow(number("F2", "22.4")).replace("2\"", "3\"") + "</row><row r=\"2\">"
                + measurementsRow(number("F2", "x")) + "</row>").bytes(),
            "b.xlsx!Data!A2: expected rows in order, got row 2 after row 3" + DAMAGED,
            "b.xlsx!Data!F2:outturn: expected a number cell to hold a number, got \"x\""),
        book("the header in row 2", TestXlsx.book().sheetXml("Data", "<row r=\"2\">" + measurementsHeader().replace("1\"", "2\"")
                + "</row>").bytes(),
            "b.xlsx!Data!A1: expected the header in row 1, got it in row 2"),
        book("a header naming a column twice", TestXlsx.of(measurementsHeader() + text("G1", "outturn"), measurementsRow(number("F2", "1"))),
            "b.xlsx!Data!G1: expected a header row of distinct column names, got outturn again (first in F1)"),
        book("a header cell that cannot be read", TestXlsx.of(measurementsHeader() + cell("G1", "s", "<v>3</v>"),
                measurementsRow(number("F2", "1"))),
            "b.xlsx!Data!G1: expected a text cell whose string is in the workbook's shared strings, got string 3 of 0" + DAMAGED),
        book("an empty sheet", TestXlsx.of(),
            "b.xlsx!Data!A1: expected a header row with the columns indicator, period, polarity, status, got an empty sheet"),
        book("a header and no rows", TestXlsx.of(measurementsHeader()),
            "b.xlsx!Data!A2: expected at least one row after the header, got none"),
        book("three bad cells in three rows", TestXlsx.of(measurementsHeader(), measurementsRow(cell("F2", "e", "<v>#REF!</v>")),
                measurementsRow(number("F2", "abc")).replace("2\"", "3\""), measurementsRow(cell("F4", "s", "<v>5</v>")).replace("A2", "A4")
                    .replace("B2", "B4").replace("C2", "C4").replace("D2", "D4").replace("E2", "E4")),
            "b.xlsx!Data!F2:outturn: expected a value, got the spreadsheet error #REF!",
            "b.xlsx!Data!F3:outturn: expected a number cell to hold a number, got \"abc\"",
            "b.xlsx!Data!F4:outturn: expected a text cell whose string is in the workbook's shared strings, got string 5 of 0"));
  }

  /** Numbers past their bounds and date cells that are no date. */
  static Stream<Case> numbersAndDates() {
    String serial = ", which is no date a spreadsheet shows (a date cell holds 1 for 1900-01-01 up to 2958465 for 9999-12-31)";
    return Stream.of(
        outturn("a number cell of 1E+999999999", number("F2", "1E+999999999"), "b.xlsx!Data!F2:outturn: " + BOUNDS + ", got \"1E+999999999\""),
        outturn("a number cell of 1E+2147483647", number("F2", "1E+2147483647"), "b.xlsx!Data!F2:outturn: expected a number such as 12.5, got \"1E+2147483647\""),
        outturn("a number cell of 1E-2147483647", number("F2", "1E-2147483647"), "b.xlsx!Data!F2:outturn: expected a number such as 12.5, got \"1E-2147483647\""),
        outturn("a number cell of 1E+2147483648", number("F2", "1E+2147483648"), "b.xlsx!Data!F2:outturn: expected a number such as 12.5, got \"1E+2147483648\""),
        outturn("a number cell of nineteen digits", number("F2", "1234567890123456789"),
            "b.xlsx!Data!F2:outturn: " + BOUNDS + ", got \"1234567890123456789\""),
        outturn("a number cell holding words", number("F2", "abc"), "b.xlsx!Data!F2:outturn: expected a number cell to hold a number, got \"abc\""),
        outturn("a number cell holding NaN", number("F2", "NaN"), "b.xlsx!Data!F2:outturn: expected a number cell to hold a number, got \"NaN\""),
        outturn("a number cell holding a hex number", number("F2", "0x16"),
            "b.xlsx!Data!F2:outturn: expected a number cell to hold a number, got \"0x16\""),
        outturn("a number cell of seventy digits", number("F2", "1".repeat(70)),
            "b.xlsx!Data!F2:outturn: expected a number cell to hold a number, got \"" + "1".repeat(64) + "... (70 characters)\""),
        styled("a date cell holding serial -1", "14", number("C2", "-1", 1), "b.xlsx!Data!C2:period: expected a date, got the serial number -1" + serial),
        styled("a date cell holding serial 1E10", "14", number("C2", "1E10", 1),
            "b.xlsx!Data!C2:period: expected a date, got the serial number 1E10" + serial),
        styled("a date cell holding serial 1E+999999999", "14", number("C2", "1E+999999999", 1),
            "b.xlsx!Data!C2:period: expected a date, got the serial number 1E+999999999" + serial),
        styled("a date cell holding serial 0", "14", number("C2", "0", 1), "b.xlsx!Data!C2:period: expected a date, got the serial number 0" + serial),
        styled("a date cell holding Excel's 29 February 1900", "14", number("C2", "60", 1),
            "b.xlsx!Data!C2:period: expected a date, got the serial number 60" + serial),
        styled("a date in a custom format as a period", "164=dd/mm/yyyy", number("C2", "39539", 1),
            "b.xlsx!Data!C2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"2008-04-01\""),
        styled("a number with a days suffix is a number, not a date", "164=0.0\\ \\d\\a\\y\\s", number("C2", "21", 1),
            "b.xlsx!Data!C2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"21\""),
        styled("a number with a quoted word is a number", "164=0&quot; days&quot;", number("C2", "21", 1),
            "b.xlsx!Data!C2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"21\""),
        styled("a style that is not in the table", "0", number("C2", "21", 9),
            "b.xlsx!Data!C2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"21\""));
  }

  /** Files that are not workbooks, or not ones that open. */
  static Stream<Case> files() {
    byte[] good = TestXlsx.of(measurementsHeader(), measurementsRow(number("F2", "22.4")));
    byte[] ole = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole, 0, magic.length);
    byte[] encrypted = ole.clone();
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, encrypted, 1024, name.length);
    byte[] zipCrypto = good.clone();
    for (int i = 0; i + 8 < zipCrypto.length; i++) {
      // The general-purpose flag of every local and central header: bit 0, encrypted.
      if (zipCrypto[i] == 'P' && zipCrypto[i + 1] == 'K' && zipCrypto[i + 2] == 3 && zipCrypto[i + 3] == 4) {
        zipCrypto[i + 6] |= 1;
      } else if (zipCrypto[i] == 'P' && zipCrypto[i + 1] == 'K' && zipCrypto[i + 2] == 1 && zipCrypto[i + 3] == 2) {
        zipCrypto[i + 8] |= 1;
      }
    }
    return Stream.of(
        book("a zero-byte workbook", new byte[0], "b.xlsx: expected an Excel workbook (.xlsx), got an empty file"),
        book("a workbook of three bytes", new byte[] {'P', 'K', 3}, "b.xlsx: expected an Excel workbook (.xlsx), got a file that is not one"),
        book("CSV saved with an xlsx name", "indicator,polarity\n".getBytes(StandardCharsets.UTF_8),
            "b.xlsx: expected an Excel workbook (.xlsx), got a file that is not one"),
        book("an Excel 97-2003 workbook", ole, "b.xlsx: expected an Excel workbook (.xlsx), got an Excel 97-2003 workbook (.xls): save it as .xlsx"),
        book("a password-protected workbook", encrypted,
            "b.xlsx: expected an Excel workbook (.xlsx) without a password, got one protected with a password"),
        book("a workbook zipped with a password", zipCrypto,
            "b.xlsx: expected an Excel workbook (.xlsx) that opens, got a zip archive protected with a password"),
        book("a truncated workbook", java.util.Arrays.copyOf(good, good.length / 2),
            "b.xlsx: expected an Excel workbook (.xlsx) that opens, got a damaged zip archive"),
        book("a zip that is not a workbook", TestXlsx.zip(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))),
            "b.xlsx: expected an Excel workbook (.xlsx), got a zip archive without xl/workbook.xml"),
        book("a workbook with no sheets", TestXlsx.book().bytes(), "b.xlsx: expected a workbook with at least one sheet, got none"),
        new Case("a sheet that is not there", "b.xlsx", good, List.of("rate", "--measurements", "FILE!Outturns"),
            List.of("b.xlsx: expected a sheet named Outturns (one of Data)")));
  }

  /** Parts that are missing, too large or not XML a workbook holds. */
  static Stream<Case> parts() {
    String header = measurementsHeader();
    String row = measurementsRow(number("F2", "22.4"));
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><sst><si><t>&d;&d;&d;</t></si></sst>";
    String external = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst><si><t>&e;</t></si></sst>";
    return Stream.of(
        book("a sheet that is not well-formed XML", TestXlsx.book().sheetXml("Data", "<row r=\"1\">" + header + "</row><row r=\"2\"><c r=")
                .bytes(), "b.xlsx: expected an Excel workbook (.xlsx) whose xl/worksheets/sheet1.xml reads, got XML that is not well-formed"),
        book("a sheet that stops part-way through", TestXlsx.book().sheetXml("Data", "").part("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\">" + header + "</row><row r=\"2\">" + row).bytes(),
            "b.xlsx: expected an Excel workbook (.xlsx) whose xl/worksheets/sheet1.xml reads, got XML that is not well-formed"),
        book("shared strings that expand an entity a thousand-fold", TestXlsx.book().part("xl/sharedStrings.xml", laughs)
                .sheet("Data", header, row).bytes(),
            "b.xlsx: expected an Excel workbook (.xlsx) whose xl/sharedStrings.xml reads, got XML that is not well-formed"),
        book("shared strings that read a file of the machine", TestXlsx.book().part("xl/sharedStrings.xml", external)
                .sheet("Data", header, row).bytes(),
            "b.xlsx: expected an Excel workbook (.xlsx) whose xl/sharedStrings.xml reads, got XML that is not well-formed"),
        book("styles of 17 MB", TestXlsx.book().part("xl/styles.xml", "<styleSheet>" + " ".repeat(17 << 20) + "</styleSheet>")
                .sheet("Data", header, row).bytes(),
            "b.xlsx: expected xl/styles.xml of at most 16,777,216 bytes, got more (the workbook is damaged or not one Excel wrote)"),
        book("a workbook part that is not XML", TestXlsx.book().part("xl/workbook.xml", "not xml").bytes(),
            "b.xlsx: expected an Excel workbook (.xlsx) whose xl/workbook.xml reads, got XML that is not well-formed"),
        book("a sheet whose part is missing", TestXlsx.book().sheet("Data", header, row).without("xl/worksheets/sheet1.xml").bytes(),
            "b.xlsx: expected the sheet Data to be in the workbook, got no xl/worksheets/sheet1.xml" + DAMAGED),
        book("a sheet with no relationship", TestXlsx.book().sheet("Data", header, row).part("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>").bytes(),
            "b.xlsx: expected the sheet Data to be in the workbook, got no part for it" + DAMAGED),
        book("a sheet without a name", TestXlsx.book().part("xl/workbook.xml", "<workbook><sheets><sheet sheetId=\"1\"/></sheets></workbook>")
                .bytes(),
            "b.xlsx: expected an Excel workbook (.xlsx) whose xl/workbook.xml reads, got a sheet without a name or a part" + DAMAGED));
  }

  /** Policy workbooks: a tolerance of 15 is refused, not read as 1500%. */
  static Stream<Case> policies() {
    List<String> policy = List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--policy", "FILE");
    String fraction = "expected a fraction from 0 up to but not including 1, such as 0.15 for 15% (a tolerance of 15% is written 0.15)";
    return Stream.of(
        new Case("a policy workbook with a tolerance of 15", "policy.xlsx", TestXlsx.book().sheet("Policy",
                text("A1", "setting") + text("B1", "value"), text("A2", "tolerance") + number("B2", "15")).bytes(), policy,
            List.of("policy.xlsx!Policy!B2:value: tolerance: " + fraction + ", got \"15\"")),
        new Case("an override of 1.5 in a policy workbook", "policy.xlsx", TestXlsx.book()
                .sheet("Policy", text("A1", "setting") + text("B1", "value"), text("A2", "id") + text("B2", "p"))
                .sheet("Overrides", text("A1", "indicator") + text("B1", "tolerance"), text("A2", "NI 39") + number("B2", "1.5")).bytes(),
            policy, List.of("policy.xlsx!Overrides!B2:tolerance: expected a fraction from 0 up to but not including 1, such as 0.15 for 15%"
                + " (a tolerance of 1.5% is written 0.015), got")),
        new Case("a policy workbook with a damaged setting", "policy.xlsx", TestXlsx.book().sheet("Policy",
                text("A1", "setting") + text("B1", "value"), text("A2", "tolerance") + cell("B2", "s", "<v>4</v>")).bytes(), policy,
            List.of("policy.xlsx!Policy!B2:value: expected a text cell whose string is in the workbook's shared strings, got string 4 of 0"
                + DAMAGED)));
  }
}
