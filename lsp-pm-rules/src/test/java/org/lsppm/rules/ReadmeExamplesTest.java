package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** README examples are the compiled, tested code itself: they cannot drift from the API. */
@Tag("files")
class ReadmeExamplesTest {

  @Test
  void the_testkit_readme_shows_the_property_test_the_build_runs_exactly() throws Exception {
    String readme = Files.readString(Path.of("../lsp-pm-testkit/README.md"));
    String source = Files.readString(Path.of("src/test/java/org/lsppm/rules/OurPolicyProperties.java"));

    assertThat(readme).contains("```java\n" + source + "```\n");
  }
}
