package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.IndicatorCode;

/**
 * One indicator's own tolerance, overriding the policy's default and vital-sign tolerances.
 * Immutable and thread-safe.
 *
 * @param indicator the indicator, never null
 * @param tolerance its tolerance, zero or more
 */
public record ToleranceOverride(IndicatorCode indicator, Ratio tolerance) {

  /** Creates an override; throws {@link org.lsppm.core.InvalidInputException} for a negative tolerance. */
  @JsonCreator
  public ToleranceOverride(@JsonProperty("indicator") IndicatorCode indicator, @JsonProperty("tolerance") Ratio tolerance) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    Checks.require(RatingPolicy.toleranceProblems("tolerance", tolerance));
  }

  /** An override from untrusted parts. */
  public static Validation<Seq<Problem>, ToleranceOverride> of(String indicator, Ratio tolerance) {
    return Checks.join(Validation.combine(
            Checks.at("indicator", IndicatorCode.of(indicator)),
            Checks.at("tolerance", Checks.present(tolerance, "a tolerance such as 0.1")))
        .ap((i, t) -> Checks.buildUnless(RatingPolicy.toleranceProblems("tolerance", t),
            () -> new ToleranceOverride(i, t))));
  }
}
