package org.lsppm.core;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * What every identifier in lsp-pm is: one non-blank string (an outcome's reference, a target's
 * reference, a theme's name, a policy's name, a rule's name, an indicator's code), written to JSON as
 * that string and ordered by it. Each identifier is a record over {@code String value} that checks
 * its value with {@link #checked(String)} and offers an untrusted-input factory through
 * {@link #parse(String, Function)}; so every identifier refuses the same blanks, control
 * characters and lengths with the same message. Implementations are immutable and thread-safe.
 *
 * @param <I> the identifier type itself
 */
public interface Identifier<I extends Identifier<I>> extends Comparable<I> {

  /** The identifier as written, without surrounding white space; never blank. */
  @JsonValue
  String value();

  /** Orders identifiers of one kind by their text. */
  @Override
  default int compareTo(I other) {
    return value().compareTo(other.value());
  }

  /**
   * {@code raw} without surrounding white space, for an identifier's constructor; throws
   * {@link InvalidInputException} when it is null or blank, holds a control character or is
   * longer than {@link Checks#MAX_CODE_CHARS} characters.
   */
  static String checked(String raw) {
    return Checks.orThrow(Checks.code(raw));
  }

  /** An identifier made by {@code constructor} from untrusted {@code raw}, or why not. */
  static <I> Validation<Seq<Problem>, I> parse(String raw, Function<String, I> constructor) {
    return Checks.code(raw).map(constructor);
  }
}
