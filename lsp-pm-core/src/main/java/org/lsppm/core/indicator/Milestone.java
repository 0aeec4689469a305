package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.period.ReportingPeriod;

/**
 * A point of a target's trajectory: the level expected by the end of an in-year period.
 * Immutable and thread-safe.
 *
 * @param period the period the milestone falls in, never null
 * @param goal the level expected then, never null
 */
public record Milestone(ReportingPeriod period, Goal goal) {

  /** Creates a milestone; neither part may be null. */
  @JsonCreator
  public Milestone(@JsonProperty("period") ReportingPeriod period, @JsonProperty("goal") Goal goal) {
    this.period = Objects.requireNonNull(period, "period");
    this.goal = Objects.requireNonNull(goal, "goal");
  }

  /** A milestone from untrusted parts. */
  public static Validation<Seq<Problem>, Milestone> of(ReportingPeriod period, Goal goal) {
    return Checks.flat(Validation.combine(
            Checks.at("period", Checks.present(period, "a period")),
            Checks.at("goal", Checks.present(goal, "a goal")))
        .ap(Milestone::new));
  }
}
