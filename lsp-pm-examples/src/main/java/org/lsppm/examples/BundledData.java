package org.lsppm.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled files are: {@code lsp-pm-examples/data}, found from the repository root (as
 * Maven and the launchers run) or from the module's own directory (as its tests run), unless the
 * system property {@code lsppm.data} says otherwise.
 */
final class BundledData {
  private BundledData() {}

  /** The bundled file {@code name}. */
  static Path file(String name) {
    String configured = System.getProperty("lsppm.data");
    if (configured != null) {
      return Path.of(configured, name);
    }
    Path fromRoot = Path.of("lsp-pm-examples", "data", name);
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", name);
  }
}
