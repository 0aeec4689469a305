package org.lsppm.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives an analyst is handed, unpacked outside the checkout and run from another working
 * directory, with nothing but a JDK: the zip as Windows' Explorer would unpack it (no Unix
 * permissions), the tar.gz with the system's tar.
 */
class DistributionIT {
  private static final Path TARGET = Path.of(System.getProperty("lsppm.distribution.dir"));
  private static final String VERSION = System.getProperty("lsppm.version");
  private static final String NAME = "lsp-pm-" + VERSION;

  @TempDir
  Path temp;

  /** The Java the launcher is given: this one, unless a test sets another. */
  private Path javaHome = Path.of(System.getProperty("java.home"));

  @Test
  void the_tar_gz_runs_two_subcommands_and_a_jshell_script_from_any_directory_and_reuses_its_cds_archive() throws Exception {
    Path into = Files.createDirectories(temp.resolve("opt"));
    run(into, List.of("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString()));
    Path home = into.resolve(NAME);
    Path elsewhere = Files.createDirectories(temp.resolve("work"));

    Result rate = launch(home, elsewhere, "rate", "--measurements", home.resolve("data/measurements.csv").toString());
    assertThat(rate.exit()).isZero();
    assertThat(rate.out()).contains("NI 39", "Red", "MissedBeyondTolerance", "Lights by theme");
    assertThat(rate.err()).isEmpty();

    Result prg = launch(home, elsewhere, "prg", "--agreement", home.resolve("data/lpsa-agreement.json").toString(),
        "--outturns", home.resolve("data/lpsa-scenarios.csv").toString(), "--scenario", "current");
    assertThat(prg.exit()).isZero();
    assertThat(prg.out()).contains("£990,915.97");
    assertThat(prg.err()).isEmpty();

    // The analysts' jshell scripts run from anywhere too, and find the bundled data.
    Result jshell = run(elsewhere, List.of(home.resolve("bin/lsp-pm-jshell").toString(), "ratings.jsh"));
    assertThat(jshell.exit()).as(jshell.err()).isZero();
    assertThat(jshell.out()).contains("NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5");

    // The first run started the start-up archive in the background; the second neither waited for
    // it nor started another. Once written, it is the cache's only file and later runs use it.
    awaitArchive();
    try (var archives = Files.list(temp.resolve("cache/lsp-pm"))) {
      assertThat(archives.map(p -> p.getFileName().toString()))
          .singleElement().asString().startsWith(NAME + "-").endsWith(".jsa");
    }
    Result withArchive = launch(home, elsewhere, "rate", "--measurements", home.resolve("data/measurements.csv").toString());
    assertThat(withoutTime(withArchive.out())).isEqualTo(withoutTime(rate.out()));
    assertThat(withArchive.err()).isEmpty();
  }

  @Test
  void serve_answers_over_http_from_the_unpacked_distribution_and_stops_on_sigterm() throws Exception {
    Path into = Files.createDirectories(temp.resolve("opt"));
    run(into, List.of("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString()));
    Path home = into.resolve(NAME);
    // Its log goes to a file: Process.destroy closes the pipes, and the last lines come after it.
    Path log = temp.resolve("serve.log");
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/lsp-pm").toString(), "serve", "--port", "0")
        .directory(temp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process server = builder.start();
    try {
      java.util.regex.Pattern listening = java.util.regex.Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
      String address = null;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (address == null && server.isAlive() && System.nanoTime() < deadline) {
        java.util.regex.Matcher m = listening.matcher(Files.readString(log));
        if (m.find()) {
          address = m.group(1);
        } else {
          Thread.sleep(100); // the line is written once the server listens: polled, up to two minutes
        }
      }
      assertThat(address).as("the address it prints; it printed %s", Files.readString(log)).isNotNull();
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      java.net.URI base = java.net.URI.create(address);
      var health = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("health")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
      var example = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("v1/examples/grant")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      var totals = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("v1/grants?format=csv&table=totals"))
          .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(example.body())).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(totals.statusCode()).isEqualTo(200);
      assertThat(totals.body()).contains("earned,990915.97");

      // The contract in docs/ is the one the server answers.
      var contract = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("openapi.json")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(Files.readString(home.resolve("docs/openapi.json")).strip()).isEqualTo(contract.body().strip());
      assertThat(home.resolve("docs/http-service.md")).exists();

      // SIGTERM (what a service manager sends): the server finishes what is in flight and says it stopped.
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
      assertThat(Files.readString(log)).contains("GET /health 200", "POST /v1/grants 200").endsWith("lsp-pm stopped\n");
    } finally {
      server.destroyForcibly();
    }
  }

  /** A report without the line that says when it was generated. */
  private static String withoutTime(String report) {
    return report.replaceAll("(?m)^Generated .*$", "");
  }

  /**
   * Waits until no run is writing a start-up archive (the dump runs detached from the launcher,
   * so its end is seen only as its lock going), failing after two minutes.
   */
  private void awaitArchive() throws Exception {
    Path cache = temp.resolve("cache/lsp-pm");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      try (var files = Files.list(cache)) {
        if (files.noneMatch(p -> p.getFileName().toString().endsWith(".lock"))) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the start-up archive was still being written after two minutes");
      }
      Thread.sleep(100);
    }
  }

  @Test
  void the_zip_holds_both_launchers_the_libraries_the_data_and_the_sbom_and_reports_its_version() throws Exception {
    Path home = unzip(TARGET.resolve(NAME + ".zip"), temp.resolve("unzipped")).resolve(NAME);
    Files.setPosixFilePermissions(home.resolve("bin/lsp-pm"), Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    assertThat(home.resolve("bin/lsp-pm.bat")).content(StandardCharsets.US_ASCII).contains("\r\n", "org.lsppm.cli.LspPm");
    assertThat(home.resolve("README.md")).content().contains("# lsp-pm " + VERSION);
    assertThat(home.resolve("LICENSE")).content().contains("Apache License");
    assertThat(home.resolve("sbom.json")).content().contains("\"bomFormat\"", "drools-core", "picocli");
    assertThat(home.resolve("data/measurements.csv")).exists();
    assertThat(home.resolve("schemas/rate.schema.json")).exists();
    assertThat(home.resolve("jshell/ratings.jsh")).content().contains("System.getProperty(\"lsppm.data\"");
    assertThat(home.resolve("bin/lsp-pm-jshell.bat")).content(StandardCharsets.US_ASCII).contains("\r\n", "-R-Dlsppm.data=");
    assertThat(home.resolve("docs/formats-and-examples.md")).content().contains("## File formats", "### Measurements");
    assertThat(home.resolve("README.md")).content().contains("docs/formats-and-examples.md", "bin/lsp-pm-jshell ratings.jsh");
    assertThat(home.resolve("lib/lsp-pm.classlist")).exists();
    try (var libs = Files.list(home.resolve("lib"))) {
      assertThat(libs.map(p -> p.getFileName().toString()))
          .contains("lsp-pm-cli-" + VERSION + ".jar", "lsp-pm-io-" + VERSION + ".jar", "lsp-pm-reports-" + VERSION + ".jar", "lsp-pm-rules-" + VERSION + ".jar", "slf4j-nop-2.0.17.jar")
          .noneMatch(n -> n.startsWith("antlr") || n.startsWith("drools-drl") || n.startsWith("ecj")
              || n.startsWith("javaparser") || n.startsWith("drools-mvel"));
    }

    Result version = launch(home, temp, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out().strip()).isEqualTo("lsp-pm " + VERSION);

    Result none = launch(home, temp);
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).startsWith("Usage: lsp-pm").contains("Exit status:");
  }

  @Test
  void a_first_run_at_a_terminal_says_it_writes_its_start_up_archive_in_the_background() throws Exception {
    Path script = Path.of("/usr/bin/script");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "util-linux's script gives the launcher a terminal");
    Path into = Files.createDirectories(temp.resolve("tty"));
    run(into, List.of("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString()));
    Path launcher = into.resolve(NAME).resolve("bin/lsp-pm");

    // script(1) runs the launcher with a terminal as its standard error, as an analyst's shell does.
    Result atTerminal = run(temp, List.of(script.toString(), "-qec", launcher + " --version", "/dev/null"));
    Result again = run(temp, List.of(script.toString(), "-qec", launcher + " --version", "/dev/null"));

    assertThat(atTerminal.exit()).isZero();
    assertThat(atTerminal.out()).contains("lsp-pm: first run with this Java: writing a start-up archive to " + temp.resolve("cache")
            + "/lsp-pm in the background (once); later runs start faster")
        .contains("lsp-pm " + VERSION);
    assertThat(again.out()).doesNotContain("start-up archive").contains("lsp-pm " + VERSION);
    awaitArchive();
  }

  @Test
  void a_first_run_does_not_wait_for_its_start_up_archive() throws Exception {
    Path into = Files.createDirectories(temp.resolve("quick"));
    run(into, List.of("tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString()));
    Path home = into.resolve(NAME);
    // A Java whose archive dump cannot end until the test opens its gate: had the launcher waited
    // for the dump, the run would never return; since it does not, the dump is still under way.
    Path gate = temp.resolve("gate");
    Path gated = Files.createDirectories(temp.resolve("gated-java/bin"));
    Path java = Files.writeString(gated.resolve("java"), "#!/bin/sh\n"
        + "case \" $* \" in *\" -Xshare:dump \"*) while [ ! -f '" + gate + "' ]; do sleep 0.1; done ;; esac\n"
        + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    javaHome = gated.getParent();

    Result first = launch(home, temp, "--version");

    assertThat(first.exit()).isZero();
    assertThat(first.out().strip()).isEqualTo("lsp-pm " + VERSION);
    assertThat(first.err()).isEmpty();
    try (var files = Files.list(temp.resolve("cache/lsp-pm"))) {
      assertThat(files.map(p -> p.getFileName().toString())).as("the cache while the dump waits")
          .anyMatch(n -> n.endsWith(".jsa.lock")).noneMatch(n -> n.endsWith(".jsa"));
    }
    Files.createFile(gate);
    awaitArchive();
    try (var files = Files.list(temp.resolve("cache/lsp-pm"))) {
      assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jsa");
    }
  }

  private record Result(int exit, String out, String err) {}

  private Result launch(Path home, Path workingDirectory, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/lsp-pm").toString()));
    command.addAll(List.of(args));
    return run(workingDirectory, command);
  }

  private Result run(Path workingDirectory, List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    builder.environment().remove("JAVA_OPTS");
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static Path unzip(Path zip, Path into) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the archive's folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          copy(in, target);
        }
      }
    }
    return into;
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.write(target, in.readAllBytes());
  }
}
