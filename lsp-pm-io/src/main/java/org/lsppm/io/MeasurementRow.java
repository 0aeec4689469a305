package org.lsppm.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.PreviousOutturns;
import org.lsppm.core.rating.RatingBasis;

/**
 * A row of measurements from typed columns, for an embedder whose outturns are in a database table
 * or a data frame rather than a file: the columns of the measurements file (indicator, title, theme,
 * unit, polarity, vital_sign, period, target, target_lower, target_upper, outturn, status, previous,
 * tolerance, commentary), each set from its value (a code, a decimal, a period, an enum) or from
 * the word a file uses for it, checked by the same rules as a file's row, and every problem
 * reported at once at its column's name. No value passes through text.
 *
 * <pre>{@code
 * // one row of a JDBC ResultSet (or a data frame) as a measurement
 * Validation<Seq<Problem>, Measurement> m = MeasurementRow.newBuilder()
 *     .indicator(rs.getString("code")).title(rs.getString("title")).theme(rs.getString("theme"))
 *     .polarity(rs.getString("polarity"))          // "lower", as the files write it, or Polarity.LOWER_IS_BETTER
 *     .vitalSign(rs.getBoolean("vital"))
 *     .period(ReportingPeriod.year(FinancialYear.containing(rs.getDate("year_end").toLocalDate())))
 *     .target(rs.getBigDecimal("target")).outturn(rs.getBigDecimal("outturn"))
 *     .status(rs.getString("status"))              // "final", or DataStatus.FINAL
 *     .build();                                    // problems at their columns: outturn: expected ...
 *
 * // a whole table, checked across rows as a file is, with each direction of travel found
 * Validation<Seq<Problem>, List<Measurement>> all = MeasurementRow.measurements(builders);
 * }</pre>
 *
 * <p>A null for an optional column is none; the required columns are indicator, polarity, period
 * and status, as in the file. A blank title is the code, a blank theme {@code Unassigned}, a blank
 * unit {@code -}. Without a target (or target range) the row is data only, with no light.
 */
public final class MeasurementRow {
  private MeasurementRow() {}

  /** A builder with nothing set; each setter replaces what was set before. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Every row's measurement, checked across the rows as a file's rows are: one row per indicator and
   * period, and an indicator's polarity, title and unit the same on every row of it. Each problem
   * is placed at its row's index and column ({@code [3].outturn}). A row without a previous outturn
   * is compared with its indicator's latest earlier period among the others ({@link PreviousOutturns}).
   */
  public static Validation<Seq<Problem>, List<Measurement>> measurements(Iterable<Builder> rows) {
    java.util.List<Problem> problems = new java.util.ArrayList<>();
    java.util.List<Measurement> built = new java.util.ArrayList<>();
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    java.util.Map<java.util.List<Object>, Indicator> indicators = new java.util.HashMap<>();
    int i = 0;
    for (Builder row : rows) {
      String at = "[" + i + "]";
      Validation<Seq<Problem>, Measurement> m = row.build(indicators);
      if (m.isInvalid()) {
        m.getError().forEach(p -> problems.add(p.at(at)));
      } else {
        Measurement next = m.get();
        String code = next.indicator().code().value();
        Integer earlier = seen.putIfAbsent(code + " " + next.period(), i);
        Integer firstOf = first.putIfAbsent(code, i);
        if (earlier != null) {
          problems.add(new Problem(at + ".indicator", "one row per indicator and period",
              code + " " + next.period() + " again (first at [" + earlier + "])"));
        } else if (firstOf != null) {
          Indicator theirs = built.get(firstOf).indicator();
          Indicator mine = next.indicator();
          disagreement(problems, at, "polarity", code, firstOf, theirs.polarity(), mine.polarity());
          disagreement(problems, at, "title", code, firstOf, theirs.title().value(), mine.title().value());
          disagreement(problems, at, "unit", code, firstOf, theirs.unit().value(), mine.unit().value());
        }
        built.add(next);
      }
      i++;
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(List.ofAll(problems));
    }
    List<Measurement> all = List.ofAll(built);
    return Validation.valid(PreviousOutturns.of(all).completeAll(all).toList());
  }

  private static void disagreement(java.util.List<Problem> problems, String at, String column, String code, int firstOf, Object theirs,
      Object mine) {
    if (!theirs.equals(mine)) {
      problems.add(new Problem(at + "." + column, "\"" + theirs + "\" for " + code + " as at [" + firstOf + "]", "\"" + mine + "\""));
    }
  }

