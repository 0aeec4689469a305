package org.lsppm.core.rating;

import org.lsppm.core.partnership.Measurements;

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
 * One question for the rating rules: an outturn of an indicator, what it is measured against (a
 * target, a trajectory milestone, or nothing for a data-only indicator), the previous comparable
 * outturn for the trend, and optionally a tolerance of its own that beats the policy's.
 * Immutable and thread-safe.
 *
 * @param indicator the indicator, giving polarity and whether it is a vital sign
 * @param outturn the outturn rated; its indicator is {@code indicator}
 * @param basis what the outturn is rated against; {@link RatingBasis#NONE} exactly when there is no goal
 * @param goal the level asked for; a range exactly for a within-range indicator
 * @param previous the outturn of the previous comparable period, if known
 * @param tolerance a tolerance for this measurement only; needs a goal
 */
public record Measurement(
    Indicator indicator, Outturn outturn, RatingBasis basis, Option<Goal> goal, Option<Quantity> previous,
    Option<Ratio> tolerance) {

  /** Creates a measurement; throws {@link org.lsppm.core.InvalidInputException} on the mistakes {@link #of} reports. */
  public Measurement {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(outturn, "outturn");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(tolerance, "tolerance");
    Checks.require(problems(indicator, outturn, basis, goal, tolerance));
  }

  /**
   * A builder of a measurement from untrusted parts; {@link Builder#build()} reports every problem at
   * once. {@code Measurements.of(partnership)} makes them for a whole partnership.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private Indicator indicator;
    private Outturn outturn;
    private RatingBasis basis;
    private Goal goal;
    private Quantity previous;
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

    /** This measurement's own tolerance; none for the policy's. */
    public Builder tolerance(Ratio tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, Measurement> build() {
      return of(indicator, outturn, basis, goal, previous, tolerance);
    }
  }
  /**
   * A measurement from untrusted parts, every problem reported at once. {@code goal},
   * {@code previous} and {@code tolerance} may be null for none.
   {@link #newBuilder()} is the public
   * way in.
   */
  static Validation<Seq<Problem>, Measurement> of(
      Indicator indicator, Outturn outturn, RatingBasis basis, Goal goal, Quantity previous, Ratio tolerance) {
    return Checks.join(Validation.combine(
            Checks.at("indicator", Checks.present(indicator, "an indicator")),
            Checks.at("outturn", Checks.present(outturn, "an outturn")),
            Checks.at("basis", Checks.present(basis, "one of " + List.of(RatingBasis.values()).mkString(", "))))
        .ap((i, o, b) -> Checks.buildUnless(problems(i, o, b, Option.of(goal), Option.of(tolerance)),
            () -> new Measurement(i, o, b, Option.of(goal), Option.of(previous), Option.of(tolerance)))));
  }

  /** An outturn against the target for its period. */
  public static Validation<Seq<Problem>, Measurement> againstTarget(
      Indicator indicator, Outturn outturn, Target target, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.TARGET, target.goal(), previous.getOrNull(), null);
  }

  /** An in-year outturn against its trajectory milestone. */
  public static Validation<Seq<Problem>, Measurement> againstMilestone(
      Indicator indicator, Outturn outturn, Milestone milestone, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.MILESTONE, milestone.goal(), previous.getOrNull(), null);
  }

  /** An outturn of a data-only indicator: no goal, so no light. */
  public static Validation<Seq<Problem>, Measurement> dataOnly(Indicator indicator, Outturn outturn, Option<Quantity> previous) {
    return of(indicator, outturn, RatingBasis.NONE, null, previous.getOrNull(), null);
  }

  /** The period measured. */
  public ReportingPeriod period() {
    return outturn.period();
  }

  /** This measurement with a tolerance of its own. */
  public Measurement withTolerance(Ratio tolerance) {
    return new Measurement(indicator, outturn, basis, goal, previous, Option.some(tolerance));
  }

  private static Seq<Problem> problems(
      Indicator indicator, Outturn outturn, RatingBasis basis, Option<Goal> goal, Option<Ratio> tolerance) {
    List<Problem> found = List.empty();
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
}
