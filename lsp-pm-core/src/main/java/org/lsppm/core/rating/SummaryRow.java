package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One row of an LAA1 summary table: how many outcomes have each light on one dimension, and the
 * Green, Amber and Red counts as whole per cent of the rated (non-Purple) outcomes, rounded by a
 * stated policy. Immutable and thread-safe.
 *
 * @param dimension Progress, Problems or Confidence
 * @param counts how many outcomes have each light, Purple included
 * @param percents Green, Amber and Red as whole per cent of those rated; empty when none is rated
 * @param rounding how the percentages were rounded
 */
public record SummaryRow(SummaryDimension dimension, Map<TrafficLight, Integer> counts, Map<TrafficLight, Integer> percents,
    PercentRounding rounding) {
  private static final List<TrafficLight> RATED = List.of(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED);

  /** Creates a row; no part may be null. */
  public SummaryRow {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(percents, "percents");
    Objects.requireNonNull(rounding, "rounding");
  }

  /** The rows of Progress, Problems and Confidence for {@code outcomes}. */
  public static List<SummaryRow> of(Seq<OutcomeAssessment> outcomes, PercentRounding rounding) {
    return List.of(SummaryDimension.values()).map(d -> of(d, outcomes.map(d::lightOf), rounding));
  }

  /** The row of {@code dimension} for these lights. */
  public static SummaryRow of(SummaryDimension dimension, Seq<TrafficLight> lights, PercentRounding rounding) {
    Map<TrafficLight, Integer> counts = TreeMap.ofEntries(List.of(TrafficLight.values())
        .map(l -> io.vavr.Tuple.of(l, lights.count(x -> x == l))));
    int rated = RATED.map(l -> counts.get(l).get()).sum().intValue();
    return new SummaryRow(dimension, counts, rated == 0 ? TreeMap.empty() : percents(counts, rated, rounding), rounding);
  }

  /** The count of {@code light}. */
  public int count(TrafficLight light) {
    return counts.get(light).getOrElse(0);
  }

  /** The whole per cent of {@code light}, if any outcome was rated (never for Purple). */
  public Option<Integer> percent(TrafficLight light) {
    return percents.get(light);
  }

  private static Map<TrafficLight, Integer> percents(Map<TrafficLight, Integer> counts, int rated, PercentRounding rounding) {
    BigDecimal total = BigDecimal.valueOf(rated);
    List<BigDecimal> exact = RATED.map(l -> BigDecimal.valueOf(100L * counts.get(l).get()));
    List<Integer> whole;
    if (rounding == PercentRounding.HALF_UP) {
      whole = exact.map(e -> e.divide(total, 0, RoundingMode.HALF_UP).intValueExact());
    } else {
      List<BigDecimal[]> split = exact.map(e -> e.divideAndRemainder(total));
      int left = 100 - split.map(s -> s[0].intValueExact()).sum().intValue();
      List<Integer> bonus = List.range(0, 3).sortBy(i -> split.get(i)[1].negate()).take(left);
      whole = List.range(0, 3).map(i -> split.get(i)[0].intValueExact() + (bonus.contains(i) ? 1 : 0));
    }
    return TreeMap.ofEntries(RATED.zip(whole));
  }
}
