package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The reference of an LAA outcome as the agreement numbers it, such as {@code SSC1} or
 * {@code 7}. Immutable and thread-safe.
 *
 * @param value the reference, never blank
 */
public record OutcomeId(String value) implements Identifier<OutcomeId> {

  /** Creates a reference; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public OutcomeId {
    value = Identifier.checked(value);
  }

  /** A reference from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, OutcomeId> of(String value) {
    return Identifier.parse(value, OutcomeId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
