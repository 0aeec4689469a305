package org.lsppm.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV file's characters, refused as soon as one row grows past {@link #MAX_ROW_CHARS}: a row
 * ends at a line break outside double quotes, so a quoted field holding line breaks is one row,
 * as a spreadsheet shows it. A hostile file with a gigabyte in one field is refused after a
 * megabyte, not read into memory first.
 */
final class BoundedReader extends FilterReader {
  /** The longest row lsp-pm reads, in characters. */
  static final int MAX_ROW_CHARS = 1_000_000;

  /** Thrown when a row is too long; carries the row as a spreadsheet numbers it. */
  static final class RowTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    final long row;

    RowTooLong(long row) {
      super("row " + row + " is longer than " + MAX_ROW_CHARS + " characters");
      this.row = row;
    }
  }

  private long row = 1;
  private long inRow;
  private boolean quoted;

  BoundedReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  private void count(char c) throws RowTooLong {
    if (c == '"') {
      quoted = !quoted;
    }
    if (c == '\n' && !quoted) {
      row++;
      inRow = 0;
    } else if (++inRow > MAX_ROW_CHARS) {
      throw new RowTooLong(row);
    }
  }
}
