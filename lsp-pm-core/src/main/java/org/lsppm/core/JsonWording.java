package org.lsppm.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON failure that lsp-pm's own checks did not make means, said in the project's words:
 * never Jackson's wording, class names or token names. The place (path, line and column) is
 * given; this says what was expected there and what was found.
 */
final class JsonWording {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"?'?([^\"']*)\"?'?");
  private static final Pattern COERCED = Pattern.compile("String value \\(\"(.*?)\"\\)");
  private static final Pattern FROM_KIND = Pattern.compile("from (Number|Integer|Floating-point|Boolean|Object|Array) value \\(([^)]*)\\)");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");

  private JsonWording() {}

  static Problem problem(String path, JsonProcessingException e, String where) {
    String message = String.valueOf(e.getOriginalMessage());
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException limit) {
        return new Problem(path, limit(String.valueOf(limit.getOriginalMessage())), "more" + where);
      }
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      String key = duplicate.group(1);
      return new Problem(path.isEmpty() ? key : path + "." + key, "each field once in an object", key + " again" + where);
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      // A coercion Jackson refused (text where a whole number or true/false belongs) names the
      // text only in its message.
      Matcher coerced = COERCED.matcher(message);
      Matcher kind = FROM_KIND.matcher(message);
      String found = coerced.find() ? shown(coerced.group(1))
          : kind.find() ? switch (kind.group(1)) {
            case "Boolean" -> kind.group(2);
            case "Object" -> "an object";
            case "Array" -> "a list";
            default -> "the number " + kind.group(2);
          }
          : m instanceof InvalidFormatException f && f.getValue() != null ? shown(f.getValue()) : found(m);
      return new Problem(path, ProblemCollector.expected(m.getTargetType()), found + where);
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return new Problem(path, "well-formed JSON", "the end of the file before the document closed" + where);
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      return new Problem(path, "well-formed JSON", "unexpected " + character.group(1) + where);
    }
    if (message.startsWith("Unrecognized token")) {
      Matcher word = Pattern.compile("'([^']*)'").matcher(message);
      return new Problem(path, "well-formed JSON (text in double quotes, numbers, true, false or null)",
          (word.find() ? Checks.abbreviated(word.group(1)) : "a word") + where);
    }
    return new Problem(path, "well-formed JSON", "something else" + where);
  }

  private static String limit(String message) {
    if (message.contains("nesting depth")) {
      return "objects and lists nested at most " + Json.MAX_DEPTH + " deep";
    }
    if (message.contains("Number value length")) {
      return "a number of at most " + Json.MAX_NUMBER_LENGTH + " characters";
    }
    if (message.contains("String value length")) {
      return "text of at most " + String.format(java.util.Locale.UK, "%,d", Json.MAX_STRING_LENGTH) + " characters";
    }
    if (message.contains("Document length")) {
      return "a document of at most " + Json.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB";
    }
    return "a document within lsp-pm's limits";
  }

  /** What was found where a value of another kind belongs, as the parser that failed stands. */
  private static String found(MismatchedInputException m) {
    if (!(m.getProcessor() instanceof JsonParser p)) {
      return "nothing";
    }
    try {
      return ProblemCollector.found(p.currentToken(), p);
    } catch (java.io.IOException e) {
      return "something else";
    }
  }

  private static String shown(Object value) {
    return value instanceof String s ? "\"" + Checks.abbreviated(s) + "\"" : String.valueOf(value);
  }
}
