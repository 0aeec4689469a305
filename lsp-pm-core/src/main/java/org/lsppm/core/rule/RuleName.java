package org.lsppm.core.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The name of the rule that made a decision, such as {@code MissedWithinTolerance}: what a
 * council officer quotes when asked why a light is Amber. Immutable and thread-safe.
 *
 * @param value the rule's name, never blank
 */
public record RuleName(String value) {

  /** Creates a rule name. */
  @JsonCreator
  public RuleName {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a rule name is never blank");
    }
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
