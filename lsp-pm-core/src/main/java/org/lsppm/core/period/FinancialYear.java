package org.lsppm.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * An English local-government financial year: 1 April to 31 March, written {@code 2008/09}.
 * Immutable and thread-safe.
 *
 * @param startYear the calendar year in which the financial year starts (1900 to 2998)
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
  /** Every year's name, made once: reports name a year for every row they write. */
  private static final String[] NAMES = names();
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");
  private static final int FIRST = 1900;
  private static final int LAST = 2998;

  /** Creates a financial year; throws {@link org.lsppm.core.InvalidInputException} outside 1900-2998. */
  public FinancialYear {
    Checks.require(rangeProblems(startYear));
  }

  /** The financial year that starts in April of {@code startYear}. */
  public static Validation<Seq<Problem>, FinancialYear> startingIn(int startYear) {
    return Checks.unless(rangeProblems(startYear), startYear).map(FinancialYear::new);
  }

  /** The financial year that contains {@code date}. */
  public static FinancialYear containing(LocalDate date) {
    int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    return new FinancialYear(year);
  }

  /** Parses {@code 2008/09}; the second part must be the year after the first. */
  public static Validation<Seq<Problem>, FinancialYear> parse(String text) {
    String expected = "a financial year written like 2008/09";
    if (text == null) {
      return Checks.invalid(Problem.of(expected, null));
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Checks.invalid(Problem.of(expected, text));
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end) {
      return Checks.invalid(Problem.of(expected + " (the year after " + start + " ends in "
          + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100) + ")", text));
    }
    return startingIn(start);
  }

  @JsonCreator
  static FinancialYear fromJson(String text) {
    return Checks.orThrow(parse(text));
  }

  /** 1 April of the start year. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** 31 March of the following year. */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** Whether {@code date} falls in this year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** The year after this one. */
  public FinancialYear next() {
    return plusYears(1);
  }

  /** The year before this one. */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /** This year moved by {@code years}, which may be negative. */
  public FinancialYear plusYears(int years) {
    return new FinancialYear(startYear + years);
  }

  /** The whole year as a reporting period. */
  public ReportingPeriod toPeriod() {
    return ReportingPeriod.year(this);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** {@code 2008/09}. */
  @JsonValue
  @Override
  public String toString() {
    return NAMES[startYear - FIRST];
  }

  private static Seq<Problem> rangeProblems(int startYear) {
    return startYear < FIRST || startYear > LAST
        ? io.vavr.collection.List.of(Problem.of("a start year from " + FIRST + " to " + LAST, startYear))
        : io.vavr.collection.List.empty();
  }

  private static String[] names() {
    String[] names = new String[LAST - FIRST + 1];
    for (int year = FIRST; year <= LAST; year++) {
      int next = (year + 1) % 100;
      names[year - FIRST] = year + (next < 10 ? "/0" : "/") + next;
    }
    return names;
  }
}
