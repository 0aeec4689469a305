package org.lsppm.core.reward;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.IndicatorCode;

/**
 * A reward-bearing target of an LPSA or LAA1 agreement: measured either by one stretch of its own
 * or by two or more sub-targets, never both. Within a target either every sub-target carries a
 * weight or none does (equal division). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStretchTarget.class)
@JsonDeserialize(as = ImmutableStretchTarget.class)
public abstract class StretchTarget {

  /** The target's reference, unique within its agreement. */
  public abstract TargetId id();

  /** What the target is about. */
  public abstract Text title();

  /** The indicator measured, for a target with its own stretch that the partnership tracks. */
  @Value.Default
  public Option<IndicatorCode> indicator() {
    return Option.none();
  }

  /** The target's own W, T and interim level; none when it is measured by sub-targets. */
  @Value.Default
  public Option<Stretch> stretch() {
    return Option.none();
  }

  /** The sub-targets; empty when the target has its own stretch. */
  @Value.Default
  public List<SubTarget> subTargets() {
    return List.empty();
  }

  /** The agreed weight within the agreement; none means equal division. */
  @Value.Default
  public Option<Weight> weight() {
    return Option.none();
  }

  @Value.Check
  final void check() {
    Checks.require(problems(stretch(), subTargets()));
  }

  /** A target with a stretch of its own. */
  public static Validation<Seq<Problem>, StretchTarget> of(
      String id, String title, String indicator, Stretch stretch, Weight weight) {
    return build(id, title, indicator, Option.of(stretch), List.empty(), weight, stretch == null);
  }

  /** A target measured by sub-targets. */
  public static Validation<Seq<Problem>, StretchTarget> withSubTargets(
      String id, String title, Iterable<SubTarget> subTargets, Weight weight) {
    return build(id, title, null, Option.none(), subTargets, weight, false);
  }

  private static Validation<Seq<Problem>, StretchTarget> build(
      String id, String title, String indicator, Option<Stretch> stretch, Iterable<SubTarget> subTargets,
      Weight weight, boolean stretchMissing) {
    Validation<Seq<Problem>, Option<Stretch>> checkedStretch = stretchMissing
        ? Checks.at("stretch", Checks.invalid(Problem.of("W and T", null)))
        : Checks.valid(stretch);
    return Checks.join(Validation.combine(
                Checks.at("id", TargetId.of(id)),
                Checks.at("title", Text.of(title)),
                Checks.at("indicator", Checks.optional(indicator, IndicatorCode::of)),
                checkedStretch,
                Checks.each("subTargets", subTargets, s -> Checks.present(s, "a sub-target")))
            .ap((i, t, ind, st, subs) -> Checks.buildUnless(problems(st, subs),
                () -> ImmutableStretchTarget.builder().id(i).title(t).indicator(ind).stretch(st)
                    .subTargets(subs).weight(Option.of(weight)).build())));
  }

  private static Seq<Problem> problems(Option<Stretch> stretch, List<SubTarget> subTargets) {
    List<Problem> found = List.empty();
    if (stretch.isDefined() && !subTargets.isEmpty()) {
      found = found.append(Problem.of("subTargets", "no sub-targets on a target with its own stretch", subTargets.size() + " sub-targets"));
    }
    if (stretch.isEmpty() && subTargets.size() < 2) {
      found = found.append(Problem.of("subTargets", "a stretch of its own, or at least two sub-targets", subTargets.size() + " sub-targets"));
    }
    Seq<TargetId> duplicates = subTargets.map(SubTarget::id).groupBy(x -> x).filter(e -> e._2.size() > 1).keySet().toList().sorted();
    if (!duplicates.isEmpty()) {
      found = found.append(Problem.of("subTargets", "sub-target ids that are unique within the target", duplicates.mkString(", ")));
    }
    long weighted = subTargets.count(s -> s.weight().isDefined());
    if (weighted != 0 && weighted != subTargets.size()) {
      found = found.append(Problem.of("subTargets", "a weight on every sub-target or on none",
          weighted + " of " + subTargets.size() + " weighted"));
    }
    return found;
  }
}
