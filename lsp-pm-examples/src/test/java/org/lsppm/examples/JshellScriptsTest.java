package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every jshell script runs as an analyst would run it, snippet by snippet, told where the bundled
 * data is as {@code jshell/start} and {@code bin/lsp-pm-jshell} tell it: no snippet is rejected,
 * none throws, and the script prints what its comments promise.
 */
@Tag("files")
class JshellScriptsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jshell/ratings.jsh|NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5",
      "jshell/reward-whatif.jsh|1: 60% at 16.28, 100% at 15",
      "jshell/questions.jsh|NI 39 2008/09: Green at most 1330, not Red at most 1463; outturn 1502, 172 from Green",
      "jshell/questions.jsh|NI 39: RED (MissedBeyondTolerance) becomes AMBER (MissedWithinTolerance)",
      "jshell/questions.jsh|NI 16 2008/09: second quartile, rank 4 of 7 (1 tied)"})
  void the_script_runs_without_an_error_and_prints_what_it_promises(String script, String expected) throws Exception {
    String printed = run(Path.of(script));

    assertThat(printed).contains(expected);
  }

  /** Runs the script's snippets in this JVM, told where the bundled data is as the launchers tell it. */
  private static String run(Path script) throws Exception {
    String source = Files.readString(script);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> failures = new ArrayList<>();
    // The local engine runs snippets in this JVM: what they print goes to System.out.
    PrintStream original = System.out;
    String data = System.setProperty("lsppm.data", Path.of("data").toAbsolutePath().toString());
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try (JShell shell = JShell.builder().executionEngine("local").out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(out, true, StandardCharsets.UTF_8))
        .compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String rest = source;
      while (!rest.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
        String snippet = info.source();
        if (snippet == null) {
          failures.add("incomplete at the end: " + rest.strip());
          break;
        }
        rest = info.remaining();
        if (snippet.strip().startsWith("/exit")) {
          break;
        }
        for (SnippetEvent e : shell.eval(snippet)) {
          if (e.status() == Snippet.Status.REJECTED) {
            failures.add("rejected: " + snippet.strip() + " " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (e.exception() != null) {
            failures.add("threw: " + snippet.strip() + " " + e.exception());
          }
        }
      }
    } finally {
      System.setOut(original);
      if (data == null) {
        System.clearProperty("lsppm.data");
      } else {
        System.setProperty("lsppm.data", data);
      }
    }
    assertThat(failures).as(script.toString()).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }
}
