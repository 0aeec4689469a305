package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;
import org.lsppm.core.theme.ThemeName;

/**
 * The same measurements rated under two policies, the current one and a proposed one: every
 * light that would change, and the count of each light before and after, theme by theme. Lights
 * that do not change are counted, not listed. Immutable and thread-safe.
 *
 * @param current the policy in force
 * @param proposed the policy proposed
 * @param changes every measurement whose light differs, in the measurements' order
 * @param themes the lights counted per theme, themes in alphabetical order
 * @param unchanged how many measurements keep their light (data-only ones included)
 */
public record PolicyComparison(RatingPolicy current, RatingPolicy proposed, List<Change> changes, List<ThemeCounts> themes,
    int unchanged) {

  /** Creates a comparison; no part may be null. */
  public PolicyComparison {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(themes, "themes");
  }

  /**
   * Rates {@code measurements} with both engines and compares the results.
   *
   * @param current the engine of the policy in force
   * @param proposed the engine of the policy proposed
   */
  public static PolicyComparison of(RatingEngine current, RatingEngine proposed, Iterable<Measurement> measurements) {
    Seq<Measurement> all = List.ofAll(measurements);
    return of(current.rate(all), proposed.rate(all));
  }

  /**
   * Compares two ratings of the same measurements, given in the same order.
   *
   * @throws IllegalArgumentException if the two lists are not ratings of the same measurements, or
   *     either mixes policies
   */
  public static PolicyComparison of(Seq<IndicatorRating> current, Seq<IndicatorRating> proposed) {
    if (current.size() != proposed.size()) {
      throw new IllegalArgumentException("expected ratings of the same measurements, got " + current.size() + " and " + proposed.size());
    }
    if (current.isEmpty()) {
      throw new IllegalArgumentException("expected at least one rating to compare");
    }
    RatingPolicy before = policyOf(current);
    RatingPolicy after = policyOf(proposed);
    List<Change> changes = List.empty();
    int unchanged = 0;
    SortedMap<ThemeName, ThemeCounts> themes = TreeMap.empty();
    for (var pair : current.zip(proposed)) {
      IndicatorRating b = pair._1;
      IndicatorRating a = pair._2;
      if (!b.measurement().equals(a.measurement())) {
        throw new IllegalArgumentException("expected ratings of the same measurements in the same order, got "
            + b.measurement().indicator().code() + " " + b.measurement().period() + " beside "
            + a.measurement().indicator().code() + " " + a.measurement().period());
      }
      if (b.light().equals(a.light())) {
        unchanged++;
      } else {
        changes = changes.append(new Change(b, a));
      }
      ThemeName theme = b.measurement().indicator().theme();
      themes = themes.put(theme, themes.get(theme).getOrElse(ThemeCounts.none(theme)).count(b.light(), a.light()));
    }
    return new PolicyComparison(before, after, changes, themes.values().toList(), unchanged);
  }

  private static RatingPolicy policyOf(Seq<IndicatorRating> ratings) {
    RatingPolicy policy = ratings.head().policy();
    if (ratings.exists(r -> !r.policy().equals(policy))) {
      throw new IllegalArgumentException("expected ratings made under one policy, got " + ratings.map(r -> r.policy().id()).distinct().mkString(", "));
    }
    return policy;
  }

  /** The counts over every theme. */
  public ThemeCounts overall() {
    return themes.foldLeft(ThemeCounts.none(new ThemeName("All themes")), ThemeCounts::plus);
  }

  /**
   * One light that changes: the rating under each policy, each with its rule, tolerance and allowance.
   *
   * @param current the rating under the policy in force
   * @param proposed the rating under the policy proposed
   */
  public record Change(IndicatorRating current, IndicatorRating proposed) {

    /** Creates a change; neither part may be null. */
    public Change {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(proposed, "proposed");
    }

    /** The measurement both ratings are of. */
    public Measurement measurement() {
      return current.measurement();
    }

    /** Whether the proposed light is better (Green over Amber over Red). */
    public boolean isBetter() {
      return rank(proposed.light()) < rank(current.light());
    }

    private static int rank(Option<TrafficLight> light) {
      return light.map(TrafficLight::ordinal).getOrElse(Integer.MAX_VALUE);
    }
  }

  /**
   * How many measurements of one theme have each light, before and after. Data-only measurements
   * have no light and are not counted.
   *
   * @param theme the theme
   * @param current the count of each light under the policy in force
   * @param proposed the count of each light under the policy proposed
   */
  public record ThemeCounts(ThemeName theme, SortedMap<TrafficLight, Integer> current, SortedMap<TrafficLight, Integer> proposed) {

    /** Creates counts; no part may be null. */
    public ThemeCounts {
      Objects.requireNonNull(theme, "theme");
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(proposed, "proposed");
    }

    static ThemeCounts none(ThemeName theme) {
      SortedMap<TrafficLight, Integer> zero = TreeMap.ofEntries(List.of(TrafficLight.values()).map(l -> io.vavr.Tuple.of(l, 0)));
      return new ThemeCounts(theme, zero, zero);
    }

    ThemeCounts count(Option<TrafficLight> before, Option<TrafficLight> after) {
      return new ThemeCounts(theme, add(current, before, 1), add(proposed, after, 1));
    }

    ThemeCounts plus(ThemeCounts other) {
      return new ThemeCounts(theme, current.merge(other.current, Integer::sum), proposed.merge(other.proposed, Integer::sum));
    }

    private static SortedMap<TrafficLight, Integer> add(SortedMap<TrafficLight, Integer> counts, Option<TrafficLight> light, int n) {
      return light.map(l -> counts.put(l, counts.get(l).get() + n)).getOrElse(counts);
    }
  }
}
