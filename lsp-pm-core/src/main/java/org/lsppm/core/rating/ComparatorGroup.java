package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.ReportingPeriod;

/**
 * The values of one indicator for one period across a named comparator group (a council's
 * statistical neighbours, such as an LG Inform comparison group), not including the council
 * itself: {@link #place} puts the council's outturn among them. Immutable and thread-safe.
 *
 * <p><b>Method.</b> The council's outturn joins the comparators that have a value (comparators
 * without one are left out and counted). The quartile points are those of a spreadsheet's
 * {@code QUARTILE.INC} (Excel, LibreOffice; R's default type 7): the values sorted, the point
 * {@code p} at position {@code h = (n - 1) p} counted from 0, interpolated linearly between the
 * values either side. Exact decimals; nothing is rounded. Quartile 1 is the best whichever way is
 * better: for higher is better, at or above the upper quartile point is quartile 1, at or above the
 * median 2, at or above the lower quartile point 3, below it 4; lower is better is the mirror image.
 * An outturn exactly on a quartile point is placed in the better quartile. The rank counts the
 * values strictly better than the outturn, plus one: equal values share a rank ({@code RANK.EQ}).
 * A within-range indicator has no better direction and is not placed.
 *
 * @param name the group's name
 * @param indicator the indicator compared
 * @param period the period compared
 * @param comparators the other members of the group and their values, each authority once
 */
public record ComparatorGroup(Text name, IndicatorCode indicator, ReportingPeriod period, List<Member> comparators) {

