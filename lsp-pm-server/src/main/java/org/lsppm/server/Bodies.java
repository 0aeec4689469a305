package org.lsppm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.io.BadInput;
import org.lsppm.io.InputProblem;

/**
 * Reading a request's body, within the server's limits, into the library's types: JSON through the
 * library's own binding, each problem at its JSON pointer; CSV and workbooks through lsp-pm-io's
 * readers, each problem at its row and column as a spreadsheet numbers them.
 */
final class Bodies {
  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String JSON = "application/json";
  static final String MULTIPART = "multipart/form-data";

  private final long maxBytes;

  Bodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body's media type, lower case and without its parameters; empty when none was sent. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** Refuses a body whose stated length is over the limit before any of it is read. */
  void checkLength(Context ctx) throws Refusal {
    long length = ctx.req().getContentLengthLong();
    if (length > maxBytes) {
      throw tooLarge(length);
    }
  }

  private Refusal tooLarge(long length) {
    return Refusal.tooLarge("expected a body of at most " + String.format(Locale.UK, "%,d", maxBytes) + " bytes, got "
        + (length < 0 ? "more" : String.format(Locale.UK, "%,d", length)));
  }

  /** The whole body, refused when it runs past the limit (whatever its stated length said). */
  byte[] bytes(InputStream in) throws Refusal, IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    copy(in, out);
    return out.toByteArray();
  }

  /** Copies at most the limit; past it, the request is refused and what was copied is the caller's to delete. */
  void copy(InputStream in, OutputStream out) throws Refusal, IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    long start = System.nanoTime();
    for (int n; (n = read(in, buffer, total)) >= 0; ) {
      total += n;
      if (Deadline.passed()) {
        throw late(total);
      }
      // A body that trickles in holds a worker: once it has taken a few seconds it must keep up.
      long elapsed = System.nanoTime() - start;
      if (elapsed > GRACE.toNanos() && total < LspPmServer.MIN_BYTES_PER_SECOND * (elapsed / 1_000_000_000L)) {
        throw tooSlow(total);
      }
      if (total > maxBytes) {
        throw tooLarge(-1);
      }
      out.write(buffer, 0, n);
    }
  }

  /**
   * A read of the body; a body that stops arriving (too slow, or the client gone) is the
   * client's problem, 408, not an error of the server's.
   */
  private static int read(InputStream in, byte[] buffer, long sofar) throws Refusal {
    try {
      return in.read(buffer);
    } catch (IOException | org.eclipse.jetty.http.BadMessageException e) {
      throw Deadline.passed() ? late(sofar) : tooSlow(sofar);
    }
  }

  /** 408: the body was still arriving when the request's time ran out ({@code sofar} bytes of it, or -1 when not counted). */
  private static Refusal late(long sofar) {
    return new Refusal(408, "incomplete-body", "The body did not arrive in time",
        "expected the whole body within the request's " + Deadline.limit().toSeconds() + " s, got "
            + (sofar < 0 ? "part of it" : String.format(Locale.UK, "%,d", sofar) + " bytes") + " by then", List.empty());
  }

  /** How long a body may take before it must arrive at {@link LspPmServer#MIN_BYTES_PER_SECOND}. */
  static final java.time.Duration GRACE = java.time.Duration.ofSeconds(5);

  private static Refusal tooSlow(long sofar) {
    return new Refusal(408, "incomplete-body", "The body did not arrive in time",
        "expected the whole body, got " + String.format(Locale.UK, "%,d", sofar) + " bytes before it stopped (at least "
            + LspPmServer.MIN_BYTES_PER_SECOND + " bytes a second after the first " + GRACE.toSeconds()
            + ", without a pause of the idle timeout)", List.empty());
  }

  /** A JSON object body, and its bytes (for a report's provenance). */
  record JsonBody(ObjectNode object, byte[] bytes) {}

  /**
   * The body as a JSON object: 415 when it is not {@code application/json} ({@code expected} says
   * what the endpoint reads), 413 past the limit, 400 with the parser's words when it is not JSON
   * or not an object.
   */
  JsonBody json(Context ctx, String expected) throws Refusal, IOException {
    checkLength(ctx);
    String type = mediaType(ctx.contentType());
    if (!type.equals(JSON)) {
      throw Refusal.unsupportedType("expected " + JSON + " (" + expected + "), got " + (type.isEmpty() ? "no Content-Type" : type));
    }
    byte[] body = bytes(ctx.bodyInputStream());
    return new JsonBody(object(body), body);
  }

  /** A JSON document as a tree: 400 with the parser's words when it is not JSON, or not an object. */
  static ObjectNode object(byte[] body) throws Refusal {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw Refusal.syntax("expected UTF-8 JSON, got bytes that are not UTF-8", List.empty());
    }
    Validation<Seq<Problem>, JsonNode> tree = Json.read(text.startsWith("\uFEFF") ? text.substring(1) : text, JsonNode.class);
    if (tree.isInvalid()) {
      throw Refusal.syntax("expected a JSON document", places(tree.getError(), ""));
    }
    if (!(tree.get() instanceof ObjectNode o)) {
      throw Refusal.syntax("expected a JSON object, got " + kind(tree.get()), List.empty());
    }
    return o;
  }

  private static String kind(JsonNode node) {
    return node.isArray() ? "an array" : node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** The member {@code name} of a request object as {@code type}; its problems are collected at their pointers. */
  static <T> T member(ObjectNode body, String name, Class<T> type, boolean required, java.util.List<Refusal.Place> problems) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(new Refusal.Place(name + ": expected " + article(name) + ", got nothing", "/" + name, null, null, null, null));
      }
      return null;
    }
    Validation<Seq<Problem>, T> v = Json.read(node, type);
    if (v.isInvalid()) {
      problems.addAll(places(v.getError(), name).asJava());
      return null;
    }
    return v.get();
  }

  /** Refuses members that the endpoint does not read, so that a misspelt one is not ignored. */
  static void onlyMembers(ObjectNode body, java.util.Set<String> known, java.util.List<Refusal.Place> problems) {
    onlyMembers(body, "", known, problems);
  }

  /** As {@link #onlyMembers(ObjectNode, java.util.Set, java.util.List)} for the object at member {@code at} of the body. */
  static void onlyMembers(ObjectNode object, String at, java.util.Set<String> known, java.util.List<Refusal.Place> problems) {
    object.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        problems.add(new Refusal.Place((at.isEmpty() ? "" : at + ".") + Problem.printable(name) + ": expected one of "
            + String.join(", ", new java.util.TreeSet<>(known)) + ", got an unknown member",
            pointer(at) + "/" + pointerToken(name), null, null, null, null));
      }
    });
  }

  private static String article(String name) {
    return switch (name) {
      case "agreement" -> "a reward agreement";
      case "partnership" -> "a partnership";
      case "scenario" -> "a scenario (name, outturns, interims)";
      default -> "a value";
    };
  }

  /** The library's problems of a member, each with the JSON pointer of its field. */
  static List<Refusal.Place> places(Seq<Problem> problems, String member) {
    return List.ofAll(problems).map(p -> {
      Problem at = p.at(member);
      return new Refusal.Place(at.field().isEmpty() ? at.messageAt("body") : at.message(), pointer(at.field()), null, null, null, null);
    });
  }

  private static final Pattern STEP = Pattern.compile("\\.?([^.\\[ ]+)|\\[(\\d+)]( \\([^)]*\\))?");

  /** {@code targets[6] (id 7).stretch} as {@code /targets/6/stretch}. */
  static String pointer(String field) {
    StringBuilder out = new StringBuilder();
    Matcher m = STEP.matcher(field);
    int end = 0;
    while (end < field.length() && m.find(end) && m.start() == end) {
      out.append('/').append(m.group(1) != null ? pointerToken(m.group(1)) : m.group(2));
      end = m.end();
    }
    return out.toString();
  }

  private static String pointerToken(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  // -- files -----------------------------------------------------------------------------------

  /** A file of the request, kept in a directory of its own for as long as the request is answered. */
  static final class Upload implements AutoCloseable {
    final Path directory;
    final Path file;
    final String name;

    private Upload(Path directory, Path file, String name) {
      this.directory = directory;
      this.file = file;
      this.name = name;
    }

    /**
     * The reader's problems, each naming the file as the caller sent it
     * ({@code measurements.csv:3:outturn: expected ...}) rather than the private directory's copy,
     * with its row, column, sheet and cell for machines.
     */
    List<Refusal.Place> places(BadInput e) {
      String prefix = directory.toString() + java.io.File.separator;
      return e.problems().map(p -> place(p.file().startsWith(prefix) ? p.inFileNamed(p.file().substring(prefix.length())) : p));
    }

    @Override
    public void close() {
      try {
        deleteTree(directory);
      } catch (IOException e) {
        // A temporary directory that could not be walked is left for the system to clear.
      }
    }
  }

  /** Deletes a private temporary directory and what is in it. */
  static void deleteTree(Path directory) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** The body, or the form's part {@code part}, as a file named {@code name} plus the extension of its type. */
  Upload upload(Context ctx, String part, String name) throws Refusal, IOException {
    String type = mediaType(ctx.contentType());
    if (type.equals(MULTIPART)) {
      org.eclipse.jetty.http.MultiPart.Part file = form(ctx).part(part);
      if (file == null) {
        throw Refusal.badRequest("expected a form part named " + part + " (a CSV file or a workbook), got none");
      }
      String fileType = fileType(mediaType(file.getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE)), file.getFileName());
      if (fileType == null) {
        throw unsupported(type);
      }
      return saved(name, fileType, target -> file.writeTo(target));
    }
    String fileType = fileType(type, null);
    if (fileType == null) {
      throw unsupported(type);
    }
    return saved(name, fileType, target -> {
      try (InputStream body = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(target)) {
        copy(body, out);
      }
    });
  }

  private static Refusal unsupported(String type) {
    return Refusal.unsupportedType("expected " + CSV + ", " + XLSX + ", " + JSON + " or " + MULTIPART + ", got "
        + (type.isEmpty() ? "no Content-Type" : type));
  }

  /** What writes an upload's file. */
  @FunctionalInterface
  private interface Writing {
    void to(Path file) throws Refusal, IOException;
  }

  /** A file written into a private directory of its own, deleted whole if the writing fails. */
  private static Upload saved(String name, String fileType, Writing writing) throws Refusal, IOException {
    Path directory = Files.createTempDirectory("lsp-pm-request-");
    Path file = directory.resolve(name + "." + fileType);
    Upload upload = new Upload(directory, file, file.getFileName().toString());
    try {
      writing.to(file);
    } catch (Refusal | IOException | RuntimeException e) {
      upload.close();
      throw e;
    }
    return upload;
  }

  /**
   * A {@code multipart/form-data} body, read whole through the server's limits (size, rate and the
   * request's deadline, as every body is) into a private directory, then parsed there: a form that
   * trickles in holds its worker no longer than any other body. Kept for the request, and deleted
   * when it is answered ({@link #release(Context)}).
   */
  static final class Form implements AutoCloseable {
    private final Path directory;
    private final org.eclipse.jetty.http.MultiPartFormData.Parts parts;

    private Form(Path directory, org.eclipse.jetty.http.MultiPartFormData.Parts parts) {
      this.directory = directory;
      this.parts = parts;
    }

    /** The first part named {@code name}, or null. */
    org.eclipse.jetty.http.MultiPart.Part part(String name) {
      return parts.getFirst(name);
    }

    @Override
    public void close() {
      parts.close();
      try {
        deleteTree(directory);
      } catch (IOException e) {
        // A temporary directory that could not be walked is left for the system to clear.
      }
    }
  }

  private static final String FORM = "lsppm.form";
  /** More parts than any endpoint reads, by far. */
  private static final int MAX_PARTS = 16;

  /** The request's form, read and parsed on first use. */
  Form form(Context ctx) throws Refusal, IOException {
    Form read = ctx.attribute(FORM);
    if (read != null) {
      return read;
    }
    String boundary = org.eclipse.jetty.http.MultiPart.extractBoundary(ctx.contentType());
    if (boundary == null || boundary.isEmpty()) {
      throw Refusal.syntax("expected a multipart/form-data body with its boundary in the Content-Type, got none", List.empty());
    }
    Path directory = Files.createTempDirectory("lsp-pm-request-");
    try {
      Path body = directory.resolve("form");
      try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(body)) {
        copy(in, out);
      }
      org.eclipse.jetty.http.MultiPartFormData.Parser parser = new org.eclipse.jetty.http.MultiPartFormData.Parser(boundary);
      parser.setFilesDirectory(directory);
      parser.setMaxMemoryFileSize(1 << 20);
      parser.setMaxParts(MAX_PARTS);
      parser.setMaxLength(maxBytes);
      org.eclipse.jetty.http.MultiPartFormData.Parts parts;
      try {
        parts = parser.parse(org.eclipse.jetty.io.Content.Source.from(body)).get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw Refusal.syntax("expected a multipart/form-data body that ends with its closing boundary, with at most " + MAX_PARTS
            + " parts, got one that could not be read", List.empty());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Deadline.refusal();
      }
      Form form = new Form(directory, parts);
      ctx.attribute(FORM, form);
      return form;
    } catch (Refusal | IOException | RuntimeException e) {
      deleteTree(directory);
      throw e;
    }
  }

  /** Deletes what the request's form left, if it had one. */
  static void release(Context ctx) {
    Form form = ctx.attribute(FORM);
    if (form != null) {
      form.close();
    }
  }

  /** {@code csv} or {@code xlsx} for a file's media type (or, when it says nothing useful, its name), else null. */
  private static String fileType(String type, String filename) {
    if (type.equals(CSV) || type.equals("application/csv")) {
      return "csv";
    }
    if (type.equals(XLSX)) {
      return "xlsx";
    }
    if (filename != null && (type.isEmpty() || type.equals("application/octet-stream"))) {
      String lower = filename.toLowerCase(Locale.ROOT);
      return lower.endsWith(".csv") ? "csv" : lower.endsWith(".xlsx") ? "xlsx" : null;
    }
    return null;
  }

  /** A reader's problem with its row, column, sheet and cell for machines; a problem of a file as a whole has none. */
  static Refusal.Place place(InputProblem p) {
    if (p.row() == 0) {
      return Refusal.Place.of(p.message());
    }
    return new Refusal.Place(p.message(), null, p.sheet().isEmpty() ? null : p.sheet(), p.cell().isEmpty() ? null : p.cell(), p.row(),
        p.column().isEmpty() ? null : p.column());
  }
}
