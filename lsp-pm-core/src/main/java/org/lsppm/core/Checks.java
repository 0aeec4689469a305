package org.lsppm.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * Small building blocks for validating factories. Every check returns a {@link Validation}
 * whose invalid side lists {@link Problem}s, so that a factory can report all of them at once.
 */
public final class Checks {
  private Checks() {}

  /** The result type of every validating factory in lsp-pm. */
  public static <T> Validation<Seq<Problem>, T> valid(T value) {
    return Validation.valid(value);
  }

  /** A single refusal. */
  public static <T> Validation<Seq<Problem>, T> invalid(Problem problem) {
    return Validation.invalid(List.of(problem));
  }

  /**
   * One of {@code type}'s constants as a file writes it: its name in any case, with a space or a
   * hyphen for each underscore ({@code provisional}, {@code Lower-is-better}), or one of {@code
   * aliases} (the short words people write, each mapped to its constant, such as {@code lower}).
   * Anything else, blank included, is refused as not {@code expected}.
   */
  @SafeVarargs
  public static <E extends Enum<E>> Validation<Seq<Problem>, E> word(Class<E> type, String text, String expected,
      io.vavr.Tuple2<String, E>... aliases) {
    if (text != null) {
      String w = strip(text).toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (io.vavr.Tuple2<String, E> alias : aliases) {
        if (alias._1.equals(w)) {
          return valid(alias._2);
        }
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(java.util.Locale.ROOT).equals(w)) {
          return valid(e);
        }
      }
    }
    return invalid(Problem.of(expected, text));
  }

  /** Refuses with {@code problem} unless {@code ok}. */
  public static <T> Validation<Seq<Problem>, T> when(boolean ok, T value, Problem problem) {
    return ok ? valid(value) : invalid(problem);
  }

  /** A present value. */
  public static <T> Validation<Seq<Problem>, T> present(T raw, String expected) {
    return raw == null ? invalid(Problem.of(expected, null)) : valid(raw);
  }

  /**
   * Text that is not null and not blank, with surrounding white space removed. White space is
   * what a spreadsheet cell can hold and a person cannot see: Java's white space plus the
   * no-break spaces (U+00A0, U+2007, U+202F), the zero-width space (U+200B) and the byte-order
   * mark (U+FEFF), so a code of one no-break space is blank.
   */
  public static Validation<Seq<Problem>, String> text(String raw) {
    String stripped = raw == null ? "" : strip(raw);
    if (stripped.isEmpty()) {
      return invalid(Problem.of("non-blank text", raw));
    }
    if (stripped.length() > MAX_TEXT_CHARS) {
      return invalid(Problem.of("text of at most " + String.format(java.util.Locale.UK, "%,d", MAX_TEXT_CHARS) + " characters",
          abbreviated(raw)));
    }
    if (hasControl(stripped)) {
      return invalid(Problem.of("text without control characters (such as escape or NUL)", abbreviated(raw)));
    }
    return valid(stripped);
  }

  /** The longest prose (a title, a commentary) lsp-pm accepts, in characters, on every path. */
  public static final int MAX_TEXT_CHARS = 100_000;

  /** The longest code, reference or name (an identifier such as an indicator's code) lsp-pm accepts, in characters. */
  public static final int MAX_CODE_CHARS = 200;

  /**
   * An identifier's text: as {@link #text(String)}, and at most {@link #MAX_CODE_CHARS}
   * characters, on every path (builder, JSON, CSV, workbook).
   */
  public static Validation<Seq<Problem>, String> code(String raw) {
    return text(raw).flatMap(t -> t.length() <= MAX_CODE_CHARS ? valid(t)
        : invalid(Problem.of("a code or name of at most " + MAX_CODE_CHARS + " characters", abbreviated(raw))));
  }

  /** Whether {@code text} holds a control character other than tab and line breaks (a loop: this runs for every cell). */
  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code raw} is null or holds only white space as {@link #text(String)} counts it. */
  public static boolean isBlank(String raw) {
    return raw == null || strip(raw).isEmpty();
  }

  /** {@code raw} without leading and trailing white space as {@link #text(String)} counts it. */
  public static String strip(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** At most this many digits before the decimal point in a number lsp-pm accepts. */
  public static final int MAX_INTEGER_DIGITS = 18;
  /** At most this many digits after the decimal point in a number lsp-pm accepts. */
  public static final int MAX_DECIMAL_PLACES = 18;
  /**
   * At most this many digits before the point, and after it, in any quantity or ratio lsp-pm
   * holds: inputs are held to {@link #MAX_INTEGER_DIGITS} and {@link #MAX_DECIMAL_PLACES}; this
   * leaves room for the exact products and sums the rules make of them (a target times its
   * tolerance), so whatever lsp-pm holds it also reads back from its own JSON.
   */
  public static final int MAX_HELD_DIGITS = 40;
  /** Number text longer than this is refused before it is read. */
  private static final int MAX_NUMBER_TEXT = 64;
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,9})?");

  /**
   * The one way lsp-pm reads a number from text (CSV cells, options, percentages, amounts): ASCII
   * digits with an optional sign, decimal point and exponent ({@code 12.5}, {@code -3}, {@code 1e3}),
   * within {@link #MAX_INTEGER_DIGITS} digits before the point and {@link #MAX_DECIMAL_PLACES}
   * after it once trailing zeros are dropped. It fails fast: text over 64 characters is not read,
   * and a huge exponent ({@code 1e999999999}) is refused from its size, never expanded. Other
   * digits (full-width {@code ２２.４}, Arabic-Indic) are refused: a person did not type them as a
   * number for lsp-pm. {@code expected} names the value for the refusal.
   */
  public static Validation<Seq<Problem>, BigDecimal> decimal(String raw, String expected) {
    String t = raw == null ? "" : strip(raw);
    if (t.isEmpty() || t.length() > MAX_NUMBER_TEXT || !isPlainDecimal(t) && !NUMBER.matcher(t).matches()) {
      return invalid(Problem.of(expected, raw == null ? null : abbreviated(raw)));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException | ArithmeticException e) {
      return invalid(Problem.of(expected, raw));
    }
    return bounded(value, raw);
  }

  /** {@code 12.5}, {@code -3}: the common case, checked without a regular expression (this runs for every cell). */
  private static boolean isPlainDecimal(String t) {
    int i = t.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int points = 0;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && points == 0 && digits > 0) {
        points++;
      } else {
        return false;
      }
    }
    return digits > 0 && t.charAt(t.length() - 1) != '.';
  }

  /**
   * A number that is present and within {@link #MAX_INTEGER_DIGITS} digits before the point and
   * {@link #MAX_DECIMAL_PLACES} after it (trailing zeros aside): a value from JSON or an
   * embedder's code meets the same bounds as text.
   */
  public static Validation<Seq<Problem>, BigDecimal> number(BigDecimal raw) {
    return raw == null ? invalid(Problem.of("a number", null)) : bounded(raw, raw);
  }

  private static Validation<Seq<Problem>, BigDecimal> bounded(BigDecimal value, Object shown) {
    return bounded(value, shown, MAX_INTEGER_DIGITS, MAX_DECIMAL_PLACES);
  }

  /**
   * The problems of a quantity entering the domain as an input (a goal, an outturn, a stretch's
   * levels): beyond {@link #MAX_INTEGER_DIGITS} digits before the point or
   * {@link #MAX_DECIMAL_PLACES} after it, placed at {@code field}; none for null (a missing value
   * is reported where it is required).
   */
  public static Seq<Problem> inputProblems(String field, Quantity value) {
    if (value == null) {
      return io.vavr.collection.List.empty();
    }
    Validation<Seq<Problem>, BigDecimal> v = at(field, number(value.value()));
    return v.isValid() ? io.vavr.collection.List.empty() : v.getError();
  }

  /**
   * A number lsp-pm may hold: present and within {@link #MAX_HELD_DIGITS} digits before the
   * point and after it. The canonical constructors of {@link Quantity} and {@link Ratio} apply
   * it, and their JSON is read with it, so a value any public path accepts is read back.
   */
  public static Validation<Seq<Problem>, BigDecimal> held(BigDecimal raw) {
    // Beyond what may be held is beyond what may be read too: refused in the words of the input bounds.
    return raw == null || bounded(raw, raw, MAX_HELD_DIGITS, MAX_HELD_DIGITS).isInvalid() ? number(raw) : valid(raw);
  }

  private static Validation<Seq<Problem>, BigDecimal> bounded(BigDecimal value, Object shown, int before, int after) {
    if (value.signum() == 0) {
      return valid(BigDecimal.ZERO);
    }
    // Read from precision and scale alone: neither needs the number written out.
    long integerDigits = (long) value.precision() - value.scale();
    // Trailing zeros are no decimal places (1.50 has one); stripped only where they could matter.
    long decimalPlaces = value.scale() <= after ? value.scale() : value.stripTrailingZeros().scale();
    if (integerDigits > before || decimalPlaces > after) {
      // Text is shown as typed, in quotes; a number (from JSON) as the number it is.
      String expected = "a number with at most " + before + " digits before the decimal point and " + after + " after it";
      return invalid(shown instanceof String s ? Problem.of(expected, abbreviated(s))
          : new Problem("", expected, abbreviated(shown.toString())));
    }
    return valid(value);
  }

  /** Long input shown by its start and length, so a message stays one readable line. */
  public static String abbreviated(String raw) {
    return raw.length() <= MAX_NUMBER_TEXT ? raw : raw.substring(0, MAX_NUMBER_TEXT) + "... (" + raw.length() + " characters)";
  }

  /** The first date lsp-pm accepts: the first day of the financial year 1900/01. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1900, 4, 1);
  /** The last date lsp-pm accepts: the last day of the financial year 2998/99. */
  public static final LocalDate LAST_DATE = LocalDate.of(2999, 3, 31);

  /**
   * A date that is present and within the financial years lsp-pm supports, 1900/01 to 2998/99
   * ({@link #FIRST_DATE} to {@link #LAST_DATE}): every date of a period, an as-of date and a review
   * lies in a financial year that can be named, and date arithmetic on it cannot overflow.
   */
  public static Validation<Seq<Problem>, LocalDate> date(LocalDate raw) {
    if (raw != null && (raw.isBefore(FIRST_DATE) || raw.isAfter(LAST_DATE))) {
      return invalid(Problem.of("a date from " + FIRST_DATE + " to " + LAST_DATE, raw));
    }
    return present(raw, "a date");
  }


  /** Places every problem of {@code v} under {@code field}. */
  public static <T> Validation<Seq<Problem>, T> at(String field, Validation<Seq<Problem>, T> v) {
    return v.mapError(ps -> ps.map(p -> p.at(field)));
  }

  /** An optional value: absent (null or none) is fine; present must pass {@code check}. */
  public static <R, T> Validation<Seq<Problem>, Option<T>> optional(
      R raw, Function<? super R, Validation<Seq<Problem>, T>> check) {
    if (raw == null || (raw instanceof Option<?> o && o.isEmpty())) {
      return valid(Option.none());
    }
    return check.apply(raw).map(Option::some);
  }

  /**
   * Each element of {@code raw} checked, problems placed under {@code field[i]}; a null list is
   * taken as empty.
   */
  public static <R, T> Validation<Seq<Problem>, List<T>> each(
      String field, Iterable<? extends R> raw, Function<? super R, Validation<Seq<Problem>, T>> check) {
    if (raw == null) {
      return valid(List.empty());
    }
    List<Validation<Seq<Problem>, T>> checked =
        List.ofAll(raw).zipWithIndex().map(t -> at(field + "[" + t._2 + "]", check.apply(t._1)));
    return Validation.sequence(checked).map(List::ofAll);
  }

  /** Flattens the nested problem lists that {@code Validation.combine(...).ap(...)} produces. */
  public static <T> Validation<Seq<Problem>, T> flat(Validation<Seq<Seq<Problem>>, T> v) {
    return v.mapError(nested -> nested.flatMap(Function.identity()));
  }

  /** Problems found among already-valid parts (cross-field rules), or the value itself. */
  public static <T> Validation<Seq<Problem>, T> unless(Seq<Problem> problems, T value) {
    return problems.isEmpty() ? valid(value) : Validation.invalid(problems);
  }

  /**
   * Problems found among already-valid parts (cross-field rules), or the value built by
   * {@code build}, which is only called when there are none.
   */
  public static <T> Validation<Seq<Problem>, T> buildUnless(Seq<Problem> problems, java.util.function.Supplier<T> build) {
    return problems.isEmpty() ? valid(build.get()) : Validation.invalid(problems);
  }

  /** Flattens the validation of a validation: the result of an {@code ap} whose function validates again. */
  public static <T> Validation<Seq<Problem>, T> join(Validation<Seq<Seq<Problem>>, Validation<Seq<Problem>, T>> v) {
    return flat(v).flatMap(Function.identity());
  }

  /** The value of a valid result; throws {@link InvalidInputException} with every problem otherwise. */
  public static <T> T orThrow(Validation<Seq<Problem>, T> v) {
    Objects.requireNonNull(v, "validation");
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  /** Throws {@link InvalidInputException} when {@code problems} is not empty. */
  public static void require(Seq<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Throws {@link InvalidInputException} with every problem of {@code v} when it is invalid. */
  public static void require(Validation<Seq<Problem>, ?> v) {
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
  }
}