  /** Creates a group; throws {@link org.lsppm.core.InvalidInputException} on the mistakes {@link #of} reports. */
  public ComparatorGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(comparators, "comparators");
    Checks.require(problems(comparators));
  }

  /** A group from untrusted parts, every problem at once: a blank name or code, an authority twice. */
  public static Validation<Seq<Problem>, ComparatorGroup> of(
      String name, String indicator, ReportingPeriod period, Iterable<Member> comparators) {
    if (comparators == null) {
      return Checks.invalid(Problem.of("comparators", "a list of comparator authorities", null));
    }
    List<Member> all = List.ofAll(comparators);
    return Checks.join(Validation.combine(
            Checks.at("name", Text.of(name)),
            Checks.at("indicator", IndicatorCode.of(indicator)),
            Checks.at("period", Checks.present(period, "a reporting period")),
            Checks.unless(problems(all), all))
        .ap((n, i, p, c) -> Checks.valid(new ComparatorGroup(n, i, p, c))));
  }

  private static Seq<Problem> problems(List<Member> comparators) {
    Seq<Text> repeated = comparators.map(Member::authority).groupBy(a -> a).filter(e -> e._2.size() > 1).keySet().toList()
        .sortBy(Text::value);
    return repeated.isEmpty() ? List.empty()
        : List.of(Problem.of("comparators", "each authority once", repeated.mkString(", ")));
  }

  /**
   * Where {@code measurement}'s outturn falls in this group, with its polarity respected.
   *
   * @throws IllegalArgumentException if the measurement is of another indicator or period
   */
  public Placement place(Measurement measurement) {
    if (!measurement.indicator().code().equals(indicator) || !measurement.period().equals(period)) {
      throw new IllegalArgumentException("expected a measurement of " + indicator + " " + period + ", got "
          + measurement.indicator().code() + " " + measurement.period());
    }
    List<Quantity> values = comparators.flatMap(Member::value);
    int missing = comparators.size() - values.size();
    Polarity polarity = measurement.indicator().polarity();
    Option<Quantity> outturn = measurement.outturn().value();
    if (polarity == Polarity.WITHIN_RANGE) {
      return Placement.notPlaced(this, missing, "a within-range indicator has no better direction");
    }
    if (outturn.isEmpty()) {
      return Placement.notPlaced(this, missing, "the outturn is awaited");
    }
    if (values.isEmpty()) {
      return Placement.notPlaced(this, missing, "no comparator has a value");
    }
    Quantity a = outturn.get();
    boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
    Quartiles q = Quartiles.inclusive(values.append(a));
    int quartile = higher
        ? (a.compareTo(q.upper()) >= 0 ? 1 : a.compareTo(q.median()) >= 0 ? 2 : a.compareTo(q.lower()) >= 0 ? 3 : 4)
        : (a.compareTo(q.lower()) <= 0 ? 1 : a.compareTo(q.median()) <= 0 ? 2 : a.compareTo(q.upper()) <= 0 ? 3 : 4);
    int better = values.count(v -> higher ? v.compareTo(a) > 0 : v.compareTo(a) < 0);
    int ties = values.count(v -> v.compareTo(a) == 0);
    return new Placement(this, Option.some(quartile), Option.some(better + 1), values.size() + 1, ties, missing, Option.some(q),
        Option.none());
  }

  /**
   * One member of a comparator group and its value for the group's indicator and period.
   *
   * @param authority the member, such as a council's name
   * @param value its value; none when it has not published one
   */
  public record Member(Text authority, Option<Quantity> value) {

    /** Creates a member; neither part may be null. */
    public Member {
      Objects.requireNonNull(authority, "authority");
      Objects.requireNonNull(value, "value");
      Checks.require(Checks.inputProblems("value", value.getOrNull()));
    }
  }

  /**
   * The three quartile points of a set of values.
   *
   * @param lower the lower quartile point (25%)
   * @param median the median (50%)
   * @param upper the upper quartile point (75%)
   */
  public record Quartiles(Quantity lower, Quantity median, Quantity upper) {

    /** Creates quartile points; none may be null. */
    public Quartiles {
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(median, "median");
      Objects.requireNonNull(upper, "upper");
    }

    /**
     * The quartile points as a spreadsheet's {@code QUARTILE.INC} computes them, exactly.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static Quartiles inclusive(Seq<Quantity> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("expected at least one value");
      }
      List<BigDecimal> sorted = values.map(Quantity::value).toList().sorted();
      return new Quartiles(point(sorted, 1), point(sorted, 2), point(sorted, 3));
    }

    /** The {@code quarter}/4 point: position h = (n - 1) * quarter / 4, interpolated. */
    private static Quantity point(List<BigDecimal> sorted, int quarter) {
      int quarters = (sorted.size() - 1) * quarter;
      int below = quarters / 4;
      BigDecimal fraction = BigDecimal.valueOf(quarters % 4 * 25L, 2);
      BigDecimal base = sorted.get(below);
      BigDecimal value = fraction.signum() == 0 ? base : base.add(fraction.multiply(sorted.get(below + 1).subtract(base)));
      return new Quantity(value);
    }
  }

  /**
   * Where a council's outturn falls in its comparator group.
   *
   * @param group the group
   * @param quartile 1 (best) to 4 (worst); none when not placed
   * @param rank 1 for the best; equal values share a rank; none when not placed
   * @param of how many values were ranked: the comparators with a value and the council
   * @param ties how many comparators have exactly the council's value
   * @param missing how many comparators have no value and were left out
   * @param quartiles the quartile points; none when not placed
   * @param reason why the outturn was not placed, when it was not
   */
  public record Placement(ComparatorGroup group, Option<Integer> quartile, Option<Integer> rank, int of, int ties, int missing,
      Option<Quartiles> quartiles, Option<String> reason) {

    /** Creates a placement; no part may be null. */
    public Placement {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(quartile, "quartile");
      Objects.requireNonNull(rank, "rank");
      Objects.requireNonNull(quartiles, "quartiles");
      Objects.requireNonNull(reason, "reason");
    }

    static Placement notPlaced(ComparatorGroup group, int missing, String reason) {
      return new Placement(group, Option.none(), Option.none(), 0, 0, missing, Option.none(), Option.some(reason));
    }

    /** For people: {@code top quartile, rank 2 of 16 (1 tied; 2 without a value)}, or why it was not placed. */
    @Override
    public String toString() {
      if (reason.isDefined()) {
        return "not placed: " + reason.get();
      }
      String words = switch (quartile.get()) {
        case 1 -> "top quartile";
        case 2 -> "second quartile";
        case 3 -> "third quartile";
        default -> "bottom quartile";
      };
      String note = note();
      return words + ", rank " + rank.get() + " of " + of + (note.isEmpty() ? "" : " (" + note + ")");
    }

    /** What a reader should know beside the quartile: {@code 1 tied; 2 without a value}, or why it was not placed; empty if nothing. */
    public String note() {
      return reason.getOrElse(() -> List.of(ties > 0 ? ties + " tied" : "", missing > 0 ? missing + " without a value" : "")
          .filter(s -> !s.isEmpty()).mkString("; "));
    }
  }
}
