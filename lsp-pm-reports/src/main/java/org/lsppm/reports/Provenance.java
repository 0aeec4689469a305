package org.lsppm.reports;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When, by what and from what a report for people was made, so that anyone can make it again: the
 * formats for people end with it. It is handed in, never read by a renderer: the caller says what
 * the time is, which version made the report and which inputs it read, so that two runs on the
 * same inputs at the same stated time write the same bytes.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(Instant.now(), "0.1.0")
 *     .withInput("measurements.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
 * }</pre>
 *
 * @param generated when the report was made; people read it in UK time, to the minute
 * @param generator what made it, such as {@code lsp-pm 0.1.0}; also the PDF's producer
 * @param inputs the inputs read, in the order given
 */
public record Provenance(Instant generated, String generator, List<Provenance.Input> inputs) {

  /** Checks that no part is null. */
  public Provenance {
    Objects.requireNonNull(generated, "generated");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(inputs, "inputs");
  }

  /**
   * One input: the name people know it by and the SHA-256 of its bytes in hexadecimal.
   *
   * @param name the file's name as the reader gave it
   * @param sha256 the SHA-256 of its bytes, in lower-case hexadecimal
   */
  public record Input(String name, String sha256) {
    /** Checks that neither part is null. */
    public Input {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** A report made at {@code generated} by lsp-pm {@code version}, from no inputs yet. */
  public static Provenance of(Instant generated, String version) {
    return new Provenance(generated, "lsp-pm " + Objects.requireNonNull(version, "version"), List.empty());
  }

  /** This provenance with one more input. */
  public Provenance withInput(String name, String sha256) {
    return new Provenance(generated, generator, inputs.append(new Input(name, sha256)));
  }

  /** The time people read: UK time, as the paper's readers keep it (GMT in winter, BST in summer). */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm zzz", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  /**
   * The lines a report for people ends with: {@code Generated 27 November 2026 at 09:30 GMT by
   * lsp-pm 0.1.0.} (the time in the UK, to the minute), then {@code Input NAME: SHA-256 HEX.} for
   * each input. The data formats keep times as ISO instants; this is for people.
   */
  public List<String> lines() {
    return inputs.map(i -> "Input " + i.name() + ": SHA-256 " + i.sha256() + ".")
        .prepend("Generated " + WHEN.format(generated) + " by " + generator + ".");
  }
}
