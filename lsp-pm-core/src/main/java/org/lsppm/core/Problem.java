package org.lsppm.core;

import java.util.Objects;

/**
 * One reason why an input was refused: where it is, what was expected there, and what was found.
 *
 * <p>{@code field} is a path such as {@code targets[2].goal.lower}; it is empty for a bare value
 * whose position only the caller knows (see {@link #at(String)}). Immutable and thread-safe.
 *
 * @param field the path of the offending field, never null, possibly empty
 * @param expected what a valid value looks like, never null
 * @param actual the value that was found, rendered as text, never null
 */
public record Problem(String field, String expected, String actual) {

  /** Creates a problem; every component must be non-null. */
  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** A problem with the value itself, placed later by {@link #at(String)}. */
  public static Problem of(String expected, Object actual) {
    return new Problem("", expected, render(actual));
  }

  /** A problem at a named field. */
  public static Problem of(String field, String expected, Object actual) {
    return new Problem(field, expected, render(actual));
  }

  /** The same problem placed under {@code parent}: {@code goal} + {@code lower} = {@code goal.lower}. */
  public Problem at(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    if (field.isEmpty()) {
      return new Problem(parent, expected, actual);
    }
    String sep = field.startsWith("[") ? "" : ".";
    return new Problem(parent + sep + field, expected, actual);
  }

  /**
   * The same problem seen from inside {@code parent}, undoing {@link #at}: {@code goal.lower} within
   * {@code goal} is {@code lower}, and {@code goal} within {@code goal} is the bare value. A problem
   * elsewhere is returned as it is.
   */
  public Problem within(String parent) {
    if (field.equals(parent)) {
      return new Problem("", expected, actual);
    }
    if (!isInside(parent)) {
      return this;
    }
    String rest = field.substring(parent.length());
    return new Problem(rest.startsWith(".") ? rest.substring(1) : rest, expected, actual);
  }

  /**
   * Whether this problem and {@code other} are about one place: the same field, or one inside the
   * other ({@code targets[2]} and {@code targets[2].goal.lower}). A refused part and what its
   * absence then makes fail around it are one problem, reported once.
   */
  public boolean overlaps(Problem other) {
    return field.equals(other.field) || isInside(other.field) || other.isInside(field);
  }

  /**
   * Whether this problem's field is inside the place {@code outer}: {@code targets[2].goal} is
   * inside {@code targets[2]} and {@code targets}, not inside itself or {@code targets[20]}; nothing
   * is inside the document's root, the empty place.
   */
  public boolean isInside(String outer) {
    return !outer.isEmpty() && field.length() > outer.length() && field.startsWith(outer)
        && (field.charAt(outer.length()) == '.' || field.charAt(outer.length()) == '[');
  }

  /**
   * One line for people: {@code goal.lower: expected a finite number, got "NaN"}. Characters a
   * terminal would act on or hide (control and format characters: escape sequences, NUL, a
   * byte-order mark, direction overrides, line breaks, spaces other than the plain one) are
   * shown escaped, as a backslash, u and four hex digits: ESC is <code>&#92;u001B</code>.
   */
  public String message() {
    return printable((field.isEmpty() ? "value" : field) + ": expected " + expected + ", got " + actual);
  }

  /**
   * The message placed in a file or option a person named: {@code m.csv: targets[2]: expected ...},
   * or {@code m.csv: expected ...} for the document as a whole.
   */
  public String messageAt(String place) {
    return printable(place + ": " + (field.isEmpty() ? "" : field + ": ") + "expected " + expected + ", got " + actual);
  }

  /** {@code text} with every control or format character written as a backslash, u and four hex digits, so it prints as one harmless line. */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.SPACE_SEPARATOR && c != ' '
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE && !pairedAt(text, i);
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (hidden) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  @Override
  public String toString() {
    return message();
  }

  private static String render(Object actual) {
    if (actual == null) {
      return "nothing";
    }
    if (actual instanceof CharSequence) {
      return "\"" + actual + "\"";
    }
    return String.valueOf(actual);
  }
}
