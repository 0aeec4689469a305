package org.lsppm.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps binding a JSON document after a value is refused, so that one run reports every problem:
 * the refused value is recorded with its path and replaced by nothing, and whatever that nothing
 * then makes fail above it (an object missing its field, a list with an empty entry) is not
 * reported again. Not thread-safe: one collector per read.
 */
final class ProblemCollector extends DeserializationProblemHandler {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private final java.util.List<Problem> found = new ArrayList<>();

  /** Every problem recorded, in document order. */
  Seq<Problem> problems() {
    return List.ofAll(found);
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    record(unknown(path(p.getParsingContext()), deserializer.getKnownPropertyNames(), propertyName));
    p.skipChildren();
    return true;
  }

  /** A field whose name is not one of {@code known}. */
  private static Problem unknown(String at, Collection<Object> known, String name) {
    String one = known == null ? "" : " (one of " + List.ofAll(known).map(String::valueOf).sorted().mkString(", ") + ")";
    return Problem.of(at, "a known field" + one, name);
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
    boolean quotedNumber = Number.class.isAssignableFrom(targetType) && Checks.decimal(value, "").isValid();
    record(Problem.of(path(ctxt.getParser().getParsingContext()),
        quotedNumber ? "a number written without quotes, such as 12.5" : expected(targetType), Checks.abbreviated(value)));
    return null;
  }

  /** A value of the wrong kind (a list where an object belongs, text where a number does): recorded, and reading goes on. */
  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, com.fasterxml.jackson.databind.JavaType targetType,
      com.fasterxml.jackson.core.JsonToken t, JsonParser p, String failureMsg) throws IOException {
    if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT && targetType != null) {
      Object id = identifierFromNumber(targetType.getRawClass(), p);
      if (id != NOT_HANDLED) {
        return id;
      }
    }
    boolean opened = t == com.fasterxml.jackson.core.JsonToken.START_OBJECT || t == com.fasterxml.jackson.core.JsonToken.START_ARRAY;
    record(new Problem(path(opened ? p.getParsingContext().getParent() : p.getParsingContext()),
        expected(targetType == null ? null : targetType.getRawClass()), found(t, p)));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
    record(Problem.of(path(ctxt.getParser().getParsingContext()), expected(targetType), value));
    return null;
  }

  /** A whole number where an identifier's text belongs, as when there is no creator from a number. */
  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      com.fasterxml.jackson.databind.deser.ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    return p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT ? identifierFromNumber(instClass, p) : NOT_HANDLED;
  }

  /**
   * A whole number where an identifier belongs is its text: an id a spreadsheet stored as the
   * number 10 is "10". Not handled for any other type.
   */
  private Object identifierFromNumber(Class<?> type, JsonParser p) throws IOException {
    if (!Identifier.class.isAssignableFrom(type)) {
      return NOT_HANDLED;
    }
    try {
      return type.getDeclaredConstructor(String.class).newInstance(p.getText());
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        invalid.problems().forEach(problem -> record(problem.at(path(p.getParsingContext()))));
        return null;
      }
      throw new IllegalStateException("an identifier is made from its text: " + type, e);
    } catch (ReflectiveOperationException e) {
      return NOT_HANDLED;
    }
  }

  @Override
  public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t)
      throws IOException {
    JsonParser p = ctxt.getParser();
    String at = objectPath(p);
    if (!refusedBy(at, t)) {
      return NOT_HANDLED;
    }
    if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
      // Refused before its end: the rest of the object is read here, its unknown names refused
      // too, so that the parser stands at the object's end as its reader expects.
      Collection<Object> known = ctxt.findRootValueDeserializer(ctxt.constructType(instClass)).getKnownPropertyNames();
      for (; p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; p.nextToken()) {
        String name = p.currentName();
        if (known != null && !known.contains(name)) {
          record(unknown(child(at, name), known, name));
        }
        p.nextToken();
        p.skipChildren();
      }
    }
    return null;
  }

  /**
   * The path of the object being made. Jackson makes an object at its end, when the parser's
   * context is already the enclosing one; or as soon as its creator has every value it takes, when
   * the parser stands at the name of the field after them, which is not part of the object's path
   * (taken for it, a refusal of the object was placed under that field, and the field's own
   * problem, an unknown name say, was then lost under it).
   */
  private static String objectPath(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    return path(p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? context.getParent() : context);
  }

  /**
   * Records why the value at {@code at} could not be made, when lsp-pm refused it: its own checks
   * (an {@link InvalidInputException} in the chain) or required attributes left unset. Returns
   * whether it was such a refusal; anything else is not this collector's to swallow.
   */
  boolean refusedBy(String at, Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        refused(at, invalid.problems());
        return true;
      }
      Matcher missing = MISSING.matcher(String.valueOf(cause.getMessage()));
      if (cause instanceof IllegalStateException && missing.find()) {
        List.of(missing.group(1).split(",\\s*")).forEach(f -> record(new Problem(child(at, f), "a value", "nothing")));
        return true;
      }
    }
    return false;
  }

  /**
   * Records what an object's own checks refused, placed under {@code at}, unless a part of the
   * object was already refused and replaced by nothing: then what its checks say is about that
   * nothing (and its checks across fields run only on valid parts).
   */
  void refused(String at, Seq<Problem> problems) {
    if (!partRefused(at)) {
      problems.forEach(p -> record(p.at(at)));
    }
  }

  /** Whether {@code t} is, or was caused by, malformed JSON text: never swallowed as a consequence. */
  static boolean isSyntax(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a part of the value at {@code at} was refused and replaced by nothing, so that any
   * failure of the value itself is a consequence (the document's root contains every part).
   */
  boolean partRefused(String at) {
    return at.isEmpty() ? !found.isEmpty() : found.stream().anyMatch(f -> f.isInside(at));
  }

  /**
   * Records {@code problem} unless its place is already accounted for: the same place, or a place
   * inside or around one already refused (the nothing that replaced it, failing again above).
   */
  void record(Problem problem) {
    if (found.stream().noneMatch(problem::overlaps)) {
      found.add(problem);
    }
  }

  /** What stands at the parser's token, in a person's words: "a list", "text \"x\"", "the number 3". */
  static String found(com.fasterxml.jackson.core.JsonToken t, JsonParser p) throws IOException {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT, FIELD_NAME -> "an object";
      case VALUE_STRING -> "text \"" + Checks.abbreviated(p.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE, VALUE_FALSE -> t.asString();
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  /** What a value of {@code type} looks like, in a person's words, never a Java class name. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants()).mkString(", ");
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number such as 3";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == Money.class) {
      return "an amount in pounds such as 1234.56";
    }
    if (Number.class.isAssignableFrom(type) || type == Quantity.class || type == Ratio.class) {
      return "a number such as 12.5";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date that exists, such as 2009-03-31";
    }
    if (type.getSimpleName().equals("FinancialYear")) {
      return "a financial year such as 2008/09";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isRecord() && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == String.class) {
      return "text in double quotes";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(type) || io.vavr.collection.Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    String name = type.getName().substring(type.getName().lastIndexOf('.') + 1)
        .replaceFirst("\\$Json$", "").replaceFirst("^Immutable", "").replace('$', ' ');
    return "an object (a " + name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ")";
  }


  /** The place a parser context stands for, as the problem paths name it: {@code targets[6].goal}. */
  static String path(JsonStreamContext context) {
    java.util.LinkedList<String> steps = new java.util.LinkedList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        steps.addFirst("." + c.getCurrentName());
      }
    }
    return String.join("", steps).replaceFirst("^\\.", "");
  }

  private static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
