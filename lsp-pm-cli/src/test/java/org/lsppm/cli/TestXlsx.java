package org.lsppm.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written part by part, so a test can make one damaged exactly as it needs: a shared
 * string that is not in the table, a part that is missing, a cell of a type Excel never writes.
 */
final class TestXlsx {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final java.util.List<String> sheets = new java.util.ArrayList<>();
  private String workbookPr = "";

  private TestXlsx() {
    parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
  }

  static TestXlsx book() {
    return new TestXlsx();
  }

  /** A workbook of one sheet, Data, holding {@code rows} (each a {@code <row>} element's cells). */
  static byte[] of(String... rows) {
    return book().sheet("Data", rows).bytes();
  }

  /** Adds a sheet whose rows are {@code rows}: each the cells of one row, numbered from 1. */
  TestXlsx sheet(String name, String... rows) {
    StringBuilder xml = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      xml.append("<row r=\"").append(i + 1).append("\">").append(rows[i]).append("</row>");
    }
    return sheetXml(name, xml.toString());
  }

  /** Adds a sheet whose {@code sheetData} holds exactly {@code sheetData}. */
  TestXlsx sheetXml(String name, String sheetData) {
    sheets.add(name);
    return part("xl/worksheets/sheet" + sheets.size() + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
  }

  /** The shared strings, in order. */
  TestXlsx strings(String... strings) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
    for (String s : strings) {
      xml.append("<si><t>").append(s).append("</t></si>");
    }
    return part("xl/sharedStrings.xml", xml.append("</sst>").toString());
  }

  /** Cell styles: style i shows number format {@code formats[i]} (a built-in id, or a code given as {@code 164=code}). */
  TestXlsx styles(String... formats) {
    StringBuilder custom = new StringBuilder();
    StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\"/>");
    for (String f : formats) {
      String[] idAndCode = f.split("=", 2);
      if (idAndCode.length == 2) {
        custom.append("<numFmt numFmtId=\"").append(idAndCode[0]).append("\" formatCode=\"").append(idAndCode[1]).append("\"/>");
      }
      xfs.append("<xf numFmtId=\"").append(idAndCode[0]).append("\" applyNumberFormat=\"1\"/>");
    }
    return part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\"><numFmts>" + custom
        + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + xfs + "</cellXfs></styleSheet>");
  }

  /** The workbook counts dates from 1904, as Excel for the Mac once did. */
  TestXlsx date1904() {
    workbookPr = "<workbookPr date1904=\"1\"/>";
    return this;
  }

  TestXlsx part(String name, String xml) {
    return part(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  TestXlsx part(String name, byte[] bytes) {
    parts.put(name, bytes);
    return this;
  }

  TestXlsx without(String name) {
    parts.remove(name);
    return this;
  }

  /** The workbook's bytes, with its workbook part and relationships made from its sheets. */
  byte[] bytes() {
    Map<String, byte[]> all = new LinkedHashMap<>(parts);
    StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
        + REL + "\">" + workbookPr + "<sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); i++) {
      workbook.append("<sheet name=\"").append(sheets.get(i)).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
          .append(i + 1).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL).append("/worksheet\" Target=\"worksheets/sheet")
          .append(i + 1).append(".xml\"/>");
    }
    all.putIfAbsent("xl/workbook.xml", workbook.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
    all.putIfAbsent("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
    all.keySet().removeIf(k -> all.get(k) == null);
    return zip(all);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A cell of inline text. */
  static String text(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A number cell, with style {@code s} where not 0. */
  static String number(String ref, String value, int s) {
    return "<c r=\"" + ref + "\"" + (s == 0 ? "" : " s=\"" + s + "\"") + "><v>" + value + "</v></c>";
  }

  static String number(String ref, String value) {
    return number(ref, value, 0);
  }

  /** A cell of any type and inner XML, as a damaged or unusual workbook holds it. */
  static String cell(String ref, String type, String inner) {
    return "<c r=\"" + ref + "\"" + (type == null ? "" : " t=\"" + type + "\"") + ">" + inner + "</c>";
  }

  /** The header row of a measurements sheet: indicator, polarity, period, status, target, outturn in A to F. */
  static String measurementsHeader() {
    return text("A1", "indicator") + text("B1", "polarity") + text("C1", "period") + text("D1", "status") + text("E1", "target")
        + text("F1", "outturn");
  }

  /** Row 2 of a measurements sheet: NI 16, lower is better, 2008/09, final, target 21.5, and {@code outturn} as F2. */
  static String measurementsRow(String outturn) {
    return text("A2", "NI 16") + text("B2", "lower") + text("C2", "2008/09") + text("D2", "final") + number("E2", "21.5") + outturn;
  }
}
