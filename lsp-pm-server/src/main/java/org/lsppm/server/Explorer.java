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
   * Loads the rating and reward engines' rule units (1-3 s on first use) by answering the bundled
   * examples once, so that the first request is as quick as any other.
   */
  void warmUp() {
    example();
    try {
      Path dir = Files.createTempDirectory("lsp-pm-example-");
      try {
        Path measurements = Files.write(dir.resolve("committee-measurements.csv"), resource("examples/committee-measurements.csv"));
        org.lsppm.rules.DroolsRatingEngine.withDefaults().rate(Inputs.measurements(measurements, false));
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadInput e) {
      throw new IllegalStateException("the bundled example is refused: " + e.problems(), e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private static byte[] buildExample() {
    byte[] agreementJson = resource("examples/lpsa-agreement.json");
    try {
      Path dir = Files.createTempDirectory("lsp-pm-example-");
      try {
        Path agreementFile = Files.write(dir.resolve("lpsa-agreement.json"), agreementJson);
        Path scenarios = Files.write(dir.resolve("lpsa-scenarios.csv"), resource("examples/lpsa-scenarios.csv"));
        RewardAgreement agreement = Inputs.json(agreementFile, RewardAgreement.class);
        Scenario current = Inputs.scenarios(scenarios, agreement, false).head();
        org.lsppm.rules.DroolsRewardEngine engine = org.lsppm.rules.DroolsRewardEngine.withDefaults();
        engine.triggers(agreement);
        org.lsppm.core.Checks.orThrow(engine.evaluate(agreement, current));
        // The agreement as the file writes it: its figures are passed on as written.
        String text = "{\n\"agreement\": " + new String(agreementJson, StandardCharsets.UTF_8).strip() + ",\n\"scenario\": "
            + Json.write(current) + "\n}\n";
        return text.getBytes(StandardCharsets.UTF_8);
      } finally {
        delete(dir);
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