  /** The columns of one row, set one at a time; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private String indicator;
    private String title;
    private String theme;
    private String unit;
    private String commentary;
    private boolean vitalSign;
    private Validation<Seq<Problem>, Polarity> polarity = Polarity.parse(null);
    private Validation<Seq<Problem>, ReportingPeriod> period = Values.period(null);
    private Validation<Seq<Problem>, DataStatus> status = DataStatus.parse(null);
    private BigDecimal target;
    private BigDecimal targetLower;
    private BigDecimal targetUpper;
    private BigDecimal outturn;
    private BigDecimal previous;
    private BigDecimal tolerance;

    private Builder() {}

    /** The indicator's code, such as {@code NI 16}; required. */
    public Builder indicator(String code) {
      this.indicator = code;
      return this;
    }

    /** The indicator's title; blank for its code. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The theme the indicator belongs to; blank for {@code Unassigned}. */
    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    /** The indicator's unit, such as {@code crimes per 1,000}; blank for {@code -}. */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Which outturns are better; required. */
    public Builder polarity(Polarity polarity) {
      this.polarity = Checks.present(polarity, "higher, lower or range");
      return this;
    }

    /** Which outturns are better, in the file's words: {@code higher}, {@code lower} or {@code range} ({@link Polarity#parse}). */
    public Builder polarity(String word) {
      this.polarity = Polarity.parse(word);
      return this;
    }

    /** Whether the indicator is a vital sign; no unless set. */
    public Builder vitalSign(boolean vitalSign) {
      this.vitalSign = vitalSign;
      return this;
    }

    /** The period measured; required. */
    public Builder period(ReportingPeriod period) {
      this.period = period == null ? Values.period(null) : Checks.valid(period);
      return this;
    }

    /** The period measured, in the file's words: {@code 2008/09} or {@code 2008-04-01..2008-09-30}. */
    public Builder period(String text) {
      this.period = Values.period(text);
      return this;
    }

    /** The outturn's status; required. */
    public Builder status(DataStatus status) {
      this.status = Checks.present(status, "final, provisional, estimated or awaited");
      return this;
    }

    /** The outturn's status in the file's words: {@code final}, {@code provisional}, {@code estimated} or {@code awaited}. */
    public Builder status(String word) {
      this.status = DataStatus.parse(word);
      return this;
    }

    /** The single target; none (null) for a range or data only. */
    public Builder target(BigDecimal target) {
      this.target = target;
      return this;
    }

    /** The lower end of a range target, for a within-range indicator. */
    public Builder targetLower(BigDecimal lower) {
      this.targetLower = lower;
      return this;
    }

    /** The upper end of a range target, for a within-range indicator. */
    public Builder targetUpper(BigDecimal upper) {
      this.targetUpper = upper;
      return this;
    }

    /** The outturn; none (null) when awaited. */
    public Builder outturn(BigDecimal outturn) {
      this.outturn = outturn;
      return this;
    }

    /** The previous comparable outturn, for the direction of travel; none to find it among the other rows. */
    public Builder previous(BigDecimal previous) {
      this.previous = previous;
      return this;
    }

    /** This row's own tolerance as a proportion ({@code 0.05} for 5%); none for the policy's. */
    public Builder tolerance(BigDecimal tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /** The commentary on the outturn, shown with exceptions in the committee paper. */
    public Builder commentary(String commentary) {
      this.commentary = commentary;
      return this;
    }

    /** The row as a measurement, or every problem with it at once, each at its column's name. */
    public Validation<Seq<Problem>, Measurement> build() {
      return build(new java.util.HashMap<>());
    }

    /** {@link #build()}, sharing the indicators in {@code indicators} with the rows built before. */
    private Validation<Seq<Problem>, Measurement> build(java.util.Map<java.util.List<Object>, Indicator> indicators) {
      var code = Checks.at("indicator", Checks.code(indicator));
      var outturnQ = optional("outturn", outturn, Quantity::of);
      var targetQ = optional("target", target, Quantity::of);
      var lowerQ = optional("target_lower", targetLower, Quantity::of);
      var upperQ = optional("target_upper", targetUpper, Quantity::of);
      var previousQ = optional("previous", previous, Quantity::of);
      var toleranceR = optional("tolerance", tolerance, Ratio::of);
      Seq<Problem> found = List.<Validation<Seq<Problem>, ?>>of(code, Checks.at("polarity", polarity), Checks.at("period", period),
              Checks.at("status", status), outturnQ, targetQ, lowerQ, upperQ, previousQ, toleranceR,
              commentary == null ? Checks.valid(null) : Checks.at("commentary", Text.of(commentary)))
          .flatMap(v -> v.isInvalid() ? v.getError() : List.empty());
      if (!found.isEmpty()) {
        return Validation.invalid(found);
      }
      return measurement(code.get(), polarity.get(), period.get(), status.get(), outturnQ.get(), targetQ.get(), lowerQ.get(),
          upperQ.get(), previousQ.get(), vitalSign, toleranceR.get(), stripped(title), stripped(theme), stripped(unit), commentary,
          indicators);
    }

    private static <T> Validation<Seq<Problem>, Option<T>> optional(String column, BigDecimal value,
        java.util.function.Function<BigDecimal, Validation<Seq<Problem>, T>> make) {
      return value == null ? Checks.valid(Option.none()) : Checks.at(column, make.apply(value)).map(Option::some);
    }

    /** The text as a file's cell holds it: stripped, and null when blank. */
    private static String stripped(String text) {
      return text == null || Checks.isBlank(text) ? null : Checks.strip(text);
    }
  }

