package org.lsppm.reports;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;

/**
 * What a committee paper shows of a set of ratings, read once and held within bounds whatever
 * their number: the current position (the ratings of the periods that end last) as the count of
 * each light by theme and overall and the exceptions (Red, then Amber) with their commentary; each
 * indicator's latest light with the history of its outturns against its target; and the ratings
 * themselves. Beyond {@link #SHOWN} rows a table lists the first
 * {@code SHOWN} and says how many it left out; the counts always cover every rating.
 */
public final class Committee {
  /** The most rows a table for people lists. */
  public static final int SHOWN = 1_000;

  /** The most periods an indicator's history shows: its latest. */
  static final int HISTORY = 20;

  private static final String ALL = "All themes";
  private static final java.util.Comparator<IndicatorRating> LATEST_LAST =
      java.util.Comparator.comparing((IndicatorRating r) -> r.measurement().period().end()).thenComparing(r -> r.measurement().period().start());

  private final Map<String, int[]> counts = new TreeMap<>();
  private final java.util.List<IndicatorRating> red = new ArrayList<>();
  private final java.util.List<IndicatorRating> amber = new ArrayList<>();
  private final java.util.List<IndicatorRating> shown = new ArrayList<>();
  private final Map<IndicatorCode, java.util.List<IndicatorRating>> byIndicator = new LinkedHashMap<>();
  private long total;
  /** The last day of the latest period read: the position the summary and exceptions show. */
  private java.time.LocalDate current;
  private long reds;
  private long ambers;
  /** Of the latest periods' ratings: how many improved, were static and declined, and how many had no trend. */
  private final long[] trends = new long[Trend.values().length + 1];

  private Committee() {}

  /** Reads every rating once; what the ratings throw as they are read (a streamed input's problems) passes through. */
  public static Committee of(Iterable<IndicatorRating> ratings) {
    Committee c = new Committee();
    ratings.forEach(c::add);
    return c;
  }

  private void add(IndicatorRating r) {
    total++;
    java.time.LocalDate end = r.measurement().period().end();
    if (current == null || end.isAfter(current)) {
      // A later period: the position so far was an earlier one's.
      current = end;
      counts.clear();
      red.clear();
      amber.clear();
      reds = 0;
      ambers = 0;
      java.util.Arrays.fill(trends, 0);
    }
    if (end.equals(current)) {
      trends[r.trend().map(t -> t.trend().ordinal()).getOrElse(Trend.values().length)]++;
      int column = r.light().map(TrafficLight::ordinal).getOrElse(TrafficLight.values().length);
      counts.computeIfAbsent(r.measurement().indicator().theme().value(), t -> new int[TrafficLight.values().length + 1])[column]++;
      if (r.light().contains(TrafficLight.RED) && reds++ < SHOWN) {
        red.add(r);
      } else if (r.light().contains(TrafficLight.AMBER) && ambers++ < SHOWN) {
        amber.add(r);
      }
    }
    if (shown.size() < SHOWN) {
      shown.add(r);
    }
    if (byIndicator.size() < SHOWN || byIndicator.containsKey(r.measurement().indicator().code())) {
      java.util.List<IndicatorRating> history = byIndicator.computeIfAbsent(r.measurement().indicator().code(), k -> new ArrayList<>());
      history.add(r);
      if (history.size() >= 2 * HISTORY) {
        history.sort(LATEST_LAST);
        history.subList(0, HISTORY).clear();
      }
    }
  }

  /** The ratings a table lists: the first {@link #SHOWN}. */
  public java.util.List<IndicatorRating> shown() {
    return shown;
  }

  /** How many ratings were read. */
  public long total() {
    return total;
  }

  /** Lines saying what the tables left out, if anything. */
  public List<String> leftOut() {
    List<String> lines = List.empty();
    if (total > SHOWN) {
      lines = lines.append(String.format(java.util.Locale.UK, "%,d ratings: the tables list the first %,d (the counts cover all); "
          + "write --format csv for every row.", total, SHOWN));
    }
    if (reds > SHOWN || ambers > SHOWN) {
      lines = lines.append(String.format(java.util.Locale.UK, "Exceptions: the first %,d of %,d Red and of %,d Amber are listed.",
          SHOWN, reds, ambers));
    }
    return lines;
  }

