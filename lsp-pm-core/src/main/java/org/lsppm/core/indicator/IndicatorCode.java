package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * The code of an indicator as councils write it: {@code NI 152}, {@code BV 199a}, or a local code.
 * Runs of white space inside are folded to one space, so {@code "NI  152"} equals
 * {@code "NI 152"}; letters keep their case. Immutable and thread-safe.
 *
 * @param value the code, never blank
 */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

  /** Creates a code; throws {@link org.lsppm.core.InvalidInputException} when blank. */
  public IndicatorCode {
    value = collapsed(Checks.orThrow(Checks.text(value)));
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
    return Checks.text(value).map(IndicatorCode::new);
  }

  @JsonCreator
  static IndicatorCode fromJson(String value) {
    return new IndicatorCode(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IndicatorCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
