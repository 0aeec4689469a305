package org.lsppm.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain aligned table for terminals: columns padded to their widest cell, two spaces apart. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column names. */
  public TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row of as many cells as there are columns. */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  /** Prints the header and rows, each line starting with {@code indent}. */
  public void printTo(PrintStream out, String indent) {
    lines(indent).forEach(out::println);
  }

  /** Prints the header and rows to a writer, each line starting with {@code indent}. */
  public void printTo(java.io.PrintWriter out, String indent) {
    lines(indent).forEach(out::println);
  }

  private List<String> lines(String indent) {
    int[] widths = new int[header.size()];
    for (List<String> r : allRows()) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> r : allRows()) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < r.size(); i++) {
        line.append(i == r.size() - 1 ? r.get(i) : String.format(java.util.Locale.ROOT, "%-" + widths[i] + "s  ", r.get(i)));
      }
      lines.add(line.toString().stripTrailing());
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
