package org.lsppm.core.rating;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.lsppm.core.Quantity;
import org.lsppm.core.period.ReportingPeriod;

/**
 * The previous comparable outturn of each measurement, found among the other measurements of the
 * same indicator: an analyst's sheet holds several years per indicator, and the year before is
 * the previous one without a {@code previous} column to say so.
 *
 * <p>A measurement's previous outturn is that of the latest period of the same indicator and the
 * same length (a year for a year, a quarter for a quarter, a month for a month; periods that are
 * not whole months by their number of days) that ends before the measured period starts and has a
 * measured outturn. A gap is stepped over (2006/07 is the previous of 2008/09 when 2007/08 is
 * missing or awaited); an earlier period of another length is never used. A measurement that
 * already has a previous outturn keeps it: a value given by hand wins over the file.
 *
 * <pre>{@code
 * Seq<Measurement> compared = PreviousOutturns.of(measurements).completeAll(measurements);
 * }</pre>
 *
 * <p>Made once from every measurement (in any order) and then read: immutable and thread-safe
 * once built. What it holds per outturn is its period's two days and its value, so a file of a
 * million rows is indexed in tens of megabytes.
 */
public final class PreviousOutturns {
  /** Per indicator code and period length, the measured outturns sorted by the day their period ends. */
  private final Map<Series, Points> series;

  private PreviousOutturns(Map<Series, Points> series) {
    this.series = series;
  }

  /** The index of {@code measurements}' measured outturns. */
  public static PreviousOutturns of(Iterable<Measurement> measurements) {
    Builder builder = builder();
    measurements.forEach(builder::add);
    return builder.build();
  }

  /** A builder to which measurements are added one at a time, as a large file is read. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code m} compared with its previous comparable outturn from the index, with that outturn's
   * period; {@code m} itself when it already has a previous outturn or the index has none for it.
   */
  public Measurement complete(Measurement m) {
    if (m.previous().isDefined()) {
      return m;
    }
    Points points = series.get(Series.of(m));
    if (points == null) {
      return m;
    }
    int i = points.latestEndingBefore(m.period().start().toEpochDay());
    return i < 0 ? m : m.withPrevious(new Quantity(points.values[i]), points.period(i));
  }

  /** Each of {@code measurements} {@link #complete completed}, in order. */
  public Seq<Measurement> completeAll(Seq<Measurement> measurements) {
    return measurements.map(this::complete);
  }

  /** Collects measured outturns for {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final Map<Series, Points> series = new HashMap<>();

    private Builder() {}

    /** Adds {@code m}'s outturn, if it is measured; an awaited outturn is nothing to compare with. */
    public Builder add(Measurement m) {
      m.outturn().value().forEach(v -> series.computeIfAbsent(Series.of(m), s -> new Points())
          .add(m.period().start().toEpochDay(), m.period().end().toEpochDay(), v.value()));
      return this;
    }

    /** The index of what was added. The builder is not to be used again. */
    public PreviousOutturns build() {
      series.values().forEach(Points::sort);
      return new PreviousOutturns(series);
    }
  }

  /**
   * An indicator's outturns of one period length.
   *
   * @param code the indicator's code
   * @param length the period's length in whole months, or minus its length in days when it is not whole months
   */
  private record Series(String code, long length) {
    static Series of(Measurement m) {
      return new Series(m.indicator().code().value(), length(m.period()));
    }

    private static long length(ReportingPeriod p) {
      LocalDate after = p.end().plusDays(1);
      if (p.start().getDayOfMonth() == 1 && after.getDayOfMonth() == 1) {
        return ChronoUnit.MONTHS.between(p.start(), after);
      }
      return -ChronoUnit.DAYS.between(p.start(), after);
    }
  }

  /** Periods (first and last day as epoch days) and values, sorted by last day once built. */
  private static final class Points {
    private long[] starts = new long[1];
    private long[] ends = new long[1];
    private BigDecimal[] values = new BigDecimal[1];
    private int size;

    void add(long start, long end, BigDecimal value) {
      if (size == ends.length) {
        int grown = size * 2;
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        values = Arrays.copyOf(values, grown);
      }
      starts[size] = start;
      ends[size] = end;
      values[size] = Objects.requireNonNull(value);
      size++;
    }

    void sort() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(ends[a], ends[b]));
      long[] s = new long[size];
      long[] e = new long[size];
      BigDecimal[] v = new BigDecimal[size];
      for (int i = 0; i < size; i++) {
        s[i] = starts[order[i]];
        e[i] = ends[order[i]];
        v[i] = values[order[i]];
      }
      starts = s;
      ends = e;
      values = v;
    }

    /** The index of the point whose period ends last before {@code day}, or -1. */
    int latestEndingBefore(long day) {
      int found = -1;
      int low = 0;
      int high = size - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        if (ends[mid] < day) {
          found = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      return found;
    }

    ReportingPeriod period(int i) {
      return new ReportingPeriod(LocalDate.ofEpochDay(starts[i]), LocalDate.ofEpochDay(ends[i]));
    }
  }
}
