package org.lsppm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Prose that must say something: a title, a description, a person or agency, a unit of measure.
 * Never blank; surrounding white space removed. Immutable and thread-safe.
 *
 * @param value the text, never blank
 */
public record Text(String value) {

  /** Creates text; throws {@link InvalidInputException} when null or blank. */
  public Text {
    value = Checks.orThrow(Checks.text(value));
  }

  /** Text from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, Text> of(String value) {
    return Checks.text(value).map(Text::new);
  }

  @JsonCreator
  static Text fromJson(String value) {
    return new Text(value);
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
