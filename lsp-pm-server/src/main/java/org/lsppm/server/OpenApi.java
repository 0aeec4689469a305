package org.lsppm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.lsppm.core.Json;

/**
 * The OpenAPI 3.1 document of the server: the paths and request shapes of {@code openapi.json},
 * with the published JSON Schema of each JSON answer (the command line's {@code schemas/}, the
 * same files) as its components, so that the contract and the schemas cannot drift apart.
 */
final class OpenApi {
  /** The published schemas the answers use, by their file's name without {@code .schema.json}. */
  static final java.util.List<String> SCHEMAS = java.util.List.of("rate", "needed", "prg", "triggers", "whatif", "prg-compare-policy",
      "reviews", "plan-check", "rate-compare-policy", "summary", "simulate",
      "rate-comparators");

  private final String document;

  OpenApi(String version) {
    ObjectMapper mapper = Json.newMapper();
    ObjectNode root = (ObjectNode) read(mapper, "openapi.json");
    ((ObjectNode) root.get("info")).put("version", version);
    ObjectNode schemas = (ObjectNode) root.get("components").get("schemas");
    for (String name : SCHEMAS) {
      schemas.set(name, read(mapper, "schemas/" + name + ".schema.json"));
    }
    this.document = Json.write(root);
  }

  private static JsonNode read(ObjectMapper mapper, String resource) {
    try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lsp-pm-server is missing its resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String document() {
    return document;
  }
}
