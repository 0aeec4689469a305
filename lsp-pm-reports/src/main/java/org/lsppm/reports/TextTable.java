package org.lsppm.reports;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain aligned table for terminals: columns two spaces apart, numbers right-aligned where the
 * table is told which columns hold them, and no wider than the width it is printed to: the widest
 * text columns are narrowed and their cells wrapped at spaces onto more lines, rather than the
 * table running off the screen; a table of more columns than fit side by side is printed as one
 * block of {@code column  value} lines per row.
 */
public final class TextTable {
  /** A text column is narrowed to its longest word, but no further than this, so a wrapped cell stays readable. */
  private static final int NARROWEST = 8;
  /** A word longer than this may be split to let its column narrow. */
  private static final int LONGEST_WORD = 24;
  private static final String GAP = "  ";

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] right;
  private int totals;

  /** A table with these column names. */
  public TextTable(String... header) {
    this.header = List.of(header);
    this.right = new boolean[header.length];
  }

  /** Adds a row of as many cells as there are columns. */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  /**
   * Sets the last {@code count} rows apart as totals, under a rule of dashes (every row, when
   * there are no more than {@code count}); none when zero.
   */
  public TextTable totals(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("totals: expected zero or more, got " + count);
    }
    this.totals = count;
    return this;
  }

  /** Aligns column {@code column} (0 for the first) to the right, as numbers are, header included. */
  public TextTable rightAligned(int column) {
    right[column] = true;
    return this;
  }

  /** Prints the header and rows, each line starting with {@code indent}, however wide. */
  public void printTo(PrintStream out, String indent) {
    lines(indent, Integer.MAX_VALUE).forEach(out::println);
  }

  /** Prints the header and rows to a writer, each line starting with {@code indent}, however wide. */
  public void printTo(java.io.PrintWriter out, String indent) {
    lines(indent, Integer.MAX_VALUE).forEach(out::println);
  }

  /**
   * Prints the header and rows, each line starting with {@code indent} and at most {@code width}
   * characters long where the text columns can be wrapped to fit (numbers are never wrapped).
   */
  public void printTo(java.io.PrintWriter out, String indent, int width) {
    lines(indent, width).forEach(out::println);
  }

  private List<String> lines(String indent, int width) {
    int room = width - indent.length();
    int[] widths = fitted(naturalWidths(), room);
    if (widths == null) {
      return records(indent, width);
    }
    List<String> lines = new ArrayList<>();
    List<List<String>> all = allRows();
    for (int n = 0; n < all.size(); n++) {
      List<String> r = all.get(n);
      if (totals > 0 && n == Math.max(1, all.size() - totals)) {
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
          rule.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
        }
        lines.add(rule.toString());
      }
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < r.size(); i++) {
        List<String> wrapped = right[i] ? List.of(r.get(i)) : wrap(r.get(i), widths[i]);
        cells.add(wrapped);
        height = Math.max(height, wrapped.size());
      }
      for (int l = 0; l < height; l++) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
          String text = l < cells.get(i).size() ? cells.get(i).get(l) : "";
          String pad = " ".repeat(Math.max(0, widths[i] - text.length()));
          line.append(right[i] ? pad + text : text + pad);
          if (i < cells.size() - 1) {
            line.append(GAP);
          }
        }
        lines.add(line.toString().stripTrailing());
      }
    }
    return lines;
  }

  private int[] naturalWidths() {
    int[] widths = new int[header.size()];
    for (List<String> r : allRows()) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    return widths;
  }

  /**
   * The widths that fit {@code room}: first a header wider than its column's cells is wrapped
   * onto more lines (so {@code latest period} stands over {@code 2008/09} in two lines rather than
   * widening it); then the widest text column is narrowed a character at a time until the table
   * fits, no column narrower than its longest word (a word of more than {@value #LONGEST_WORD}
   * characters counts as that many; numbers are never narrowed); null when the table cannot fit so.
   */
  private int[] fitted(int[] natural, int room) {
    int[] widths = natural.clone();
    int[] least = new int[widths.length];
    int[] cells = new int[widths.length];
    for (List<String> r : allRows()) {
      for (int i = 0; i < r.size(); i++) {
        for (String word : r.get(i).split(" ")) {
          least[i] = Math.max(least[i], Math.min(word.length(), LONGEST_WORD));
        }
        if (r != header) {
          cells[i] = Math.max(cells[i], r.get(i).length());
        }
      }
    }
    int[] underHeader = new int[widths.length];
    for (int i = 0; i < least.length; i++) {
      least[i] = Math.min(natural[i], Math.max(least[i], NARROWEST));
      underHeader[i] = Math.min(natural[i], Math.max(least[i], cells[i]));
    }
    int total = Arrays.stream(widths).sum() + GAP.length() * Math.max(0, widths.length - 1);
    return narrow(widths, least, narrow(widths, underHeader, total, room), room) <= room ? widths : null;
  }

  /**
   * The rows one after another as blocks of {@code column  value} lines, each value wrapped to
   * what is left of the width: for a table of more columns than fit side by side, as psql's
   * expanded display does.
   */
  private List<String> records(String indent, int width) {
    int label = header.stream().mapToInt(String::length).max().orElse(0);
    int room = Math.max(NARROWEST, width - indent.length() - label - GAP.length());
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        lines.add("");
      }
      for (int i = 0; i < header.size(); i++) {
        List<String> value = wrap(rows.get(r).get(i), room);
        for (int l = 0; l < value.size(); l++) {
          String name = l == 0 ? header.get(i) : "";
          lines.add((indent + name + " ".repeat(label - name.length()) + GAP + value.get(l)).stripTrailing());
        }
      }
    }
    return lines;
  }

  /** Narrows the widest text column above its {@code least} a character at a time while the table is wider than {@code room}. */
  private int narrow(int[] widths, int[] least, int total, int room) {
    int now = total;
    while (now > room) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        if (!right[i] && widths[i] > least[i] && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      now--;
    }
    return now;
  }

  /** {@code text} in lines of at most {@code width}, broken at spaces, a word longer than a line split. */
  public static List<String> wrap(String text, int width) {
    if (text.length() <= width) {
      return List.of(text);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
