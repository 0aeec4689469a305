package org.lsppm.core.reward;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.IndicatorCode;

/** One measured part of a stretch target, with its own stretch and optional weight. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSubTarget.class)
@JsonDeserialize(as = ImmutableSubTarget.class)
public abstract class SubTarget {

  /** The sub-target's reference, unique within its target. */
  public abstract TargetId id();

  /** What is measured. */
  public abstract Text title();

  /** The indicator measured, if it is one the partnership tracks. */
  @Value.Default
  public Option<IndicatorCode> indicator() {
    return Option.none();
  }

  /** W, T and the interim level. */
  public abstract Stretch stretch();

  /** The agreed weight within the target; none means equal division. */
  @Value.Default
  public Option<Weight> weight() {
    return Option.none();
  }

  /** A sub-target from untrusted parts; {@code indicator} and {@code weight} may be null. */
  public static Validation<Seq<Problem>, SubTarget> of(
      String id, String title, String indicator, Stretch stretch, Weight weight) {
    return Checks.flat(Validation.combine(
                Checks.at("id", TargetId.of(id)),
                Checks.at("title", Text.of(title)),
                Checks.at("indicator", Checks.optional(indicator, IndicatorCode::of)),
                Checks.at("stretch", Checks.present(stretch, "W and T")))
            .ap((i, t, ind, s) -> ImmutableSubTarget.builder().id(i).title(t).stretch(s)
                .indicator(ind).weight(Option.of(weight)).build()));
  }
}
