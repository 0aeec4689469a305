package org.lsppm.reports;

import java.util.Locale;

/**
 * Thrown while a report is written when one of its tables has more rows than the format can hold:
 * a sheet of an Excel workbook holds at most {@value Xlsx#MAX_ROWS} rows under its header. What was
 * written so far is not a whole report; write the table as CSV instead, which has no limit.
 */
public final class TooManyRowsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final long limit;

  TooManyRowsException(String table, long limit) {
    super("expected at most " + String.format(Locale.UK, "%,d", limit) + " rows in the " + table
        + " table (a sheet's limit), got more", null, false, false);
    this.table = table;
    this.limit = limit;
  }

  /** The name of the table that did not fit, as {@link Report.Section#name()} gives it. */
  public String table() {
    return table;
  }

  /** The most rows the format holds. */
  public long limit() {
    return limit;
  }
}
