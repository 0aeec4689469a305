package org.lsppm.core.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The name under which a council records a rating policy, such as {@code kc-vital-improvements-2009};
 * every rating remembers it. Immutable and thread-safe.
 *
 * @param value the name, never blank
 */
public record PolicyId(String value) implements Identifier<PolicyId> {

  /** Creates a name; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PolicyId {
    value = Identifier.checked(value);
  }

  /** A name from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, PolicyId> of(String value) {
    return Identifier.parse(value, PolicyId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
