package org.lsppm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lsppm.server.LspPmServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lsp-pm serve}: the library over HTTP until the process is stopped (SIGINT or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve lsp-pm over HTTP: ratings, grants and reports for systems that are not Java, described by "
        + "GET /openapi.json. Prints the address it listens on and one line per request; stops on Ctrl-C or SIGTERM, "
        + "letting the requests in flight finish."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on, or 0 for any free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
  String bind;

  @Option(names = "--max-body", paramLabel = "MIB", defaultValue = "16",
      description = "The largest request body, in MiB (1 to 1024). Default: ${DEFAULT-VALUE}.")
  int maxBodyMib;

  @Option(names = "--workers", paramLabel = "N",
      description = "Requests worked on at once (1 to 256). Default: two per processor, at least 4.")
  Integer workers;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long a request may take, its body included (1 to 3600); past it the work is stopped and the "
          + "request refused (408 while its body is arriving, 503 after). Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  @Option(names = "--openapi", defaultValue = "false",
      description = "Print the server's OpenAPI 3.1 document (what GET /openapi.json answers) and exit.")
  boolean openApi;

  @Override
  public Integer call() throws InterruptedException {
    if (openApi) {
      spec.commandLine().getOut().println(LspPmServer.openApi(LspPm.Version.number()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    java.util.List<String> problems = new java.util.ArrayList<>();
    if (port < 0 || port > 65_535) {
      problems.add("--port: expected 0 to 65535, got " + port);
    }
    if (maxBodyMib < 1 || maxBodyMib > 1024) {
      problems.add("--max-body: expected 1 to 1024 (MiB), got " + maxBodyMib);
    }
    if (workers != null && (workers < 1 || workers > 256)) {
      problems.add("--workers: expected 1 to 256, got " + workers);
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      problems.add("--timeout: expected 1 to 3600 (seconds), got " + timeoutSeconds);
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.flush();
      return ReportCommand.BAD_INPUT;
    }
    LspPmServer.Settings defaults = LspPmServer.Settings.defaults();
    LspPmServer.Settings settings = defaults.withHost(bind).withPort(port).withVersion(LspPm.Version.number())
        .withLimits((long) maxBodyMib << 20, defaults.maxRows())
        .withWorkers(workers == null ? defaults.workers() : workers, defaults.queue())
        .withRequestTimeout(java.time.Duration.ofSeconds(timeoutSeconds));
    LspPmServer server;
    try {
      server = LspPmServer.start(settings, line -> {
        err.println(line);
        err.flush();
      });
    } catch (RuntimeException e) {
      err.println("--bind " + bind + " --port " + port + ": expected an address and port this machine can listen on, got "
          + org.lsppm.core.Problem.printable(String.valueOf(rootMessage(e))));
      err.flush();
      return ReportCommand.BAD_INPUT;
    }
    // SIGINT and SIGTERM run the shutdown hooks: the server finishes what is in flight, then stops.
    Thread hook = new Thread(server::close, "lsp-pm-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    server.awaitStop();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
