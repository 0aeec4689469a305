package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void the_demo_runs_the_command_line_on_the_bundled_files() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = Demo.run(new PrintWriter(out, true), new PrintWriter(err, true), Path.of("../lsp-pm-examples/data"), Cli.CLOCK, Cli.WIDTH);

    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("$ lsp-pm rate --measurements ../lsp-pm-examples/data/committee-measurements.csv")
        .contains("Admissions rose for the third year")
        .containsPattern("NI 16 +Serious acquisitive crime rate +2008/09 +target 21.5 +22.4 +Amber +MissedWithinTolerance +\u2191 Improving")
        .contains("$ lsp-pm summary --outcomes ../lsp-pm-examples/data/kcp-2009-laa1-outcomes.csv")
        .containsPattern("Progress +14 \\(67%\\) +5 \\(24%\\) +2 \\(9%\\)")
        .contains("$ lsp-pm prg --agreement ../lsp-pm-examples/data/lpsa-agreement.json")
        .containsPattern("earned +£990,915.97");
  }
}
