package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * An agreed weight for dividing a reward pot: shares are proportional to weights. Strictly
 * positive. Immutable and thread-safe.
 *
 * @param value the weight, above zero
 */
public record Weight(BigDecimal value) {

  /** Creates a weight; throws {@link org.lsppm.core.InvalidInputException} unless above zero. */
  public Weight {
    Objects.requireNonNull(value, "value");
    Checks.require(problems(value));
  }

  /** A weight from an untrusted number; refused unless above zero. */
  public static Validation<Seq<Problem>, Weight> of(BigDecimal value) {
    return Checks.number(value).flatMap(v -> Checks.unless(problems(v), v)).map(Weight::new);
  }

  @JsonCreator
  static Weight fromJson(BigDecimal value) {
    return Checks.orThrow(of(value));
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  private static Seq<Problem> problems(BigDecimal value) {
    return value.signum() > 0 ? List.empty() : List.of(new Problem("", "a weight above zero", value.toPlainString()));
  }
}
