package org.lsppm.core.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * A span of days over which a target is set or an outturn measured, both ends included: a
 * financial year, a half, a quarter, a month, or any other span. Immutable and thread-safe.
 *
 * @param start the first day, never null
 * @param end the last day, never before {@code start}
 */
public record ReportingPeriod(LocalDate start, LocalDate end) implements Comparable<ReportingPeriod> {

  /** Creates a period; throws {@link org.lsppm.core.InvalidInputException} when reversed. */
  public ReportingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.require(problems(start, end));
  }

  /** A period from untrusted dates: both present, {@code end} not before {@code start}. */
  public static Validation<Seq<Problem>, ReportingPeriod> of(LocalDate start, LocalDate end) {
    return Checks.buildUnless(problems(start, end), () -> new ReportingPeriod(start, end));
  }

  /** Both dates present and supported ({@link Checks#date}), the end not before the start. */
  private static Seq<Problem> problems(LocalDate start, LocalDate end) {
    Validation<Seq<Problem>, LocalDate> s = Checks.at("start", Checks.date(start));
    Validation<Seq<Problem>, LocalDate> e = Checks.at("end", Checks.date(end));
    if (s.isInvalid() || e.isInvalid()) {
      return s.fold(p -> p, d -> io.vavr.collection.List.<Problem>empty())
          .appendAll(e.fold(p -> p, d -> io.vavr.collection.List.<Problem>empty()));
    }
    return orderProblems(start, end);
  }

  @JsonCreator
  static ReportingPeriod fromJson(@JsonProperty("start") LocalDate start, @JsonProperty("end") LocalDate end) {
    return Checks.orThrow(of(start, end));
  }

  /** A whole financial year. */
  public static ReportingPeriod year(FinancialYear year) {
    return new ReportingPeriod(year.firstDay(), year.lastDay());
  }

  /** Quarter 1 (April-June) to 4 (January-March) of a financial year. */
  public static Validation<Seq<Problem>, ReportingPeriod> quarter(FinancialYear year, int quarter) {
    return part(year, quarter, 4, "quarter");
  }

  /** Half 1 (April-September) or 2 (October-March) of a financial year. */
  public static Validation<Seq<Problem>, ReportingPeriod> half(FinancialYear year, int half) {
    return part(year, half, 2, "half");
  }

  /** A calendar month. */
  public static ReportingPeriod month(YearMonth month) {
    return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /** Whether {@code date} falls inside this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether this period is one whole financial year. */
  public boolean isFinancialYear() {
    FinancialYear fy = FinancialYear.containing(start);
    return start.equals(fy.firstDay()) && end.equals(fy.lastDay());
  }

  /** Earlier periods first; of two starting together, the shorter first. */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  /** {@code 2008/09} for a financial year, otherwise {@code 2008-04-01..2008-06-30}. */
  @Override
  public String toString() {
    return isFinancialYear() ? FinancialYear.containing(start).toString() : start + ".." + end;
  }

  private static Validation<Seq<Problem>, ReportingPeriod> part(FinancialYear year, int n, int parts, String name) {
    if (n < 1 || n > parts) {
      return Checks.invalid(Problem.of(name, name + " 1 to " + parts, n));
    }
    int months = 12 / parts;
    LocalDate first = year.firstDay().plusMonths((long) (n - 1) * months);
    return Checks.valid(new ReportingPeriod(first, first.plusMonths(months).minusDays(1)));
  }

  private static Seq<Problem> orderProblems(LocalDate start, LocalDate end) {
    return end.isBefore(start)
        ? List.of(Problem.of("end", "a date on or after the start " + start, end))
        : List.empty();
  }
}
