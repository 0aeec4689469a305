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
  /**
   * Per indicator code, its measured outturns: a {@link Point} while it has one, {@link Points}
   * (sorted by the day each period ends) once it has more. An indicator with one outturn can be
   * no other's previous, so the built index keeps only those with more.
   */
  private final Map<String, Points> series;

  private PreviousOutturns(Map<String, Points> series) {
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
    Points points = series.get(m.indicator().code().value());
    if (points == null) {
      return m;
    }
    int i = points.latestEndingBefore(m.period().start().toEpochDay(), length(m.period().start().toEpochDay(),
        m.period().end().toEpochDay()));
    return i < 0 ? m : m.withPrevious(new Quantity(points.values[i]), points.period(i));
  }

  /** Each of {@code measurements} {@link #complete completed}, in order. */
  public Seq<Measurement> completeAll(Seq<Measurement> measurements) {
    return measurements.map(this::complete);
  }

  /** Collects measured outturns for {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> series = new HashMap<>();

    private Builder() {}

    /** Adds {@code m}'s outturn, if it is measured; an awaited outturn is nothing to compare with. */
    public Builder add(Measurement m) {
      return m.outturn().value().isEmpty() ? this : add(m.indicator().code().value(), m.period(), m.outturn().value().get());
    }

    /**
     * Adds the measured outturn {@code outturn} of the indicator coded {@code indicator} for
     * {@code period}: what {@link #add(Measurement)} adds, for a reader that notes a file's
     * outturns without making its measurements.
     */
    public Builder add(String indicator, ReportingPeriod period, Quantity outturn) {
      Point point = new Point(period.start().toEpochDay(), period.end().toEpochDay(), outturn.value());
      series.merge(indicator, point, (earlier, added) -> {
        Points points = earlier instanceof Points p ? p : new Points((Point) earlier);
        points.add((Point) added);
        return points;
      });
      return this;
    }

    /** The index of what was added. The builder is not to be used again. */
    public PreviousOutturns build() {
      Map<String, Points> built = new HashMap<>();
      series.forEach((code, points) -> {
        if (points instanceof Points p) {
          p.sort();
          built.put(code, p);
        }
      });
      series.clear();
      return new PreviousOutturns(built);
    }
  }

  /**
   * A period's length: in whole months when it runs from the first of a month to the last of one,
   * else minus its number of days; two periods are comparable when their lengths are equal.
   */
  private static long length(long start, long end) {
    LocalDate first = LocalDate.ofEpochDay(start);
    LocalDate after = LocalDate.ofEpochDay(end + 1);
    if (first.getDayOfMonth() == 1 && after.getDayOfMonth() == 1) {
      return ChronoUnit.MONTHS.between(first, after);
    }
    return -(end + 1 - start);
  }

  /** One measured outturn: its period's first and last days (epoch days) and its value. */
  private record Point(long start, long end, BigDecimal value) {}

  /** An indicator's outturns: periods and values in arrays, sorted by last day once built. */
  private static final class Points {
    private long[] starts;
    private long[] ends;
    private long[] lengths;
    private BigDecimal[] values;
    private int size;

    Points(Point first) {
      starts = new long[4];
      ends = new long[4];
      lengths = new long[4];
      values = new BigDecimal[4];
      add(first);
    }

    void add(Point p) {
      if (size == ends.length) {
        int grown = size * 2;
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        lengths = Arrays.copyOf(lengths, grown);
        values = Arrays.copyOf(values, grown);
      }
      starts[size] = p.start();
      ends[size] = p.end();
      lengths[size] = length(p.start(), p.end());
      values[size] = Objects.requireNonNull(p.value());
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
      long[] l = new long[size];
      BigDecimal[] v = new BigDecimal[size];
      for (int i = 0; i < size; i++) {
        s[i] = starts[order[i]];
        e[i] = ends[order[i]];
        l[i] = lengths[order[i]];
        v[i] = values[order[i]];
      }
      starts = s;
      ends = e;
      lengths = l;
      values = v;
    }

    /** The index of the point of length {@code length} whose period ends last before {@code day}, or -1. */
    int latestEndingBefore(long day, long length) {
      int low = 0;
      int high = size - 1;
      int before = -1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        if (ends[mid] < day) {
          before = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      // The latest earlier of any length is found; step back to the latest of this length.
      for (int i = before; i >= 0; i--) {
        if (lengths[i] == length) {
          return i;
        }
      }
      return -1;
    }

    ReportingPeriod period(int i) {
      return new ReportingPeriod(LocalDate.ofEpochDay(starts[i]), LocalDate.ofEpochDay(ends[i]));
    }
  }
}
