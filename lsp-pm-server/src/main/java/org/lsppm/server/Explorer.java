package org.lsppm.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.lsppm.core.Json;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.Scenario;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;

/**
 * The what-if explorer: one self-contained page (its style and script inline, nothing fetched from
 * elsewhere) and the bundled example it opens with, the agreement and the "current" scenario of
 * lsp-pm-examples' data.
 */
final class Explorer {
  private final byte[] page;
  private final String policy;
  private volatile byte[] example;

  Explorer() {
    String html = new String(resource("explorer.html"), StandardCharsets.UTF_8);
    this.page = html.getBytes(StandardCharsets.UTF_8);
    int open = html.indexOf("<script>") + "<script>".length();
    String script = html.substring(open, html.indexOf("</script>", open));
    String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
    // Only this page's own script and style run: nothing injected, nothing from another origin.
    this.policy = "default-src 'none'; script-src '" + hash(script) + "'; style-src '" + hash(style) + "'; "
        + "connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
  }

  byte[] page() {
    return page.clone();
  }

  /** The Content-Security-Policy of the page. */
  String policy() {
    return policy;
  }

  /** {"agreement": ..., "scenario": ...}: a request {@code POST /v1/grants} takes as it is. */
  byte[] example() {
    byte[] e = example;
    if (e == null) {
      e = buildExample();
      example = e;
    }
    return e.clone();
  }

  /**
   * Rates the bundled measurements and evaluates the bundled grant once, so that the first
   * request's code paths are warm (the rule units are loaded before this).
   */
  void warmUp() {
    example();
    withBundledFiles(dir -> {
      org.lsppm.rules.DroolsRatingEngine.withDefaults().rate(Inputs.measurements(dir.resolve("committee-measurements.csv"), false));
      RewardAgreement agreement = Inputs.json(dir.resolve("lpsa-agreement.json"), RewardAgreement.class);
      org.lsppm.rules.DroolsRewardEngine engine = org.lsppm.rules.DroolsRewardEngine.withDefaults();
      engine.triggers(agreement);
      return org.lsppm.core.Checks.orThrow(engine.evaluate(agreement, current(dir, agreement)));
    });
  }

  private static byte[] buildExample() {
    return withBundledFiles(dir -> {
      RewardAgreement agreement = Inputs.json(dir.resolve("lpsa-agreement.json"), RewardAgreement.class);
      // The agreement as the file writes it: its figures are passed on as written.
      String text = "{\n\"agreement\": " + Files.readString(dir.resolve("lpsa-agreement.json")).strip() + ",\n\"scenario\": "
          + Json.write(current(dir, agreement)) + "\n}\n";
      return text.getBytes(StandardCharsets.UTF_8);
    });
  }

  /** The scenarios file's first scenario, "current". */
  private static Scenario current(Path dir, RewardAgreement agreement) throws BadInput {
    return Inputs.scenarios(dir.resolve("lpsa-scenarios.csv"), agreement, false).head();
  }

  /** The bundled files this server carries (lsp-pm-examples' data), by name. */
  private static final java.util.List<String> BUNDLED = java.util.List.of("lpsa-agreement.json", "lpsa-scenarios.csv",
      "committee-measurements.csv");

  /** What is read from the bundled files. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(Path dir) throws IOException, BadInput;
  }

  /** {@code reading} of the bundled files, written for it to a private temporary directory (the readers read paths). */
  private static <T> T withBundledFiles(Reading<T> reading) {
    try {
      Path dir = Files.createTempDirectory("lsp-pm-example-");
      try {
        for (String name : BUNDLED) {
          Files.write(dir.resolve(name), resource("examples/" + name));
        }
        return reading.read(dir);
      } finally {
        Bodies.deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadInput e) {
      throw new IllegalStateException("the bundled example is refused: " + e.problems(), e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = Explorer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lsp-pm-server is missing its resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
