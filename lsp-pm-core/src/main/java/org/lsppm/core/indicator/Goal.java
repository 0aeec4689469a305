package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;

/**
 * The level a target or milestone asks for: one value (read as "at least" or "at most" by the
 * indicator's polarity) or a range {@code lower..upper}, both ends included. In JSON a single
 * value is {@code {"value": 150}} and a range {@code {"lower": 20, "upper": 30}}.
 * Immutable and thread-safe.
 *
 * @param lower the lower end; equal to {@code upper} for a single value
 * @param upper the upper end, never below {@code lower}
 */
public record Goal(Quantity lower, Quantity upper) {

  /** Creates a goal; throws {@link org.lsppm.core.InvalidInputException} when reversed. */
  public Goal {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    Checks.require(boundProblems(lower, upper));
    Checks.require(orderProblems(lower, upper));
  }

  /** A single value. */
  public static Goal of(Quantity value) {
    return new Goal(value, value);
  }

  /** A range from untrusted ends: both present, {@code upper} not below {@code lower}. */
  public static Validation<Seq<Problem>, Goal> between(Quantity lower, Quantity upper) {
    return Checks.flat(Validation.combine(
                Checks.at("lower", Checks.present(lower, "a number")),
                Checks.at("upper", Checks.present(upper, "a number")))
            .ap((l, u) -> l))
        .flatMap(l -> Checks.unless(boundProblems(lower, upper), l))
        .flatMap(l -> Checks.unless(orderProblems(lower, upper), l))
        .map(l -> new Goal(lower, upper));
  }

  @JsonCreator
  static Goal fromJson(
      @JsonProperty("value") Quantity value,
      @JsonProperty("lower") Quantity lower,
      @JsonProperty("upper") Quantity upper) {
    if (value != null && lower == null && upper == null) {
      return of(value);
    }
    if (value != null) {
      throw new org.lsppm.core.InvalidInputException(List.of(
          Problem.of("value", "either a value or a lower and upper bound, not both", value)));
    }
    return Checks.orThrow(between(lower, upper));
  }

  /** Whether this is a range rather than one value. */
  @JsonIgnore
  public boolean isRange() {
    return lower.compareTo(upper) != 0;
  }

  @JsonValue
  java.util.Map<String, Quantity> toJson() {
    return isRange() ? java.util.Map.of("lower", lower, "upper", upper) : java.util.Map.of("value", lower);
  }

  @Override
  public String toString() {
    return isRange() ? lower + ".." + upper : lower.toString();
  }

  /** A goal's levels are inputs: held to the bounds of every number read. */
  private static Seq<Problem> boundProblems(Quantity lower, Quantity upper) {
    return lower.equals(upper) ? Checks.inputProblems("value", lower)
        : Checks.inputProblems("lower", lower).appendAll(Checks.inputProblems("upper", upper));
  }

  private static Seq<Problem> orderProblems(Quantity lower, Quantity upper) {
    return upper.compareTo(lower) < 0
        ? List.of(Problem.of("upper", "a number not below the lower bound " + lower, upper))
        : List.empty();
  }
}
