package org.lsppm.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;

/**
 * lsp-pm over HTTP: the library's ratings, grants and reports for systems that are not Java.
 * Stateless (every request carries its inputs), so copies behind any load balancer scale it.
 *
 * <pre>{@code
 * try (LspPmServer server = LspPmServer.start(LspPmServer.Settings.defaults().withPort(0), System.err::println)) {
 *   System.out.println("listening on " + server.uri());
 *   server.awaitStop();
 * }
 * }</pre>
 *
 * <p>The contract is {@code GET /openapi.json}. Every refusal is an RFC 9457 problem document
 * ({@code application/problem+json}); an error of the server's own is answered as one line with
 * an id that the log line carries too, never with a stack trace. No request can take the server
 * down: its body, rows and nesting are bounded, at most {@link Settings#workers()} are worked on at
 * once with {@link Settings#queue()} more waiting (503 past that), and a client that sends too
 * slowly is cut off.
 */
public final class LspPmServer implements AutoCloseable {

  /**
   * How a server is run.
   *
   * @param host the address to listen on: the loopback address unless told otherwise
   * @param port the port, or 0 for any free one
   * @param maxBodyBytes the largest request body, in bytes (413 past it)
   * @param maxRows the most measurements a rating request may carry (413 past it)
   * @param workers how many requests are worked on at once
   * @param queue how many more may wait for a worker (503 past them)
   * @param idleTimeout how long a connection may send nothing before it is closed
   * @param requestTimeout how long a request may take from the moment a worker takes it, its body
   *     included: past it the work is stopped and the request refused (408 while its body is still
   *     arriving, 503 after)
   * @param stopTimeout how long a stop waits for the requests in flight
   * @param version the version {@code GET /version} and each report name
   * @param clock read only for the time a report for people says it was generated
   */
  public record Settings(String host, int port, long maxBodyBytes, int maxRows, int workers, int queue, Duration idleTimeout,
      Duration requestTimeout, Duration stopTimeout, String version, Clock clock) {
    /** Checks each setting. */
    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      Objects.requireNonNull(stopTimeout, "stopTimeout");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(clock, "clock");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port: expected 0 to 65535, got " + port);
      }
      if (maxBodyBytes < 1 || maxRows < 1 || workers < 1 || queue < 0) {
        throw new IllegalArgumentException("expected a positive body limit, row limit and workers and a queue of 0 or more, got "
            + maxBodyBytes + ", " + maxRows + ", " + workers + ", " + queue);
      }
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout: expected a positive duration, got " + requestTimeout);
      }
    }

    /**
     * 127.0.0.1:8080; bodies up to 16 MiB and 100,000 measurements; two workers per processor and
     * 64 requests waiting; a 30-second idle timeout, 60 seconds for a request and a 10-second stop.
     */
    public static Settings defaults() {
      int workers = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
      return new Settings("127.0.0.1", 8080, 16L << 20, 100_000, workers, 64, Duration.ofSeconds(30), Duration.ofSeconds(60),
          Duration.ofSeconds(10), implementationVersion(), Clock.systemUTC());
    }

    public Settings withHost(String host) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withPort(int port) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withLimits(long maxBodyBytes, int maxRows) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withWorkers(int workers, int queue) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withTimeouts(Duration idleTimeout, Duration stopTimeout) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    /** The time a request is given, its body included (see {@link #requestTimeout()}). */
    public Settings withRequestTimeout(Duration requestTimeout) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withVersion(String version) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    public Settings withClock(Clock clock) {
      return new Settings(host, port, maxBodyBytes, maxRows, workers, queue, idleTimeout, requestTimeout, stopTimeout, version, clock);
    }

    private static String implementationVersion() {
      String v = LspPmServer.class.getPackage().getImplementationVersion();
      return v == null ? "development" : v;
    }
  }

  private final Settings settings;
  private final Consumer<String> log;
  private final Semaphore admitted;
  private final Semaphore working;
  /** The one thread that stops requests that run past their time. */
  private final java.util.concurrent.ScheduledExecutorService deadlines = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
      work -> {
        Thread t = new Thread(work, "lsp-pm-deadlines");
        t.setDaemon(true);
        return t;
      });
  private final Javalin app;
  private final Explorer explorer;
  private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
  private volatile boolean stopping;

  private LspPmServer(Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
    this.admitted = new Semaphore(settings.workers() + settings.queue());
    this.working = new Semaphore(settings.workers());
    Endpoints endpoints = new Endpoints(settings);
    OpenApi openApi = new OpenApi(settings.version());
    this.explorer = new Explorer();
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.http.prefer405over404 = true;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.jetty.threadPool = threadPool(settings);
      config.jetty.modifyHttpConfiguration(http -> {
        // A connection that sends nothing for this long is closed. (Jetty's own minimum data rate is
        // not used: it refused a 3-byte body read a few milliseconds late, under load; Bodies checks
        // the rate itself once a body has taken seconds.)
        http.setIdleTimeout(settings.idleTimeout().toMillis());
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
      config.requestLogger.http((ctx, ms) -> access(ctx, ms));
      // What does no work answers even when every worker is busy: a load balancer's health check is not queued.
      config.routes.get("/health", light(ctx -> json(ctx, 200, "{\"status\":\"UP\"}")));
      config.routes.get("/version", light(ctx -> json(ctx, 200, Json.write(java.util.Map.of("name", "lsp-pm", "version",
          settings.version())))));
      config.routes.get("/openapi.json", light(ctx -> json(ctx, 200, openApi.document())));
      config.routes.get("/v1/policies/defaults/{kind}", light(endpoints::defaultPolicy));
      config.routes.get("/", light(ctx -> {
        ctx.header("Content-Security-Policy", explorer.policy());
        ctx.header("Referrer-Policy", "no-referrer");
        send(ctx, 200, "text/html; charset=utf-8", explorer.page());
      }));
      config.routes.get("/v1/examples/grant", light(ctx -> send(ctx, 200, "application/json", explorer.example())));
      config.routes.post("/v1/ratings", guarded(endpoints::ratings));
      config.routes.post("/v1/light-thresholds", guarded(endpoints::lightThresholds));
      config.routes.post("/v1/policy-comparisons", guarded(endpoints::policyComparisons));
      config.routes.post("/v1/summaries", guarded(endpoints::summaries));
      config.routes.post("/v1/comparator-placements", guarded(endpoints::comparatorPlacements));
      config.routes.post("/v1/grants", guarded(endpoints::grants));
      config.routes.post("/v1/triggers", guarded(endpoints::triggers));
      config.routes.post("/v1/sensitivities", guarded(endpoints::sensitivities));
      config.routes.post("/v1/grant-comparisons", guarded(endpoints::grantComparisons));
      config.routes.post("/v1/simulations", guarded(endpoints::simulations));
      config.routes.post("/v1/reviews", guarded(endpoints::reviews));
      config.routes.post("/v1/plan-checks", guarded(endpoints::planChecks));
      config.routes.post("/v1/reports/committee-paper", guarded(endpoints::committeePaper));
      config.routes.error(404, ctx -> problem(ctx, new Refusal(404, "not-found", "No such resource",
          "expected a path of the API (see /openapi.json), got " + Problem.printable(ctx.path()), io.vavr.collection.List.empty())));
      config.routes.error(405, ctx -> problem(ctx, new Refusal(405, "method-not-allowed", "The path does not take this method",
          Problem.printable(ctx.method().name()) + " " + Problem.printable(ctx.path()) + ": expected another method (see /openapi.json)",
          io.vavr.collection.List.empty())));
      config.routes.exception(Exception.class, (e, ctx) -> failed(ctx, e));
    });
  }

  /** The slowest a body may arrive, in bytes per second, once it has taken {@link Bodies#GRACE}. */
  static final long MIN_BYTES_PER_SECOND = 1_024;

  private static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool(Settings settings) {
    // Jetty's own threads (acceptors, selectors) plus the workers and those waiting for one.
    int threads = settings.workers() + settings.queue() + 8;
    org.eclipse.jetty.util.thread.QueuedThreadPool pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(threads, Math.min(8, threads));
    pool.setName("lsp-pm-http");
    return pool;
  }

  /**
   * Starts a server; {@code log} is given the address it listens on, one line per request (method,
   * path, status, time, size; never a body) and one line per error of its own, with the error's id.
   */
  public static LspPmServer start(Settings settings, Consumer<String> log) {
    long started = System.nanoTime();
    LspPmServer server = new LspPmServer(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(log, "log"));
    // Every rule unit is loaded before the first request: no caller waits for Drools to start.
    org.lsppm.rules.DroolsRatingEngine.preload();
    org.lsppm.rules.DroolsRewardEngine.preload();
    org.lsppm.rules.DroolsReviewEngine.preload();
    server.explorer.warmUp();
    server.app.start();
    log.accept("lsp-pm " + settings.version() + " listening on " + server.uri() + " (ready in "
        + (System.nanoTime() - started) / 1_000_000 + " ms, its rule units loaded)");
    return server;
  }

  /** The OpenAPI 3.1 document a server of {@code version} answers at {@code GET /openapi.json}. */
  public static String openApi(String version) {
    return new OpenApi(version).document();
  }

  /** The port listened on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** The server's address, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** How many requests are being worked on now or wait for a worker. */
  int inFlight() {
    return settings.workers() + settings.queue() - admitted.availablePermits();
  }

  /** Blocks until the server has stopped. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops: new requests are answered 503, those in flight are given up to {@link
   * Settings#stopTimeout()} to finish, then the server closes. Safe to call more than once.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    int all = settings.workers() + settings.queue();
    boolean drained;
    try {
      drained = admitted.tryAcquire(all, settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    if (!drained) {
      log.accept("stopping with requests still in flight after " + settings.stopTimeout().toSeconds() + " s");
    }
    app.stop();
    deadlines.shutdownNow();
    log.accept("lsp-pm stopped");
    stopped.countDown();
  }

  // -- every request -------------------------------------------------------------------------

  /** An endpoint's work, which may refuse its request. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Context ctx) throws Refusal, IOException;
  }

  /** An endpoint that does no work: answered by the thread that took the request, refused only while stopping. */
  private Handler light(Endpoint endpoint) {
    return ctx -> {
      if (admit(ctx)) {
        try {
          endpoint.handle(ctx);
        } catch (Refusal r) {
          problem(ctx, r);
        }
      }
    };
  }

  /** Whether a request may be answered at all; while the server stops it is refused. */
  private boolean admit(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    if (stopping) {
      busy(ctx, "expected a server that is running, got one that is stopping");
      return false;
    }
    return true;
  }

  /** The endpoint within the server's bounds: admitted while there is room, refused as a problem document. */
  private Handler guarded(Endpoint endpoint) {
    return ctx -> {
      if (!admit(ctx)) {
        return;
      }
      if (!admitted.tryAcquire()) {
        busy(ctx, "expected room for the request, got " + (settings.workers() + settings.queue()) + " requests already in hand");
        return;
      }
      try {
        if (!working.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          busy(ctx, "expected a worker within " + QUEUE_WAIT.toSeconds() + " s, got none free");
          return;
        }
        try (Deadline deadline = Deadline.start(settings.requestTimeout(), deadlines)) {
          work(ctx, endpoint);
        } finally {
          Bodies.release(ctx);
          working.release();
        }
      } finally {
        admitted.release();
      }
    };
  }

  /**
   * The endpoint's work within its deadline. Whatever it ends in once the deadline has passed (the
   * stopped work's exception, or a refusal of a body cut short) is answered as the deadline's
   * refusal; a body that was still arriving keeps its 408.
   */
  private void work(Context ctx, Endpoint endpoint) {
    try {
      endpoint.handle(ctx);
    } catch (Refusal r) {
      Deadline.end();
      problem(ctx, Deadline.passed() && r.status != 408 ? Deadline.refusal() : r);
    } catch (IOException | RuntimeException e) {
      Deadline.end();
      if (Deadline.passed()) {
        problem(ctx, Deadline.refusal());
      } else {
        failed(ctx, e);
      }
    }
  }

  /** How long a request admitted to the queue waits for a worker before it is refused. */
  static final Duration QUEUE_WAIT = Duration.ofSeconds(10);

  private static void busy(Context ctx, String detail) {
    ctx.header("Retry-After", "1");
    problem(ctx, Refusal.busy(detail));
  }

  /** An error of the server's own: one line for the caller, the id and the error for the log. */
  private void failed(Context ctx, Exception e) {
    if (e instanceof io.javalin.http.HttpResponseException h && h.getStatus() < 500) {
      problem(ctx, new Refusal(h.getStatus(), "bad-request", "The request could not be understood", Problem.printable(h.getMessage()),
          io.vavr.collection.List.empty()));
      return;
    }
    String id = UUID.randomUUID().toString();
    log.accept("error " + id + " on " + ctx.method().name() + " " + Problem.printable(ctx.path()) + ": " + describe(e));
    problem(ctx, new Refusal(500, "server-error", "The server could not answer the request",
        "an error of the server's own, logged as " + id, io.vavr.collection.List.empty()));
    ctx.header("X-Error-Id", id);
  }

  private static String describe(Throwable e) {
    StringBuilder out = new StringBuilder(String.valueOf(e));
    for (StackTraceElement frame : e.getStackTrace()) {
      out.append(" at ").append(frame);
      if (out.length() > 2_000) {
        break;
      }
    }
    return Problem.printable(out.toString());
  }

  /** The access log: method, path, status, time, size. */
  private void access(Context ctx, float ms) {
    Integer size = ctx.attribute(SIZE);
    log.accept(String.format(Locale.ROOT, "%s %s %d %.1f ms %s bytes", ctx.method().name(), Problem.printable(ctx.path()),
        ctx.statusCode(), ms, size == null ? "-" : size));
  }

  /** A refusal as an RFC 9457 problem document. */
  static void problem(Context ctx, Refusal r) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode doc = nodes.objectNode();
    doc.put("type", "https://lsppm.org/problems/" + r.type);
    doc.put("title", r.title);
    doc.put("status", r.status);
    doc.put("detail", r.getMessage());
    doc.put("instance", Problem.printable(ctx.path()));
    if (!r.problems.isEmpty()) {
      ArrayNode list = doc.putArray("problems");
      for (Refusal.Place p : r.problems) {
        ObjectNode o = list.addObject();
        o.put("detail", p.detail());
        if (p.pointer() != null) {
          o.put("pointer", p.pointer());
        }
        if (p.sheet() != null) {
          o.put("sheet", p.sheet());
        }
        if (p.cell() != null) {
          o.put("cell", p.cell());
        }
        if (p.row() != null) {
          o.put("row", p.row());
        }
        if (p.column() != null) {
          o.put("column", p.column());
        }
      }
    }
    if (r.status == 413 || r.status == 408 || r.type.equals("took-too-long")) {
      // The rest of the body will not be read: the connection is closed after the answer, and
      // the client is told so, not left to find it dead.
      ctx.header("Connection", "close");
    } else {
      // A refusal may come before the body is read (a bad parameter): what is left of it (within
      // the limit, which a longer one has already failed) is read and dropped, so that the
      // connection can carry the client's next request.
      drain(ctx);
    }
    send(ctx, r.status, "application/problem+json", Json.write(doc).getBytes(StandardCharsets.UTF_8));
  }

  private static void drain(Context ctx) {
    try {
      ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // A body that cannot be read to its end leaves Jetty to close the connection.
    }
  }

  static void json(Context ctx, int status, String json) {
    send(ctx, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The answer, whole, sent before the handler returns (so that a stop, which waits for the
   * handlers in flight, never closes a connection with an answer still unsent); its size is
   * noted for the access log.
   */
  static void send(Context ctx, int status, String type, byte[] body) {
    Deadline.end(); // an answer is never cut short by the deadline
    ctx.attribute(SIZE, body.length);
    ctx.status(status).contentType(type);
    ctx.res().setContentLength(body.length);
    try {
      ctx.res().getOutputStream().write(body);
      ctx.res().flushBuffer();
    } catch (IOException e) {
      // The client has gone: there is no one left to answer.
    }
  }

  private static final String SIZE = "lsppm.size";
}
