package org.lsppm.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in England write them in a committee paper: {@code 31 March 2009}. */
final class Dates {
  private Dates() {}

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** {@code 31 March 2009}. */
  static String uk(LocalDate date) {
    return UK.format(date);
  }
}
