package org.lsppm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.lsppm.core.Json;

/** A server on an ephemeral loopback port and a real HTTP client for it. */
final class Http implements AutoCloseable {
  static final Path DATA = Path.of("../lsp-pm-examples/data");
  static final Path SCHEMAS = Path.of("../lsp-pm-cli/schemas");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);
  static final ObjectMapper MAPPER = Json.newMapper();

  final LspPmServer server;
  /** What the server logged; read while the server's threads add to it, so each reading is a snapshot. */
  final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  Http() {
    this(LspPmServer.Settings.defaults());
  }

  Http(LspPmServer.Settings settings) {
    server = LspPmServer.start(settings.withPort(0).withVersion("9.9.9-test").withClock(CLOCK), log::add);
    component("Problem");
  }

  /** An answer as bytes, with its status and headers. */
  record Answer(int status, String type, byte[] bytes, java.net.http.HttpHeaders headers) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Answer get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  Answer post(String path, String type, byte[] body, String... headers) {
    return send(request(path, headers).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer post(String path, String type, String body, String... headers) {
    return post(path, type, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Sends the request; its answer is checked against the contract (see {@link #conforms}) before it is returned. */
  Answer send(HttpRequest.Builder request) {
    try {
      HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
      HttpResponse<byte[]> r = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
      Answer a = new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
      conforms(built, a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  URI uri(String path) {
    return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The published JSON Schema {@code name} ({@code rate}, {@code prg}, ...). */
  static JsonSchema schema(String name) {
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(SCHEMAS.resolve(name
          + ".schema.json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode contract;

  /** The schema of a component of the server's own OpenAPI document (read once: a busy server answers it 503 too). */
  synchronized JsonSchema component(String name) {
    if (contract == null) {
      contract = get("/openapi.json").json();
    }
    JsonNode doc = contract;
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(doc.get("components").get("schemas").get(name));
  }

  /** Asserts an RFC 9457 problem document of {@code status}, valid against the contract, and returns it. */
  JsonNode problem(Answer a, int status) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.type()).isEqualTo("application/problem+json");
    JsonNode doc = a.json();
    assertThat(component("Problem").validate(doc)).as(a.text()).isEmpty();
    assertThat(doc.get("status").asInt()).isEqualTo(status);
    // Never a stack trace or a class name.
    assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.lsppm.").doesNotContain("java.");
    return doc;
  }

  /**
   * Asserts that an answer is one the OpenAPI document declares for its path and method: its
   * status, its content type and, for JSON, a body valid against the declared schema. Paths and
   * methods the contract does not have (the tests' unknown ones) are answered 404 and 405, which
   * the tests check themselves.
   */
  private void conforms(HttpRequest request, Answer a) {
    JsonNode doc = contract;
    JsonNode operation = doc == null ? null : operation(doc, request.uri().getPath(), request.method());
    if (operation == null) {
      return;
    }
    String where = request.method() + " " + request.uri().getPath() + " answered " + a.status() + " " + a.type();
    JsonNode response = resolve(doc, operation.path("responses").get(String.valueOf(a.status())));
    assertThat(response).as(where + ": a status the contract declares").isNotNull();
    JsonNode media = response.path("content").get(Bodies.mediaType(a.type()));
    assertThat(media).as(where + ": a content type the contract declares").isNotNull();
    JsonNode schema = resolve(doc, media.get("schema"));
    if (schema != null && Bodies.mediaType(a.type()).endsWith("json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(a.json()))
          .as(where + ": a body valid against the contract's schema").isEmpty();
    }
  }

  /** The operation of the contract's path that {@code path} matches ({@code {kind}} matching one segment), or null. */
  private static JsonNode operation(JsonNode doc, String path, String method) {
    java.util.Iterator<java.util.Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      java.util.Map.Entry<String, JsonNode> p = paths.next();
      if (path.matches(java.util.regex.Pattern.quote(p.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"))) {
        return p.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return null;
  }

  /** {@code node}, or what its {@code $ref} into the document points at. */
  private static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode n = node;
    while (n != null && n.has("$ref") && n.get("$ref").asText().startsWith("#/")) {
      JsonNode target = doc.at(n.get("$ref").asText().substring(1));
      n = target.isMissingNode() ? null : target;
    }
    return n;
  }

  /**
   * Waits (polled, up to 10 seconds) for a log line matching {@code regex}: the access line of a
   * request is written just after its answer is sent, so it may trail the client by a moment.
   */
  void awaitLog(String regex) throws InterruptedException {
    for (int i = 0; i < 1_000 && log.stream().noneMatch(l -> l.matches(regex)); i++) {
      Thread.sleep(10);
    }
    assertThat(log).anyMatch(l -> l.matches(regex));
  }

  /** Polls until the server holds {@code requests} requests (a test's half-sent bodies), up to 5 seconds. */
  void awaitInFlight(int requests) throws InterruptedException {
    for (int i = 0; i < 500 && server.inFlight() != requests; i++) {
      Thread.sleep(10);
    }
    assertThat(server.inFlight()).isEqualTo(requests);
  }

  @Override
  public void close() {
    server.close();
  }
}
