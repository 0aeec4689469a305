package org.lsppm.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.rules.DroolsRatingEngine;

/**
 * The README's demo: loads the bundled sample partnership from JSON, validates it, prints it as a
 * short report, then rates it under the default policy: every traffic light with the rule that
 * decided it, the LAA2 risk lights, and the overall rating. Run with {@code mvn -Pdemo -DskipTests package}.
 */
public final class Demo {
  /** The bundled sample, on the class path. */
  public static final String SAMPLE = "/org/lsppm/examples/sample-partnership.json";

  private Demo() {}

  /** Prints the bundled partnership; exits with status 2 if it does not validate. */
  public static void main(String[] args) throws IOException {
    Validation<Seq<Problem>, Partnership> loaded = loadSample();
    if (loaded.isInvalid()) {
      loaded.getError().forEach(p -> System.err.println(SAMPLE + ": " + p.message()));
      System.exit(2);
    }
    new PartnershipReport(loaded.get()).printTo(System.out);
    System.out.println();
    new RatingReport(loaded.get(), DroolsRatingEngine.withDefaults()).printTo(System.out);
  }

  /** The bundled sample partnership, validated. */
  public static Validation<Seq<Problem>, Partnership> loadSample() throws IOException {
    try (InputStream in = Demo.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("bundled sample missing from the class path: " + SAMPLE);
      }
      return Json.read(in, Partnership.class);
    }
  }
}
