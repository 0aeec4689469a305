package org.lsppm.core.theme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * The local name of a theme (cluster, LAA block), such as {@code Safer Communities}; identifies a
 * theme within its partnership. Immutable and thread-safe.
 *
 * @param value the name, never blank
 */
public record ThemeName(String value) implements Comparable<ThemeName> {

  /** Creates a name; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  public ThemeName {
    value = Checks.orThrow(Checks.text(value));
  }

  /** A name from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, ThemeName> of(String value) {
    return Checks.text(value).map(ThemeName::new);
  }

  @JsonCreator
  static ThemeName fromJson(String value) {
    return new ThemeName(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ThemeName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
