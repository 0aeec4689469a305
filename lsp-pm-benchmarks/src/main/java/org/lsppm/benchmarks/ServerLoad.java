package org.lsppm.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lsppm.core.Json;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.Scenario;
import org.lsppm.io.Inputs;
import org.lsppm.rules.DroolsRatingEngine;
import org.lsppm.rules.DroolsRewardEngine;
import org.lsppm.server.LspPmServer;

/**
 * A load test of the HTTP service, not a JMH benchmark: the server runs in a JVM of its own on
 * 127.0.0.1 (so its peak RSS is its own), and {@code clients} threads each send one request after
 * another for {@code seconds}, first {@code POST /v1/ratings} with 100 measurements, then {@code
 * POST /v1/grants} with the bundled agreement (and the ratings again as CSV). It prints requests per second, p50 and p99
 * latency, errors and the server's peak RSS, and, in the same session, the engines' own time for
 * the same work. It stops by itself and talks to the loopback address only.
 *
 * <pre>
 * mvn -B -ntp -pl lsp-pm-benchmarks -am package -DskipTests
 * java -cp "$(cat lsp-pm-benchmarks/target/classpath.txt)" org.lsppm.benchmarks.ServerLoad 60 16
 * </pre>
 */
public final class ServerLoad {
  private ServerLoad() {}

  /** The server's JVM: listens on a free loopback port and prints its address. */
  public static final class Serve {
    private Serve() {}

    public static void main(String[] args) throws InterruptedException {
      LspPmServer server = LspPmServer.start(LspPmServer.Settings.defaults().withPort(0), line -> { });
      System.out.println(server.uri());
      System.out.flush();
      server.awaitStop();
    }
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    String ratings = ratingsCsv(100);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
    // -Dlsppm.load.jvm="-XX:StartFlightRecording=filename=server.jfr,settings=profile" profiles the server.
    String extra = System.getProperty("lsppm.load.jvm", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Serve.class.getName()));
    Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
          StandardCharsets.US_ASCII));
      Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");
      URI base = null;
      for (String line; base == null && (line = out.readLine()) != null; ) {
        Matcher m = listening.matcher(line);
        base = m.find() ? URI.create(m.group()) : null;
      }
      if (base == null) {
        throw new IllegalStateException("the server stopped before it printed its address");
      }
      String grant = new String(HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("v1/examples/grant")).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
      System.out.printf(Locale.UK, "%d clients, %d s each, server pid %d%n", clients, seconds, server.pid());
      System.out.println("| endpoint | requests/s | p50 ms | p99 ms | errors |");
      System.out.println("|---|---:|---:|---:|---:|");
      load("POST /v1/ratings (100 measurements, CSV in, JSON out)", base.resolve("v1/ratings"), "text/csv", ratings, clients, seconds);
      load("POST /v1/ratings?format=csv (the same, CSV out)", base.resolve("v1/ratings?format=csv"), "text/csv", ratings, clients,
          seconds);
      load("POST /v1/grants (the bundled agreement)", base.resolve("v1/grants"), "application/json", grant, clients, seconds);
      System.out.printf(Locale.UK, "server peak RSS: %s%n", peakRss(server.pid()));
      engineAlone(ratings, grant);
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void load(String name, URI uri, String type, String body, int clients, int seconds) throws InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    // A few seconds' warm-up first (the JIT), not counted.
    run(uri, type, bytes, clients, 5);
    Run r = run(uri, type, bytes, clients, seconds);
    long[] all = r.latencies.stream().flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
    System.out.printf(Locale.UK, "| %s | %,.0f | %.1f | %.1f | %d |%n", name, all.length / (double) seconds, percentile(all, 50),
        percentile(all, 99), r.errors.get());
  }

  private record Run(List<long[]> latencies, AtomicLong errors) {}

  private static Run run(URI uri, String type, byte[] body, int clients, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<long[]> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[500_000];
      latencies.add(mine);
      Thread t = new Thread(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", type).timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int n = 0;
        while (System.nanoTime() < end && n < mine.length) {
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          mine[n++] = System.nanoTime() - start;
        }
      }, "client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Run(latencies, errors);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, at)] / 1e6;
  }

  /** VmHWM of /proc/PID/status: the process's peak resident set. */
  private static String peakRss(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        long kb = Long.parseLong(line.replaceAll("\\D", ""));
        return String.format(Locale.UK, "%,.0f MB", kb / 1024.0);
      }
    }
    return "unknown";
  }

  /** The engines' own time for one request's work, on this thread, after a warm-up. */
  private static void engineAlone(String ratings, String grant) throws Exception {
    Path dir = Files.createTempDirectory("lsp-pm-load-");
    Path csv = Files.writeString(dir.resolve("measurements.csv"), ratings);
    var measurements = Inputs.measurements(csv, false);
    DroolsRatingEngine rater = DroolsRatingEngine.withDefaults();
    var tree = Json.newMapper().readTree(grant);
    RewardAgreement agreement = Json.read(tree.get("agreement"), RewardAgreement.class).get();
    Scenario scenario = Json.read(tree.get("scenario"), Scenario.class).get();
    DroolsRewardEngine rewarder = DroolsRewardEngine.withDefaults();
    for (int i = 0; i < 3_000; i++) {
      rater.rate(measurements);
      rewarder.evaluate(agreement, scenario);
    }
    int n = 5_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      rater.rate(measurements);
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      rewarder.evaluate(agreement, scenario);
    }
    long t2 = System.nanoTime();
    System.out.printf(Locale.UK, "engine alone, one thread: rating 100 measurements %.3f ms, the bundled grant %.3f ms%n",
        (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
    Files.delete(csv);
    Files.delete(dir);
  }

  /** {@code rows} measurements as the documented CSV: 20 indicators over 5 years, each polarity, some awaited. */
  public static String ratingsCsv(int rows) {
    StringBuilder csv = new StringBuilder("indicator,title,theme,polarity,vital_sign,period,target,outturn,status\n");
    String[] polarity = {"higher", "lower", "higher", "lower"};
    for (int i = 0; i < rows; i++) {
      int indicator = i / 5;
      int year = 2004 + i % 5;
      String period = year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
      BigDecimal target = BigDecimal.valueOf(100 + indicator);
      BigDecimal outturn = target.add(BigDecimal.valueOf((i * 37 % 41) - 20, 1));
      boolean awaited = i % 23 == 0;
      csv.append("NI ").append(100 + indicator).append(",Indicator ").append(indicator).append(",Theme ").append(indicator % 4)
          .append(',').append(polarity[indicator % 4]).append(',').append(indicator % 7 == 0 ? "yes" : "no").append(',').append(period)
          .append(',').append(target).append(',').append(awaited ? "" : outturn.toPlainString()).append(',')
          .append(awaited ? "awaited" : "final").append('\n');
    }
    return csv.toString();
  }
}
