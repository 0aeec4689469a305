package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * The reference of an LAA outcome as the agreement numbers it, such as {@code SSC1} or
 * {@code 7}. Immutable and thread-safe.
 *
 * @param value the reference, never blank
 */
public record OutcomeId(String value) implements Comparable<OutcomeId> {

  /** Creates a reference; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  public OutcomeId {
    value = Checks.orThrow(Checks.text(value));
  }

  /** A reference from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, OutcomeId> of(String value) {
    return Checks.text(value).map(OutcomeId::new);
  }

  @JsonCreator
  static OutcomeId fromJson(String value) {
    return new OutcomeId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(OutcomeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
