package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Identifier;
import org.lsppm.core.Problem;

/**
 * The code of an indicator as councils write it: {@code NI 152}, {@code BV 199a}, or a local code.
 * Runs of white space inside are folded to one space, so {@code "NI  152"} equals
 * {@code "NI 152"}; letters keep their case. Immutable and thread-safe.
 *
 * @param value the code, never blank
 */
public record IndicatorCode(String value) implements Identifier<IndicatorCode> {

  /** Creates a code; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public IndicatorCode {
    value = collapsed(Identifier.checked(value));
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Each run of white space inside the code as one space ({@code NI  16} is {@code NI 16}). */
  private static String collapsed(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i + 1 < code.length() && Character.isWhitespace(code.charAt(i + 1)))) {
        return SPACES.matcher(code).replaceAll(" ");
      }
    }
    return code;
  }

  /** A code from an untrusted string; refused when null or blank. */
  public static Validation<Seq<Problem>, IndicatorCode> of(String value) {
    return Identifier.parse(value, IndicatorCode::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
