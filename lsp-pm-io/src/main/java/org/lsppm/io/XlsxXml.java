package org.lsppm.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML of a workbook's parts, read with the JDK's streaming parser: no DTDs or external
 * entities, text delivered in pieces and bounded as it is read, so no part, string or cell can
 * make the reader hold more than its bound.
 */
final class XlsxXml {
  private static final XMLInputFactory FACTORY = factory();
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** Excel's built-in date and date-time formats. */
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

  private XlsxXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    return f;
  }

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  /** A part that is not what a workbook holds, said in words. */
  static final class Damaged extends Exception {
    private static final long serialVersionUID = 1L;

    Damaged(String message) {
      super(message, null, false, false);
    }
  }

  /** Shared strings past their bound. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** An inflated part read no further than its bound, so a small zip cannot expand without end. */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    /** The part is larger than its bound. */
    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;
    }

    /** Whether {@code e}, or what it wraps (the XML parser wraps what it reads through), is a part past its bound. */
    static boolean exceeded(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
          : t instanceof XMLStreamException x ? x.getNestedException() : null) {
        if (t instanceof Exceeded) {
          return true;
        }
      }
      return false;
    }

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++read > limit) {
        throw new Exceeded();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (read += n) > limit) {
        throw new Exceeded();
      }
      return n;
    }
  }

  /** The workbook's relationships: each id's target and type. */
  static void relationships(InputStream in, Map<String, String> targets, Map<String, String> types) throws XMLStreamException {
    XMLStreamReader r = reader(in);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
          String id = r.getAttributeValue(null, "Id");
          String target = r.getAttributeValue(null, "Target");
          if (id != null && target != null) {
            targets.put(id, target);
            types.put(id, String.valueOf(r.getAttributeValue(null, "Type")));
          }
        }
      }
    } finally {
      r.close();
    }
  }

  /** What the workbook part says: its sheets (name and relationship id) and its date system. */
  record WorkbookInfo(java.util.List<String[]> sheets, boolean date1904) {}

  static WorkbookInfo workbook(InputStream in) throws XMLStreamException, Damaged {
    XMLStreamReader r = reader(in);
    java.util.List<String[]> sheets = new ArrayList<>();
    boolean date1904 = false;
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.getLocalName().equals("sheet")) {
          String name = r.getAttributeValue(null, "name");
          String id = r.getAttributeValue(RELATIONSHIPS, "id");
          if (name == null || id == null) {
            throw new Damaged("a sheet without a name or a part");
          }
          sheets.add(new String[] {name, id});
        } else if (r.getLocalName().equals("workbookPr")) {
          String flag = r.getAttributeValue(null, "date1904");
          date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
        }
      }
    } finally {
      r.close();
    }
    return new WorkbookInfo(sheets, date1904);
  }

  /** Which cell styles show a date. */
  static final class Styles {
    static final Styles NONE = new Styles(new boolean[0]);
    private final boolean[] dates;

    private Styles(boolean[] dates) {
      this.dates = dates;
    }

    /** Whether the cell style numbered {@code s} shows a date; false for a style that is not there. */
    boolean isDate(int s) {
      return s >= 0 && s < dates.length && dates[s];
    }
  }

  static Styles styles(InputStream in) throws XMLStreamException {
    XMLStreamReader r = reader(in);
    Map<Integer, String> formats = new HashMap<>();
    java.util.List<Integer> xfs = new ArrayList<>();
    boolean inCellXfs = false;
    try {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "numFmt" -> {
              Integer id = integer(r.getAttributeValue(null, "numFmtId"));
              if (id != null) {
                formats.put(id, String.valueOf(r.getAttributeValue(null, "formatCode")));
              }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                Integer id = integer(r.getAttributeValue(null, "numFmtId"));
                xfs.add(id == null ? 0 : id);
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    } finally {
      r.close();
    }
    boolean[] dates = new boolean[xfs.size()];
    for (int i = 0; i < dates.length; i++) {
      int id = xfs.get(i);
      dates[i] = DATE_FORMATS.contains(id) || formats.containsKey(id) && isDateFormat(formats.get(id));
    }
    return new Styles(dates);
  }

  /**
   * Whether a number format shows a date: it has a day or year code once quoted text, escaped
   * characters ({@code \d}), padding and fill ({@code _x}, {@code *x}) and bracketed colours or
   * locales are set aside; {@code 0.0\ \d\a\y\s} is a number with the word "days" after it.
   */
  static boolean isDateFormat(String format) {
    String bare = format.replaceAll("\"[^\"]*\"|\\\\.|[_*].|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return !bare.equals("general") && (bare.indexOf('d') >= 0 || bare.indexOf('y') >= 0);
  }

  private static Integer integer(String text) {
    if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(text);
  }

  /** A cell index as the workbook wrote it, or -1 when it is not one. */
  static int index(String text) {
    Integer i = integer(text == null ? null : text.strip());
    return i == null ? -1 : i;
  }

  /** The shared strings table; a string longer than the bound is kept as its length only. */
  static final class SharedStrings {
    static final SharedStrings NONE = new SharedStrings(new ArrayList<>(), Map.of());
    private final java.util.List<String> strings;
    private final Map<Integer, Long> tooLong;

    private SharedStrings(java.util.List<String> strings, Map<Integer, Long> tooLong) {
      this.strings = strings;
      this.tooLong = tooLong;
    }

    int size() {
      return strings.size();
    }

    /** The string at {@code index}, or null when it is not in the table or too long (see {@link #length}). */
    String get(int index) {
      return index >= 0 && index < strings.size() && !tooLong.containsKey(index) ? strings.get(index) : null;
    }

    /** The length of a string too long to keep, or -1. */
    long length(int index) {
      return tooLong.getOrDefault(index, -1L);
    }
  }

  static SharedStrings sharedStrings(InputStream in, int maxEach, long maxChars, int maxCount)
      throws XMLStreamException, TooLarge {
    XMLStreamReader r = reader(in);
    java.util.List<String> strings = new ArrayList<>();
    Map<Integer, Long> tooLong = new HashMap<>();
    long total = 0;
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
          if (strings.size() >= maxCount) {
            throw new TooLarge();
          }
          StringBuilder text = new StringBuilder();
          long length = richText(r, text, maxEach);
          if (length > maxEach) {
            tooLong.put(strings.size(), length);
            strings.add("");
          } else {
            total += length;
            if (total > maxChars) {
              throw new TooLarge();
            }
            strings.add(text.toString());
          }
        }
      }
    } finally {
      r.close();
    }
    return new SharedStrings(strings, tooLong);
  }

  /**
   * The text of the element the reader is at (a shared string's {@code si} or a cell's
   * {@code is}): its {@code t} elements, directly or in rich-text runs, leaving out phonetic
   * guides ({@code rPh}). At most {@code max + 1} characters are kept; the whole length is
   * returned. The reader is left at the element's end.
   */
  static long richText(XMLStreamReader r, StringBuilder text, int max) throws XMLStreamException {
    int depth = 1;
    boolean inText = false;
    int skip = 0;
    long length = 0;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (r.getLocalName().equals("rPh")) {
          skip++;
        } else if (r.getLocalName().equals("t") && skip == 0) {
          inText = true;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (r.getLocalName().equals("rPh")) {
          skip--;
        } else if (r.getLocalName().equals("t")) {
          inText = false;
        }
      } else if (inText && isText(event)) {
        length = append(r, text, length, max);
      }
    }
    return length;
  }

  /**
   * The text of a simple element (a cell's {@code v}), at most {@code max + 1} characters kept;
   * the whole length returned, the reader left at its end.
   */
  static long simpleText(XMLStreamReader r, StringBuilder text, int max) throws XMLStreamException {
    int depth = 1;
    long length = 0;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1 && isText(event)) {
        length = append(r, text, length, max);
      }
    }
    return length;
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
  }

  private static long append(XMLStreamReader r, StringBuilder text, long length, int max) {
    int n = r.getTextLength();
    if (length <= max) {
      text.append(r.getTextCharacters(), r.getTextStart(), (int) Math.min(n, max + 1 - length));
    }
    return length + n;
  }

  /** One cell of a row: its column (0 for A), address, and text; or the problem that stops it being read. */
  record Cell(int column, String address, String text, String problem) {}
}
