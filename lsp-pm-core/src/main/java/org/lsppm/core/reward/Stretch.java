package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;

/**
 * The two levels of a stretch target: W, the performance expected without the agreement, and T,
 * the performance target with the stretch, and optionally an interim level on the way. T above W
 * means higher is better, T below W lower is better; T equal to W is not a stretch. An interim
 * level lies strictly on T's side of W and not beyond T. Immutable and thread-safe.
 *
 * @param withoutAgreement W
 * @param withStretch T, different from W
 * @param interim the interim level, if one was agreed
 */
public record Stretch(Quantity withoutAgreement, Quantity withStretch, Option<Quantity> interim) {

  /** Creates a stretch; throws {@link org.lsppm.core.InvalidInputException} when T = W or the interim is misplaced. */
  public Stretch {
    Objects.requireNonNull(withoutAgreement, "withoutAgreement");
    Objects.requireNonNull(withStretch, "withStretch");
    Objects.requireNonNull(interim, "interim");
    Checks.require(problems(withoutAgreement, withStretch, interim));
  }

  /** A stretch from untrusted levels; {@code interim} may be null for none. */
  public static Validation<Seq<Problem>, Stretch> of(Quantity withoutAgreement, Quantity withStretch, Quantity interim) {
    return Checks.join(Validation.combine(
            Checks.at("withoutAgreement", Checks.present(withoutAgreement, "W, a number")),
            Checks.at("withStretch", Checks.present(withStretch, "T, a number")))
        .ap((w, t) -> Checks.buildUnless(problems(w, t, Option.of(interim)),
            () -> new Stretch(w, t, Option.of(interim)))));
  }

  @JsonCreator
  static Stretch fromJson(
      @JsonProperty("withoutAgreement") Quantity withoutAgreement,
      @JsonProperty("withStretch") Quantity withStretch,
      @JsonProperty("interim") Option<Quantity> interim) {
    return Checks.orThrow(of(withoutAgreement, withStretch, interim == null ? null : interim.getOrNull()));
  }

  /** Whether the stretch asks for a higher value than W. */
  public boolean isHigherBetter() {
    return withStretch.compareTo(withoutAgreement) > 0;
  }

  private static Seq<Problem> problems(Quantity w, Quantity t, Option<Quantity> interim) {
    Seq<Problem> bounds = Checks.inputProblems("withoutAgreement", w).appendAll(Checks.inputProblems("withStretch", t))
        .appendAll(Checks.inputProblems("interim", interim.getOrNull()));
    if (!bounds.isEmpty()) {
      return bounds;
    }
    if (t.compareTo(w) == 0) {
      return List.of(Problem.of("withStretch", "T different from W = " + w + " (T = W is not a stretch)", t));
    }
    int direction = t.compareTo(w);
    return interim
        .filter(i -> i.compareTo(w) * direction <= 0 || i.compareTo(t) * direction > 0)
        .map(i -> Problem.of("interim", "a level strictly on T's side of W = " + w + " and not beyond T = " + t, i))
        .toList();
  }
}
