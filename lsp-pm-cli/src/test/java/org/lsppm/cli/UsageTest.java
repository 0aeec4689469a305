package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a person sees before any subcommand runs: version, usage, exit codes, completion. */
class UsageTest {

  @Test
  void version_is_the_one_the_build_wrote() throws Exception {
    String pomVersion = projectVersion();

    Cli r = Cli.run("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("lsp-pm " + pomVersion);
    assertThat(Cli.run("rate", "--version").out().strip()).isEqualTo("lsp-pm " + pomVersion);
  }

  @Test
  void no_subcommand_prints_the_usage_on_standard_error_and_exits_2() {
    Cli r = Cli.run();

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Usage: lsp-pm").contains("rate", "prg", "reviews");
  }

  @Test
  void help_lists_the_exit_codes_and_how_to_get_completion() {
    for (String[] args : new String[][] {{"--help"}, {"rate", "--help"}, {"prg", "--help"}}) {
      Cli r = Cli.run(args);

      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("Exit status:", "0   done", "1   findings, with --fail-on-findings",
          "2   bad input or options", "source <(lsp-pm generate-completion)");
    }
  }

  @Test
  void serve_refuses_every_bad_option_at_once_before_it_listens() {
    Cli r = Cli.run("serve", "--port", "70000", "--max-body", "0", "--workers", "0", "--timeout", "0");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("--port: expected 0 to 65535, got 70000", "--max-body: expected 1 to 1024 (MiB), got 0",
        "--workers: expected 1 to 256, got 0", "--timeout: expected 1 to 3600 (seconds), got 0");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void generate_completion_prints_a_bash_script_naming_every_subcommand() {
    Cli r = Cli.run("generate-completion");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_lsp-pm", "rate", "whatif",
        "plan-check");
    assertThat(Cli.run("--help").out()).doesNotContain("generate-completion  ");
  }

  @Test
  void each_subcommand_name_matches_the_name_it_is_built_under_and_a_typo_gets_suggestions() {
    for (String name : new String[] {"rate", "needed", "summary", "prg", "triggers", "simulate", "whatif", "reviews", "plan-check", "policy"}) {
      Cli r = Cli.run(name, "--help");

      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out()).as(name).startsWith("Usage: lsp-pm " + name);
    }
    Cli typo = Cli.run("rat");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("Unmatched argument at index 0: 'rat'", "Did you mean: lsp-pm rate");
  }

  /** The version in the examples POM, read the way a person would check it. */
  private static String projectVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    int parent = pom.indexOf("<parent>");
    String afterParent = pom.substring(parent);
    int start = afterParent.indexOf("<version>") + "<version>".length();
    return afterParent.substring(start, afterParent.indexOf("</version>", start));
  }
}
