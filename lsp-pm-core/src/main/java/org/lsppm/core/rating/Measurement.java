package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Milestone;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.period.ReportingPeriod;

/**
 * One question for the rating rules: an outturn of an indicator, what it is measured against, and
 * the previous comparable outturn for the trend. Either {@link AgainstGoal} (a target, a trajectory
 * milestone or a forecast's final target, optionally with a tolerance of its own that beats the
 * policy's) or {@link DataOnly} (no goal, so no light). The two states are two types: a
 * measurement against a goal always has its goal, a data-only one never has a goal or a tolerance.
 * Immutable and thread-safe.
 *
 * <p>In JSON both are one object, {@code {"indicator", "outturn", "basis", "goal", "previous",
 * "previousPeriod", "tolerance"}}, with {@code basis} {@code NONE} and {@code goal} null exactly for
 * data only.
 */
@JsonPropertyOrder({"indicator", "outturn", "basis", "goal", "previous", "previousPeriod", "tolerance"})
public sealed interface Measurement permits Measurement.AgainstGoal, Measurement.DataOnly {

  /** The indicator, giving polarity and whether it is a vital sign. */
  @JsonProperty("indicator")
  Indicator indicator();

  /** The outturn rated; its indicator is {@link #indicator()}'s. */
  @JsonProperty("outturn")
  Outturn outturn();

  /** What the outturn is rated against; {@link RatingBasis#NONE} exactly for {@link DataOnly}. */
  @JsonProperty("basis")
  RatingBasis basis();

  /** The level asked for, a range exactly for a within-range indicator; none exactly for {@link DataOnly}. */
  @JsonProperty("goal")
  Option<Goal> goal();

  /** The outturn of the previous comparable period, if known. */
  @JsonProperty("previous")
  Option<Quantity> previous();

  /**
   * The period {@link #previous()} is the outturn of, when it is known: set when the previous
   * outturn was found among the same indicator's other outturns ({@link PreviousOutturns}); none
   * when it was given without its period, such as a file's {@code previous} column.
   */
  @JsonProperty("previousPeriod")
  Option<ReportingPeriod> previousPeriod();

  /** A tolerance for this measurement only; none for the policy's, and always none for {@link DataOnly}. */
  @JsonProperty("tolerance")
  Option<Ratio> tolerance();

  /** The period measured. */
  default ReportingPeriod period() {
    return outturn().period();
  }

  /**
   * This measurement with a tolerance of its own; throws
   * {@link org.lsppm.core.InvalidInputException} for a data-only measurement, which has no goal to
   * apply it to.
   */
  default Measurement withTolerance(Ratio tolerance) {
    return Checks.orThrow(of(indicator(), outturn(), basis(), goal().getOrNull(), previous().getOrNull(),
        previousPeriod().getOrNull(), tolerance));
  }

  /**
   * This measurement compared with the outturn {@code previous} of the earlier period
   * {@code period}; throws {@link org.lsppm.core.InvalidInputException} when the period does not end
   * before this one starts.
   */
  default Measurement withPrevious(Quantity previous, ReportingPeriod period) {
    return Checks.orThrow(of(indicator(), outturn(), basis(), goal().getOrNull(), previous, period, tolerance().getOrNull()));
  }

