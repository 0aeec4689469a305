package org.lsppm.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.period.ReportingPeriod;

/**
 * The level an indicator should reach by the end of a period, the baseline it starts from, and an
 * optional trajectory of in-year milestones. Milestones are in period order, each ends within the
 * target's period, and no two share a period. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

  /** The indicator this target is for. */
  public abstract IndicatorCode indicator();

  /** The period by whose end the goal should be reached. */
  public abstract ReportingPeriod period();

  /** The level to reach. */
  public abstract Goal goal();

  /** Where the indicator started, if known. */
  @Value.Default
  public Option<Baseline> baseline() {
    return Option.none();
  }

  /** In-year milestones, in period order; empty when no trajectory was agreed. */
  @Value.Default
  public List<Milestone> trajectory() {
    return List.empty();
  }

  /** The milestone for the period that contains {@code period}'s end, if one was agreed. */
  public Option<Milestone> milestoneFor(ReportingPeriod period) {
    return trajectory().find(m -> m.period().equals(period));
  }

  @Value.Check
  final void check() {
    Checks.require(problems(period(), trajectory()));
  }

  /**
   * A target from untrusted parts, every problem reported at once: the indicator's code as text
   * ({@code "NI 16"}, or {@code indicator.code().value()}), the baseline {@code null} where none was
   * recorded, the trajectory empty or {@code null} where there is none.
   */
  public static Validation<Seq<Problem>, Target> of(
      String indicator, ReportingPeriod period, Goal goal, Baseline baseline, Iterable<Milestone> trajectory) {
    return Checks.join(Validation.combine(
                Checks.at("indicator", IndicatorCode.of(indicator)),
                Checks.at("period", Checks.present(period, "a period")),
                Checks.at("goal", Checks.present(goal, "a goal")),
                Checks.each("trajectory", trajectory, m -> Checks.present(m, "a milestone")))
            .ap((i, p, g, t) -> Checks.buildUnless(problems(p, t), () -> ImmutableTarget.builder()
                .indicator(i).period(p).goal(g).baseline(Option.of(baseline)).trajectory(t).build())));
  }

  private static Seq<Problem> problems(ReportingPeriod period, List<Milestone> trajectory) {
    Seq<Problem> outside = trajectory.zipWithIndex()
        .filter(t -> t._1.period().end().isAfter(period.end()))
        .map(t -> Problem.of("trajectory[" + t._2 + "].period", "a period ending by the target's end " + period.end(), t._1.period()));
    Seq<Problem> order = trajectory.zip(trajectory.drop(1)).zipWithIndex()
        .filter(t -> t._1._2.period().compareTo(t._1._1.period()) <= 0)
        .map(t -> Problem.of("trajectory[" + (t._2 + 1) + "].period",
            "a period after the previous milestone's " + t._1._1.period() + " (in order, no repeats)", t._1._2.period()));
    return outside.appendAll(order);
  }
}
