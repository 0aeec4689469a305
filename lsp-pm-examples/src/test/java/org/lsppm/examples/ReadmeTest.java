package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The READMEs' Java is Tour.java, compiled with this module and run here: it cannot drift from the API. */
@Tag("files") // the READMEs and scripts beside this module
class ReadmeTest {
  private static final Path TOUR = Path.of("src/main/java/org/lsppm/examples/Tour.java");

  @Test
  void the_top_readme_shows_the_tour_exactly() throws Exception {
    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + Files.readString(TOUR) + "```\n");
  }

  @Test
  void the_rules_readme_shows_the_tours_rating_region_exactly() throws Exception {
    String tour = Files.readString(TOUR);
    String region = tour.substring(tour.indexOf("// tag::rate[]\n") + "// tag::rate[]\n".length(), tour.indexOf("    // end::rate[]"));
    String dedented = Arrays.stream(region.split("\n")).map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(Files.readString(Path.of("../lsp-pm-rules/README.md"))).contains("```java\n" + dedented + "```\n");
  }

  @Test
  void the_jshell_scripts_unwrap_with_checks_or_throw_never_with_get() throws Exception {
    for (String script : new String[] {"jshell/ratings.jsh", "jshell/reward-whatif.jsh", "jshell/questions.jsh"}) {
      String code = Arrays.stream(Files.readString(Path.of(script)).split("\n"))
          .filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));

      assertThat(code).as(script).doesNotContain(".get()").contains("Checks.orThrow(");
    }
  }

  @Test
  void the_tour_prints_what_its_comments_say() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Tour.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains(
        "withStretch: expected T different from W = 25 (T = W is not a stretch), got 25",
        "NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5, missed by 0.9, within the 5% tolerance (1.075); "
            + "improving from 23.1. Policy lsp-pm-default.",
        "outturns.2: expected a number such as 12.5, got \"abc\"",
        "£150,718.75 earned");
  }
}
