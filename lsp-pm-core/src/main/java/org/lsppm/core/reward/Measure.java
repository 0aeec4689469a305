package org.lsppm.core.reward;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import org.lsppm.core.Text;

/**
 * One measured part of a reward agreement: a target with a stretch of its own, or one sub-target
 * of a target. Outturns and grant are counted per measure. Immutable and thread-safe.
 *
 * @param target the target the measure belongs to
 * @param id the measure's id: the target's own id, or the sub-target's
 * @param title what is measured
 * @param stretch W, T and the interim level
 * @param weight the agreed weight within its target (sub-targets only)
 */
public record Measure(TargetId target, TargetId id, Text title, Stretch stretch, Option<Weight> weight) {

  /** Creates a measure; no part may be null. */
  public Measure {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(stretch, "stretch");
    Objects.requireNonNull(weight, "weight");
  }

  /** The measures of {@code target}: its own stretch, or each of its sub-targets. */
  public static List<Measure> of(StretchTarget target) {
    if (target.stretch().isDefined()) {
      return List.of(new Measure(target.id(), target.id(), target.title(), target.stretch().get(), Option.none()));
    }
    return target.subTargets().map(s -> new Measure(target.id(), s.id(), s.title(), s.stretch(), s.weight()));
  }
}
