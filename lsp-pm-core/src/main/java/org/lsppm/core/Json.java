package org.lsppm.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import io.vavr.jackson.datatype.VavrModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * JSON in and out for every lsp-pm type. Dates are ISO-8601 text ({@code 2009-03-31}), money and
 * quantities exact decimal numbers, financial years {@code "2008/09"}, absent optional values
 * {@code null} or left out. Unknown properties are refused, so a misspelt field is reported rather
 * than ignored. Derived {@code isX()} answers are not written: only the recorded values travel.
 * Thread-safe.
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  /** One step of a path: {@code name} or {@code .name}, or {@code [index]}. */
  private static final Pattern STEP = Pattern.compile("\\.?([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

  private Json() {}

  /**
   * A new mapper configured for lsp-pm types, for callers who embed them in their own JSON.
   * Configure it further as you wish; the library's own mapper is not shared.
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH).build())
        // A key given twice in one object is refused, not settled silently by the last one.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new VavrModule())
        .addModule(new VavrIndexedModule())
        .addModule(new JavaTimeModule())
        // After the Java time module: its dates are read there, then range-checked here.
        .addModule(new CollectingModule())
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // A part of a document read as a tree keeps its numbers as written: 21.50 stays 21.50.
        .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    // Numbers are JSON numbers: "110250000.00" in quotes is refused (see CollectingModule), and so
    // are true/false and whole numbers given as text.
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    return mapper;
  }

  /** The deepest a document may nest objects and lists (lsp-pm's own go six deep). */
  public static final int MAX_DEPTH = 64;
  /** The longest number a document may hold, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest text a document may hold, in characters (a commentary of a hundred pages fits). */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The largest document, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * The writer {@link #write} uses, for output too large to hold as one string (write values one
   * at a time with its {@code writeValuesAsArray}). Thread-safe and shared: its serializers are
   * built once, not per call as with a {@link #newMapper() new mapper}, and it does not flush after
   * every value.
   */
  public static com.fasterxml.jackson.databind.ObjectWriter writer() {
    return WRITER;
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = MAPPER.writer()
      .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  /** {@code value} as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(Objects.requireNonNull(value, "value"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("lsp-pm type could not be written as JSON: " + value.getClass(), e);
    }
  }

  /** Reads a {@code type} from JSON text; every problem names the JSON path where it was found. */
  public static <T> Validation<Seq<Problem>, T> read(String json, Class<T> type) {
    return type == null ? noType() : readText(json, MAPPER.constructType(type));
  }

  /** A read that was given no type to read. */
  private static <T> Validation<Seq<Problem>, T> noType() {
    return Checks.invalid(Problem.of("a type to read", null));
  }

  /**
   * Reads a generic type from JSON text, such as a list of scenarios; as {@link #read(String,
   * Class)}, each problem at its path ({@code [2].name}).
   *
   * <pre>{@code
   * Validation<Seq<Problem>, java.util.List<Scenario>> scenarios =
   *     Json.read(text, new TypeReference<java.util.List<Scenario>>() {});
   * }</pre>
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    return type == null ? noType() : readText(json, MAPPER.constructType(type));
  }

  private static <T> Validation<Seq<Problem>, T> readText(String json, com.fasterxml.jackson.databind.JavaType type) {
    if (json == null) {
      return Checks.invalid(Problem.of("JSON text", null));
    }
    return bind(type, reader -> reader.forType(type).readValue(json), () -> tree(json));
  }

  /**
   * Reads a {@code type} from a JSON tree (one already parsed, or a part of a larger document);
   * every problem names its path from the tree's root.
   */
  public static <T> Validation<Seq<Problem>, T> read(JsonNode json, Class<T> type) {
    return type == null ? noType() : readTree(json, MAPPER.constructType(type));
  }

  /** Reads a generic type from a JSON tree; as {@link #read(JsonNode, Class)}. */
  public static <T> Validation<Seq<Problem>, T> read(JsonNode json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    return type == null ? noType() : readTree(json, MAPPER.constructType(type));
  }

  private static <T> Validation<Seq<Problem>, T> readTree(JsonNode json, com.fasterxml.jackson.databind.JavaType type) {
    if (json == null) {
      return Checks.invalid(Problem.of("JSON value", null));
    }
    return bind(type, reader -> reader.forType(type).readValue(json), () -> json);
  }

  /** One reading of a document by a reader that carries the problem collector. */
  private interface Reading<T> {
    T from(ObjectReader reader) throws IOException;
  }

  private static <T> Validation<Seq<Problem>, T> bind(com.fasterxml.jackson.databind.JavaType type, Reading<T> reading,
      java.util.function.Supplier<JsonNode> tree) {
    ProblemCollector collector = new ProblemCollector();
    T value;
    try {
      value = reading.from(MAPPER.reader().withHandler(collector));
    } catch (JsonProcessingException e) {
      // A syntax error is always reported; a mapping failure is not when it is a refusal already
      // recorded or the consequence of a part replaced by nothing.
      String at = e instanceof JsonMappingException m ? path(m) : "";
      boolean accounted = e instanceof JsonMappingException && !ProblemCollector.isSyntax(e)
          && (collector.refusedBy(at, e) || collector.partRefused(at));
      if (!accounted) {
        problems(e).forEach(collector::record);
      }
      value = null;
    } catch (IOException e) {
      collector.record(Problem.of("readable JSON", e.getMessage()));
      value = null;
    }
    if (collector.problems().isEmpty()) {
      // A document of just null (or nothing at all) is no value of the type.
      return value == null ? Checks.invalid(new Problem("", ProblemCollector.expected(type.getRawClass()), "null")) : Checks.valid(value);
    }
    JsonNode root = tree.get();
    return Validation.invalid(collector.problems().map(p -> new Problem(named(p.field(), root), p.expected(), p.actual())));
  }

  /** Reads a {@code type} from a JSON stream (UTF-8); the stream is not closed. */
  public static <T> Validation<Seq<Problem>, T> read(InputStream json, Class<T> type) {
    return type == null ? noType() : text(json).flatMap(text -> read(text, type));
  }

  /** Reads a generic type from a JSON stream (UTF-8); as {@link #read(InputStream, Class)}. */
  public static <T> Validation<Seq<Problem>, T> read(InputStream json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    return type == null ? noType() : text(json).flatMap(text -> read(text, type));
  }

  /** A stream's text: strictly UTF-8 (bytes that are not are refused, never replaced unseen by U+FFFD), without a byte-order mark. */
  private static Validation<Seq<Problem>, String> text(InputStream json) {
    if (json == null) {
      return Checks.invalid(Problem.of("a JSON document", null));
    }
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(json.readAllBytes())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return Checks.invalid(new Problem("", "UTF-8 text", "bytes that are not UTF-8"));
    } catch (IOException e) {
      return Checks.invalid(Problem.of("readable JSON", e.getMessage()));
    }
    // A byte-order mark, as Windows editors write one, is not part of the document.
    return Checks.valid(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * The problem of a failure that is neither a refusal by lsp-pm's checks nor a consequence of one
   * (those the collector records): malformed JSON, or a value of the wrong kind for its field.
   */
  private static Seq<Problem> problems(JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? path(m) : "";
    String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
    return List.of(JsonWording.problem(path, e, where));
  }


  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName())
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /**
   * A problem's path with every list element that has an {@code id}, {@code code}, {@code name} or
   * {@code indicator} named by it too, as a person knows it:
   * {@code targets[6] (id 7).stretch.withStretch}.
   */
  private static String named(String field, JsonNode root) {
    if (root == null) {
      return field;
    }
    StringBuilder out = new StringBuilder();
    JsonNode node = root;
    Matcher step = STEP.matcher(field);
    int end = 0;
    while (step.lookingAt()) {
      out.append(step.group());
      if (step.group(2) != null) {
        node = node == null ? null : node.get(Integer.parseInt(step.group(2)));
        if (!field.startsWith(" (", step.end())) {
          out.append(name(node));
        }
      } else {
        node = node == null ? null : node.get(step.group(1));
      }
      end = step.end();
      step.region(end, field.length());
    }
    return out.append(field.substring(end)).toString();
  }

  private static String name(JsonNode element) {
    for (String key : new String[] {"id", "code", "name", "indicator"}) {
      JsonNode value = element == null ? null : element.get(key);
      if (value != null && value.isValueNode() && !Checks.isBlank(value.asText())) {
        return " (" + key + " " + Checks.abbreviated(value.asText()) + ")";
      }
    }
    return "";
  }

  /** The document as a tree, to name list elements in a problem's path; null if it does not parse. */
  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
