package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * The reference of a stretch target or sub-target as the reward agreement numbers it, such as
 * {@code 7} or {@code 7i}. Immutable and thread-safe.
 *
 * @param value the reference, never blank
 */
public record TargetId(String value) implements Comparable<TargetId> {

  /** Creates a reference; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  public TargetId {
    value = Checks.orThrow(Checks.text(value));
  }

  /** A reference from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, TargetId> of(String value) {
    return Checks.text(value).map(TargetId::new);
  }

  @JsonCreator
  static TargetId fromJson(String value) {
    return new TargetId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TargetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
