package org.lsppm.core.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The name of the rule that made a decision, such as {@code MissedWithinTolerance}: what a
 * council officer quotes when asked why a light is Amber. Immutable and thread-safe.
 *
 * @param value the rule's name, never blank
 */
public record RuleName(String value) implements Identifier<RuleName> {

  /** Creates a name; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RuleName {
    value = Identifier.checked(value);
  }

  /** A name from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, RuleName> of(String value) {
    return Identifier.parse(value, RuleName::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