  /**
   * A builder of a measurement from untrusted parts; {@link Builder#build()} reports every problem at
   * once. {@code Measurements.of(partnership)} makes them for a whole partnership.
   */
  static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  final class Builder {
    private Indicator indicator;
    private Outturn outturn;
    private RatingBasis basis;
    private Goal goal;
    private Quantity previous;
    private ReportingPeriod previousPeriod;
    private Ratio tolerance;

    private Builder() {}

    /** The indicator measured; required. */
    public Builder indicator(Indicator indicator) {
      this.indicator = indicator;
      return this;
    }

    /** Its outturn; required. */
    public Builder outturn(Outturn outturn) {
      this.outturn = outturn;
      return this;
    }

    /** What the outturn is rated against; required. */
    public Builder basis(RatingBasis basis) {
      this.basis = basis;
      return this;
    }

    /** The target, milestone or forecast goal; none for data only. */
    public Builder goal(Goal goal) {
      this.goal = goal;
      return this;
    }

    /** The previous comparable outturn, for the trend, if known. */
    public Builder previous(Quantity previous) {
      this.previous = previous;
      return this;
    }

    /** The period of the previous outturn, if known; it ends before the measured period starts. */
    public Builder previousPeriod(ReportingPeriod previousPeriod) {
      this.previousPeriod = previousPeriod;
      return this;
    }

    /** This measurement's own tolerance; none for the policy's. */
    public Builder tolerance(Ratio tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, Measurement> build() {
      return of(indicator, outturn, basis, goal, previous, previousPeriod, tolerance);
    }
  }

  /**
   * A measurement from untrusted parts, every problem reported at once: {@link DataOnly} for
   * {@link RatingBasis#NONE}, {@link AgainstGoal} otherwise. {@code goal}, {@code previous},
   * {@code previousPeriod} and {@code tolerance} may be null for none. {@link #newBuilder()} is the
   * public way in.
   */
  private static Validation<Seq<Problem>, Measurement> of(Indicator indicator, Outturn outturn, RatingBasis basis, Goal goal,
      Quantity previous, ReportingPeriod previousPeriod, Ratio tolerance) {
    return Checks.join(Validation.combine(
            Checks.at("indicator", Checks.present(indicator, "an indicator")),
            Checks.at("outturn", Checks.present(outturn, "an outturn")),
            Checks.at("basis", Checks.present(basis, "one of " + List.of(RatingBasis.values()).mkString(", "))))
        .ap((i, o, b) -> Checks.buildUnless(
            problems(i, o, b, Option.of(goal), Option.of(previous), Option.of(previousPeriod), Option.of(tolerance)),
            () -> make(i, o, b, goal, Option.of(previous), Option.of(previousPeriod), Option.of(tolerance)))));
  }

  /** A measurement as its JSON object writes it; refused, with every problem, when its parts disagree. */
  @JsonCreator
  private static Measurement fromJson(
      @JsonProperty(value = "indicator", required = true) Indicator indicator,
      @JsonProperty(value = "outturn", required = true) Outturn outturn,
      @JsonProperty(value = "basis", required = true) RatingBasis basis,
      @JsonProperty("goal") Option<Goal> goal,
      @JsonProperty("previous") Option<Quantity> previous,
      @JsonProperty("previousPeriod") Option<ReportingPeriod> previousPeriod,
      @JsonProperty("tolerance") Option<Ratio> tolerance) {
    return Checks.orThrow(of(indicator, outturn, basis, orNull(goal), orNull(previous), orNull(previousPeriod), orNull(tolerance)));
  }

  private static <T> T orNull(Option<T> value) {
    return value == null ? null : value.getOrNull();
  }

  private static Measurement make(Indicator indicator, Outturn outturn, RatingBasis basis, Goal goal, Option<Quantity> previous,
      Option<ReportingPeriod> previousPeriod, Option<Ratio> tolerance) {
    return basis == RatingBasis.NONE
        ? new DataOnly(indicator, outturn, previous, previousPeriod)
        : new AgainstGoal(indicator, outturn, basis, goal, previous, previousPeriod, tolerance);
  }

  /** An outturn against the target for its period. */
  static Validation<Seq<Problem>, Measurement> againstTarget(
      Indicator indicator, Outturn outturn, Target target, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.TARGET, target == null ? null : target.goal(), orNull(previous), null, null);
  }