  /** The last day of the latest periods, whose position the summary and the exceptions show; null when there were no ratings. */
  public java.time.LocalDate current() {
    return current;
  }

  /**
   * The position in words, for the paper's opening: {@code Of 8 indicators for the periods ending
   * 31 March 2009, 1 is Red, 4 are Amber, 1 is Green and 1 is Purple (outturn awaited); 1 is data
   * only. Against the period before, 3 improved, 1 was static and 3 declined; 1 has no earlier
   * period to compare with.}
   */
  public String headline() {
    if (current == null) {
      return "There are no ratings to report.";
    }
    int lights = TrafficLight.values().length;
    long[] all = new long[lights + 1];
    counts.values().forEach(c -> {
      for (int i = 0; i < c.length; i++) {
        all[i] += c[i];
      }
    });
    long rated = java.util.Arrays.stream(all).sum();
    java.util.List<String> parts = new ArrayList<>();
    for (TrafficLight light : new TrafficLight[] {TrafficLight.RED, TrafficLight.AMBER, TrafficLight.GREEN, TrafficLight.PURPLE}) {
      long n = all[light.ordinal()];
      if (n > 0) {
        parts.add(count(n) + (n == 1 ? " is " : " are ") + Report.word(light) + (light == TrafficLight.PURPLE ? " (outturn awaited)" : ""));
      }
    }
    StringBuilder s = new StringBuilder("Of ").append(count(rated)).append(rated == 1 ? " indicator" : " indicators")
        .append(" for the periods ending ").append(Dates.uk(current));
    s.append(parts.isEmpty() ? "" : ", " + and(parts));
    long dataOnly = all[lights];
    s.append(dataOnly == 0 ? "." : (parts.isEmpty() ? ", " : "; ") + count(dataOnly) + (dataOnly == 1 ? " is" : " are") + " data only.");
    java.util.List<String> moves = new ArrayList<>();
    long improved = trends[Trend.IMPROVING.ordinal()];
    long level = trends[Trend.STATIC.ordinal()];
    long declined = trends[Trend.DECLINING.ordinal()];
    if (improved + level + declined > 0) {
      moves.add(count(improved) + " improved");
      moves.add(count(level) + (level == 1 ? " was" : " were") + " static");
      moves.add(count(declined) + " declined");
      s.append(" Against the period before, ").append(and(moves));
      long none = trends[Trend.values().length];
      s.append(none == 0 ? "." : "; " + count(none) + (none == 1 ? " has" : " have") + " no earlier period to compare with.");
    }
    return s.toString();
  }

  /** {@code  for the periods ending 31 March 2009}, or nothing when there were no ratings. */
  private String ending() {
    return current == null ? "" : " for the periods ending " + Dates.uk(current);
  }

  private static String count(long n) {
    return String.format(java.util.Locale.UK, "%,d", n);
  }