  /**
   * A row's measurement from its checked columns, each problem at its column's name (its path
   * under it for a part of a value: {@code target.upper}); the measurements file's rows are made
   * here too. A null title is the code, a null theme {@code Unassigned}, a null unit {@code -}. {@code indicators} holds the indicators lately built, by every column that makes one,
   * so that rows share them.
   */
  static Validation<Seq<Problem>, Measurement> measurement(String code, Polarity polarity, ReportingPeriod period, DataStatus status,
      Option<Quantity> outturn, Option<Quantity> target, Option<Quantity> lower, Option<Quantity> upper, Option<Quantity> previous,
      boolean vital, Option<Ratio> tolerance, String title, String theme, String unit, String commentary,
      java.util.Map<java.util.List<Object>, Indicator> indicators) {
    if (polarity == Polarity.WITHIN_RANGE && target.isDefined()) {
      return Checks.invalid(new Problem("target", "target_lower and target_upper for a range indicator", "target " + target.get()));
    }
    if (polarity != Polarity.WITHIN_RANGE && (lower.isDefined() || upper.isDefined())) {
      return Checks.invalid(new Problem("target_lower", "a single target for a " + polarity + " indicator", "a range"));
    }
    if (lower.isDefined() != upper.isDefined()) {
      return Checks.invalid(new Problem(lower.isDefined() ? "target_upper" : "target_lower", "both ends of a range target", "one"));
    }
    Option<Goal> goal = target.map(Goal::of);
    if (lower.isDefined()) {
      Validation<Seq<Problem>, Goal> range = Goal.between(lower.get(), upper.get());
      if (range.isInvalid()) {
        return Checks.invalid(range.getError().head().at("target"));
      }
      goal = Option.some(range.get());
    }
    String titled = title == null ? code : title;
    String themed = theme == null ? "Unassigned" : theme;
    String unitOf = unit == null ? "-" : unit;
    java.util.List<Object> key = java.util.List.of(code, titled, themed, polarity, unitOf, vital);
    Indicator indicator = indicators.get(key);
    if (indicator == null) {
      Validation<Seq<Problem>, Indicator> built = Indicator.newBuilder().code(code).title(titled).theme(themed)
          .polarity(polarity).unit(unitOf).flags(vital ? List.of(IndicatorFlag.VITAL_SIGN) : List.empty()).build();
      if (built.isInvalid()) {
        return Validation.invalid(built.getError()); // each at its column: a theme's name too long is the theme's
      }
      indicator = built.get();
      indicators.put(key, indicator);
    }
    Validation<Seq<Problem>, Outturn> o = Outturn.of(indicator.code().value(), period, outturn, status);
    if (o.isInvalid()) {
      // The outturn's own value is the outturn column: outturn, not outturn.value.
      return Checks.invalid(o.getError().head().within("value").at("outturn"));
    }
    if (commentary != null) {
      o = o.get().withCommentary(commentary); // checked as text by the caller
    }
    return Measurement.newBuilder().indicator(indicator).outturn(o.get())
        .basis(goal.isDefined() ? RatingBasis.TARGET : RatingBasis.NONE).goal(goal.getOrNull())
        .previous(previous.getOrNull()).tolerance(tolerance.getOrNull()).build();
  }
}
