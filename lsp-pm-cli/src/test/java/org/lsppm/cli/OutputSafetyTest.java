package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's only copy is never destroyed: an output that is, or resolves to, an input is
 * refused whatever the spelling or link, and nothing is touched; a report replaces an existing
 * output whole, with no temporary file left behind.
 */
class OutputSafetyTest {
  @TempDir
  Path dir;

  private Path measurements;
  private byte[] original;

  @BeforeEach
  void copyTheBundledMeasurements() throws IOException {
    Files.createDirectories(dir.resolve("files"));
    measurements = dir.resolve("files/m.csv");
    Files.copy(Path.of(Cli.data("measurements.csv")), measurements);
    original = Files.readAllBytes(measurements);
  }

  private void refused(Cli r, String expected) throws IOException {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(expected).doesNotContain("Exception");
    assertThat(Files.readAllBytes(measurements)).isEqualTo(original);
  }

  @Test
  void the_input_named_as_the_output_is_refused_and_left_as_it_was() throws IOException {
    refused(Cli.run("rate", "--measurements", measurements.toString(), "--output", measurements.toString()),
        "expected an output file that is not an input, got the same file as the input " + measurements);
  }

  @Test
  void another_spelling_of_the_input_is_refused() throws IOException {
    Path spelt = dir.resolve("files/../files/./m.csv");

    refused(Cli.run("rate", "--measurements", measurements.toString(), "--output", spelt.toString()),
        spelt + ": expected an output file that is not an input");
  }

  @Test
  void the_input_reached_through_a_symbolic_link_is_refused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), measurements);

    refused(Cli.run("rate", "--measurements", measurements.toString(), "--output", link.toString()),
        link + ": expected a new file or a regular file to replace, got a symbolic link");
    refused(Cli.run("rate", "--measurements", link.toString(), "--output", measurements.toString()),
        "got the same file as the input " + link);
  }

  @Test
  void a_symbolic_link_to_any_other_file_is_refused_and_that_file_kept() throws IOException {
    Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("out.csv"), precious);

    refused(Cli.run("rate", "--measurements", measurements.toString(), "--output", link.toString()), "got a symbolic link");
    assertThat(precious).hasContent("keep me");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void every_subcommand_refuses_its_own_input_as_output() throws IOException {
    Path outcomes = Files.copy(Path.of(Cli.data("kcp-2009-laa1-outcomes.csv")), dir.resolve("o.csv"));
    byte[] before = Files.readAllBytes(outcomes);

    Cli r = Cli.run("summary", "--outcomes", outcomes.toString(), "--output", outcomes.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(Files.readAllBytes(outcomes)).isEqualTo(before);
    Path agreement = Files.copy(Path.of(Cli.data("lpsa-agreement.json")), dir.resolve("a.json"));
    byte[] agreed = Files.readAllBytes(agreement);
    assertThat(Cli.run("triggers", "--agreement", agreement.toString(), "--output", agreement.toString()).exit()).isEqualTo(2);
    assertThat(Files.readAllBytes(agreement)).isEqualTo(agreed);
  }

  @Test
  void a_directory_is_refused_as_the_output() throws IOException {
    refused(Cli.run("rate", "--measurements", measurements.toString(), "--output", dir.toString()),
        dir + ": expected a file to write, got a directory");
  }

  @Test
  void an_existing_output_is_replaced_whole_and_no_temporary_file_is_left() throws IOException {
    Path out = Files.writeString(dir.resolve("report.csv"), "an older and much longer report ".repeat(10_000));

    Cli r = Cli.run("rate", "--measurements", measurements.toString(), "--format", "csv", "--output", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).doesNotContain("older").contains("NI 16");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("files", "report.csv");
    }
  }
}