  private static String and(java.util.List<String> parts) {
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** The count of each light by theme, with all themes last. */
  public Report.Section summary() {
    int lights = TrafficLight.values().length;
    int[] all = new int[lights + 1];
    java.util.List<java.util.List<Object>> rows = new ArrayList<>();
    counts.forEach((theme, c) -> {
      rows.add(row(theme, c));
      for (int i = 0; i < c.length; i++) {
        all[i] += c[i];
      }
    });
    rows.add(row(ALL, all));
    List<Object> columns = List.<Object>of("theme")
        .appendAll(List.of(TrafficLight.values()).map(l -> Report.Column.of(l.name().toLowerCase(java.util.Locale.UK), Report.word(l))))
        .append(Report.Column.of("data_only", "data only")).append("total");
    return Report.section("summary", "Lights by theme" + ending() + " (" + sum(all) + " ratings)", columns, rows).withTotals(1);
  }

  private static int sum(int[] counts) {
    int sum = 0;
    for (int n : counts) {
      sum += n;
    }
    return sum;
  }

  private static java.util.List<Object> row(String theme, int[] c) {
    java.util.List<Object> row = new ArrayList<>();
    row.add(theme);
    for (int n : c) {
      row.add(n);
    }
    row.add(sum(c));
    return row;
  }

  /** Red, then Amber, each with the target, outturn, direction of travel and commentary. */
  public Report.Section exceptions() {
    java.util.List<IndicatorRating> rows = new ArrayList<>(red);
    rows.addAll(amber);
    return Report.section("exceptions", "Exceptions" + ending() + ": Red and Amber (" + (reds + ambers) + ")",
        List.of("indicator", "title", "period", "light", Report.Column.of("trend", "direction of travel"),
            Report.Column.forPeople("against", "against"), "outturn", "commentary", Report.Column.of("explanation", "why")),
        io.vavr.collection.Iterator.ofAll(rows).map(r -> List.of(r.measurement().indicator().code(),
            r.measurement().indicator().title(), r.measurement().period(), Report.Cell.lightOf(r), direction(r), against(r.measurement()),
            outturn(r.measurement()),
            r.measurement().outturn().commentary().map(Object.class::cast).getOrElse(Report.Cell.missing("none given")),
            r.explanation())).toList());
  }

  /**
   * Each indicator's latest period: its light, direction, target, outturn, and its outturns over
   * the periods read, every indicator's line drawn on one time axis (from the earliest period's
   * end to the latest's) so that the same year sits at the same place on every row.
   */
  public Report.Section indicators() {
    java.util.List<java.util.List<IndicatorRating>> histories = new ArrayList<>();
    java.time.LocalDate from = null;
    java.time.LocalDate to = null;
    for (java.util.List<IndicatorRating> ratings : byIndicator.values()) {
      java.util.List<IndicatorRating> sorted = new ArrayList<>(ratings);
      sorted.sort(LATEST_LAST);
      if (sorted.size() > HISTORY) {
        sorted = sorted.subList(sorted.size() - HISTORY, sorted.size());
      }
      histories.add(sorted);
      if (sorted.size() > 1) {
        java.time.LocalDate first = sorted.get(0).measurement().period().end();
        java.time.LocalDate last = sorted.get(sorted.size() - 1).measurement().period().end();
        from = from == null || first.isBefore(from) ? first : from;
        to = to == null || last.isAfter(to) ? last : to;
      }
    }
    java.util.List<java.util.List<Object>> rows = new ArrayList<>();
    for (java.util.List<IndicatorRating> sorted : histories) {
      IndicatorRating latest = sorted.get(sorted.size() - 1);
      Measurement m = latest.measurement();
      rows.add(java.util.List.of(m.indicator().code(), m.indicator().title(), m.period(), Report.Cell.lightOf(latest),
          direction(latest), against(m), outturn(m), Sparkline.of(sorted, from, to)));
    }
    return Report.section("indicators", "Indicators, latest period (" + byIndicator.size() + ")",
        List.of("indicator", "title", Report.Column.of("period", "latest period"), "light",
            Report.Column.of("trend", "direction of travel"), Report.Column.forPeople("against", "against"), "outturn",
            Report.Column.forPeople("history", "outturns over the periods")), rows);
  }

  /** The direction of travel as people read it: an arrow and its word. */
  public static Report.Cell direction(IndicatorRating r) {
    return r.trend().map(t -> Report.Cell.of(arrow(t.trend()) + " " + Report.word(t.trend()), t.trend()))
        .getOrElse(Report.Cell.missing("-"));
  }

  private static String arrow(Trend trend) {
    return switch (trend) {
      case IMPROVING -> "\u2191";
      case DECLINING -> "\u2193";
      default -> "\u2194";
    };
  }

  /**
   * An outturn as people read it: its value, marked {@code (p)} when provisional or {@code (e)}
   * when estimated (the key says so), or {@code awaited}; machines read the value alone.
   */
  public static Report.Cell outturn(Measurement m) {
    org.lsppm.core.indicator.Outturn o = m.outturn();
    if (o.value().isEmpty()) {
      return Report.Cell.missing("awaited");
    }
    return switch (o.status()) {
      case PROVISIONAL -> Report.Cell.of(o.value().get() + " (p)", o.value().get());
      case ESTIMATED -> Report.Cell.of(o.value().get() + " (e)", o.value().get());
      default -> Report.Cell.of(o.value().get());
    };
  }

  /** What an outturn is rated against, for people: {@code target 21.5}, {@code target 90..95}, {@code -}. */
  public static String against(Measurement m) {
    return m.basis() == RatingBasis.NONE ? "-" : m.basis().name().toLowerCase(java.util.Locale.UK) + " " + m.goal().get();
  }

  /**
   * An indicator's outturns over its periods, oldest first, with the target each was rated against
   * (both ends of a range), placed on a time axis shared with the other indicators': a line in
   * HTML, the figures in text.
   *
   * @param periods each point's period, for people
   * @param ends the last day of each point's period, where it sits on the axis
   * @param outturns each point's outturn; null when awaited
   * @param lower each point's target, or the lower end of its range; null when none
   * @param upper the upper end of a range target; null when not a range
   * @param from the axis's first day: the end of the earliest period any indicator's line shows
   * @param to the axis's last day: the end of the latest
   * @param polarity which way is better, so that the line can be drawn with better upwards
   */
  record Sparkline(java.util.List<String> periods, java.util.List<java.time.LocalDate> ends,
      java.util.List<java.math.BigDecimal> outturns, java.util.List<java.math.BigDecimal> lower,
      java.util.List<java.math.BigDecimal> upper, java.time.LocalDate from, java.time.LocalDate to,
      org.lsppm.core.indicator.Polarity polarity) {

    /** The history of one indicator's ratings, sorted, on the axis {@code from}..{@code to}; a single period has none (an empty cell). */
    static Object of(java.util.List<IndicatorRating> sorted, java.time.LocalDate from, java.time.LocalDate to) {
      if (sorted.size() < 2) {
        return Report.Cell.missing("");
      }
      java.util.List<String> periods = new ArrayList<>();
      java.util.List<java.time.LocalDate> ends = new ArrayList<>();
      java.util.List<java.math.BigDecimal> outturns = new ArrayList<>();
      java.util.List<java.math.BigDecimal> lower = new ArrayList<>();
      java.util.List<java.math.BigDecimal> upper = new ArrayList<>();
      for (IndicatorRating r : sorted) {
        Measurement m = r.measurement();
        periods.add(m.period().toString());
        ends.add(m.period().end());
        outturns.add(m.outturn().value().map(q -> q.value()).getOrNull());
        lower.add(m.goal().map(g -> g.lower().value()).getOrNull());
        upper.add(m.goal().filter(Goal::isRange).map(g -> g.upper().value()).getOrNull());
      }
      return new Sparkline(periods, ends, outturns, lower, upper, from, to,
          sorted.get(sorted.size() - 1).measurement().indicator().polarity());
    }

    /** The points that have an outturn. */
    int points() {
      return (int) outturns.stream().filter(java.util.Objects::nonNull).count();
    }

    /** Whether the line is drawn upside down, lower values higher, so that up is better as it is for every other line. */
    boolean turnedOver() {
      return polarity == org.lsppm.core.indicator.Polarity.LOWER_IS_BETTER;
    }

    /** For text formats: {@code 2007/08 23.1, 2008/09 22.4}. */
    @Override
    public String toString() {
      java.util.List<String> parts = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        parts.add(periods.get(i) + " " + (outturns.get(i) == null ? "awaited" : outturns.get(i).toPlainString()));
      }
      return String.join(", ", parts);
    }
  }
}
