package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The reference of a stretch target or sub-target as the reward agreement numbers it, such as
 * {@code 7} or {@code 7i}. Immutable and thread-safe.
 *
 * @param value the reference, never blank
 */
public record TargetId(String value) implements Identifier<TargetId> {

  /** Creates a reference; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TargetId {
    value = Identifier.checked(value);
  }

  /** A reference from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, TargetId> of(String value) {
    return Identifier.parse(value, TargetId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