  /** An in-year outturn against its trajectory milestone. */
  static Validation<Seq<Problem>, Measurement> againstMilestone(
      Indicator indicator, Outturn outturn, Milestone milestone, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.MILESTONE, milestone == null ? null : milestone.goal(), orNull(previous), null, null);
  }

  /** An outturn of a data-only indicator: no goal, so no light. */
  static Validation<Seq<Problem>, Measurement> dataOnly(Indicator indicator, Outturn outturn, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.NONE, null, orNull(previous), null, null);
  }


  private static Seq<Problem> problems(Indicator indicator, Outturn outturn, RatingBasis basis, Option<Goal> goal,
      Option<Quantity> previous, Option<ReportingPeriod> previousPeriod, Option<Ratio> tolerance) {
    List<Problem> found = List.ofAll(Checks.inputProblems("previous", previous.getOrNull()));
    if (previousPeriod.isDefined() && previous.isEmpty()) {
      found = found.append(Problem.of("previousPeriod", "no previous period without a previous outturn", previousPeriod.get()));
    }
    if (previousPeriod.exists(p -> !p.end().isBefore(outturn.period().start()))) {
      found = found.append(Problem.of("previousPeriod", "a period that ends before " + outturn.period() + " starts",
          previousPeriod.get()));
    }
    if (!outturn.indicator().equals(indicator.code())) {
      found = found.append(Problem.of("outturn.indicator", "the measured indicator " + indicator.code(), outturn.indicator()));
    }
    if ((basis == RatingBasis.NONE) != goal.isEmpty()) {
      found = found.append(Problem.of("goal", basis == RatingBasis.NONE
          ? "no goal for a data-only (NONE) measurement" : "a goal to rate against " + basis, goal.getOrNull()));
    }
    boolean range = indicator.polarity() == Polarity.WITHIN_RANGE;
    if (goal.exists(g -> g.isRange() != range)) {
      found = found.append(Problem.of("goal", range ? "a range (lower and upper) for a WITHIN_RANGE indicator"
          : "a single value for a " + indicator.polarity() + " indicator", goal.get()));
    }
    if (tolerance.isDefined() && goal.isEmpty()) {
      found = found.append(Problem.of("tolerance", "no tolerance without a target to apply it to", tolerance.get()));
    }
    found = found.appendAll(tolerance.toList().flatMap(t -> RatingPolicy.toleranceProblems("tolerance", t)));
    return found;
  }

  /**
   * An outturn rated against a goal.
   *
   * @param indicator the indicator
   * @param outturn the outturn rated; its indicator is {@code indicator}
   * @param basis target, milestone or forecast; never {@link RatingBasis#NONE}
   * @param level the level asked for; a range exactly for a within-range indicator
   * @param previous the outturn of the previous comparable period, if known
   * @param previousPeriod the period of {@code previous}, when known
   * @param tolerance a tolerance for this measurement only, if any
   */
  record AgainstGoal(Indicator indicator, Outturn outturn, RatingBasis basis, @JsonIgnore Goal level,
      Option<Quantity> previous, Option<ReportingPeriod> previousPeriod, Option<Ratio> tolerance) implements Measurement {

    /** Creates a measurement; throws {@link org.lsppm.core.InvalidInputException} on the mistakes {@link Builder#build()} reports. */
    public AgainstGoal {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(outturn, "outturn");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(previousPeriod, "previousPeriod");
      Objects.requireNonNull(tolerance, "tolerance");
      Checks.require(problems(indicator, outturn, basis, Option.some(level), previous, previousPeriod, tolerance));
    }

    /** The {@link #level()}, always present. */
    @Override
    public Option<Goal> goal() {
      return Option.some(level);
    }
  }

  /**
   * An outturn of an indicator that is data only for its period: no goal, no tolerance, no light.
   *
   * @param indicator the indicator
   * @param outturn the outturn; its indicator is {@code indicator}
   * @param previous the outturn of the previous comparable period, if known
   * @param previousPeriod the period of {@code previous}, when known
   */
  record DataOnly(Indicator indicator, Outturn outturn, Option<Quantity> previous, Option<ReportingPeriod> previousPeriod)
      implements Measurement {

    /** Creates a data-only measurement; throws {@link org.lsppm.core.InvalidInputException} when the outturn is of another indicator. */
    public DataOnly {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(outturn, "outturn");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(previousPeriod, "previousPeriod");
      Checks.require(problems(indicator, outturn, RatingBasis.NONE, Option.none(), previous, previousPeriod, Option.none()));
    }

    /** Always {@link RatingBasis#NONE}. */
    @Override
    public RatingBasis basis() {
      return RatingBasis.NONE;
    }

    /** Always none. */
    @Override
    public Option<Goal> goal() {
      return Option.none();
    }

    /** Always none. */
    @Override
    public Option<Ratio> tolerance() {
      return Option.none();
    }
  }
}
