package org.lsppm.core.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * The name under which a council records a rating policy, such as {@code kc-vital-improvements-2009};
 * every rating remembers it. Immutable and thread-safe.
 *
 * @param value the name, never blank
 */
public record PolicyId(String value) {

  /** Creates a name; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  public PolicyId {
    value = Checks.orThrow(Checks.text(value));
  }

  /** A name from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, PolicyId> of(String value) {
    return Checks.text(value).map(PolicyId::new);
  }

  @JsonCreator
  static PolicyId fromJson(String value) {
    return new PolicyId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
