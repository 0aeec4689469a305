package org.lsppm.core.theme;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The local name of a theme (cluster, LAA block), such as {@code Safer Communities}; identifies a
 * theme within its partnership. Immutable and thread-safe.
 *
 * @param value the name, never blank
 */
public record ThemeName(String value) implements Identifier<ThemeName> {

  /** Creates a name; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ThemeName {
    value = Identifier.checked(value);
  }

  /** A name from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, ThemeName> of(String value) {
    return Identifier.parse(value, ThemeName::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
