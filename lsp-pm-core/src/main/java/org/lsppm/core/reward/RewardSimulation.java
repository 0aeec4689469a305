package org.lsppm.core.reward;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;

/**
 * Reward-grant risk by simulation: N seeded draws of every measure's outturn from its
 * {@link OutturnForecast}, each draw evaluated by a {@link RewardEngine} exactly as a what-if
 * scenario is (exact money in every draw), then summarised per measure and for the agreement.
 *
 * <p><b>Reproducible.</b> Draw {@code i} has its own generator, seeded from the seed and {@code i}
 * alone, and the totals are exact sums of pence, so the same seed gives the same result on any
 * number of threads. Each drawn outturn is rounded (half even) to the decimal places the measure's
 * figures carry: the most of its W, T and its forecast's own figures (numbers are kept without
 * trailing zeros, so {@code 40.00} carries none), or to the places {@link #withPlaces} sets.
 *
 * <p><b>Statistics and their rounding.</b> Probabilities are shares of the draws, to four places
 * (half even). Expected grants are the mean of the draws' exact amounts, to the penny (half even).
 * Percentiles are nearest-rank: the p-th percentile is the smallest drawn total that at least p%
 * of the draws do not exceed, so it is always an amount one draw earned; the payment schedule at
 * the median is the schedule of the draw whose total is the median (the first such draw).
 */
public final class RewardSimulation {
  /** The most draws one simulation makes. */
  public static final int MAX_DRAWS = 1_000_000;
  private static final int PLACES = 4;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  /** Draws made and evaluated at a time by one thread: memory stays bounded whatever the number of draws. */
  private static final int BATCH = 1_000;

  private final RewardEngine engine;
  private final RewardAgreement agreement;
  private final Map<TargetId, OutturnForecast> forecasts;
  private final List<Measure> measures;
  private final int[] scales;
  private final TargetId[] ids;
  private final OutturnForecast[] ordered;

  private RewardSimulation(RewardEngine engine, RewardAgreement agreement, Map<TargetId, OutturnForecast> forecasts, int[] scales) {
    this.engine = engine;
    this.agreement = agreement;
    this.forecasts = forecasts;
    this.measures = agreement.measures();
    this.scales = scales != null ? scales : measures.map(m -> Math.max(forecasts.get(m.id()).get().scale(),
        Math.max(m.stretch().withoutAgreement().value().scale(), m.stretch().withStretch().value().scale()))).toJavaStream()
        .mapToInt(Integer::intValue).map(s -> Math.max(0, s)).toArray();
    this.ids = measures.map(Measure::id).toJavaArray(TargetId[]::new);
    this.ordered = measures.map(m -> forecasts.get(m.id()).get()).toJavaArray(OutturnForecast[]::new);
  }

  /**
   * A simulation of {@code agreement} under {@code engine}'s policy; refused, naming them, when a
   * forecast is missing for a measure or given for something that is not one.
   */
  public static Validation<Seq<Problem>, RewardSimulation> of(
      RewardEngine engine, RewardAgreement agreement, Map<TargetId, OutturnForecast> forecasts) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(forecasts, "forecasts");
    List<Problem> problems = agreement.measures().filter(m -> !forecasts.containsKey(m.id()))
        .map(m -> Problem.of("forecasts." + m.id(), "a forecast for every measure", null))
        .appendAll(forecasts.keySet().toList().sortBy(TargetId::value).filter(id -> agreement.measure(id).isEmpty())
            .map(id -> Problem.of("forecasts." + id, "a measure of the agreement (" + agreement.measures().map(m -> m.id().value())
                .mkString(", ") + ")", id)));
    return problems.isEmpty() ? Validation.valid(new RewardSimulation(engine, agreement, forecasts, null)) : Validation.invalid(problems);
  }

  /** The same simulation with every forecast at its centre: every draw is the plain what-if. */
  public RewardSimulation withoutSpread() {
    return new RewardSimulation(engine, agreement, forecasts.mapValues(OutturnForecast::withoutSpread), scales);
  }

  /**
   * The same simulation with every drawn outturn rounded to {@code places} decimal places instead
   * of the places its figures are written with: for outturns that will be published more finely
   * than the targets are written (a whole-number target for a rate given to one place).
   *
   * @throws IllegalArgumentException unless {@code places} is from 0 to 18
   */
  public RewardSimulation withPlaces(int places) {
    if (places < 0 || places > Checks.MAX_DECIMAL_PLACES) {
      throw new IllegalArgumentException("expected from 0 to " + Checks.MAX_DECIMAL_PLACES + " decimal places, got " + places);
    }
    int[] all = new int[measures.size()];
    Arrays.fill(all, places);
    return new RewardSimulation(engine, agreement, forecasts, all);
  }

  /** The scenario of draw {@code i} under {@code seed}: what the engine evaluates for that draw. */
  public Scenario scenario(long seed, int i) {
    SplittableRandom random = new SplittableRandom(seed + GOLDEN * (i + 1L));
    java.util.List<Tuple2<TargetId, Quantity>> outturns = new ArrayList<>(ordered.length);
    for (int j = 0; j < ordered.length; j++) {
      outturns.add(Tuple.of(ids[j], new Quantity(ordered[j].draw(random, scales[j]))));
    }
    return new Scenario(new Text("draw " + (i + 1)), LinkedHashMap.ofEntries(outturns), LinkedHashMap.empty());
  }

  /**
   * Runs {@code draws} draws from {@code seed} on {@code threads} threads (the calling thread and
   * {@code threads - 1} more that it starts and waits for); the result does not depend on
   * {@code threads}. Interrupting the calling thread stops the run as {@link #run(int, long,
   * java.util.concurrent.Executor, int)} says.
   *
   * @throws IllegalArgumentException if {@code draws} is not from 1 to {@link #MAX_DRAWS} or {@code threads} is below 1
   */
  public Result run(int draws, long seed, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("expected at least one thread, got " + threads);
    }
    return run(draws, seed, work -> {
      Thread t = new Thread(work, "lsp-pm-simulation");
      t.setDaemon(true);
      t.start();
    }, threads);
  }

  /**
   * Runs {@code draws} draws from {@code seed} in {@code parts} parts: all but the last on
   * {@code executor}, which the caller owns (a server's pool, say), and the last on the calling
   * thread, which then waits for the others. The result does not depend on {@code parts} or on
   * the executor; a direct executor ({@code Runnable::run}) runs every part on the calling thread.
   *
   * <p>A run can be stopped: when the calling thread is interrupted (or a part's own thread is),
   * every part stops within a batch of 1,000 draws, and once all have stopped the run throws
   * {@link java.util.concurrent.CancellationException} with the calling thread's interrupt status
   * set.
   *
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(4);
   * RewardSimulation.Result risk = simulation.run(100_000, 2026L, pool, 4);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code draws} is not from 1 to {@link #MAX_DRAWS} or {@code parts} is below 1
   * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses a part (the parts it took are stopped first)
   */
  public Result run(int draws, long seed, java.util.concurrent.Executor executor, int parts) {
    Objects.requireNonNull(executor, "executor");
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new IllegalArgumentException("expected from 1 to " + MAX_DRAWS + " draws, got " + draws);
    }
    if (parts < 1) {
      throw new IllegalArgumentException("expected at least one part, got " + parts);
    }
    int n = Math.min(parts, draws);
    Tally[] tallies = new Tally[n];
    long[] totals = new long[draws];
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(n - 1);
    Runnable[] work = new Runnable[n];
    for (int p = 0; p < n; p++) {
      int from = (int) ((long) draws * p / n);
      int to = (int) ((long) draws * (p + 1) / n);
      Tally tally = new Tally(measures.size(), from, totals);
      tallies[p] = tally;
      work[p] = () -> {
        try {
          for (int start = from; start < to; start += BATCH) {
            if (stop.get() || Thread.currentThread().isInterrupted()) {
              stop.set(true);
              return;
            }
            java.util.List<Scenario> batch = new ArrayList<>(Math.min(BATCH, to - start));
            for (int i = start; i < Math.min(to, start + BATCH); i++) {
              batch.add(scenario(seed, i));
            }
            Checks.orThrow(engine.evaluateEach(agreement, batch, tally::add));
          }
        } catch (RuntimeException e) {
          failures.add(e);
          stop.set(true);
        }
      };
    }
    int handed = 0;
    try {
      for (; handed < n - 1; handed++) {
        Runnable part = work[handed];
        executor.execute(() -> {
          try {
            part.run();
          } finally {
            others.countDown();
          }
        });
      }
    } catch (RuntimeException refused) {
      stop.set(true);
      for (int i = handed; i < n - 1; i++) {
        others.countDown();
      }
      if (awaitAll(others, stop)) {
        Thread.currentThread().interrupt();
      }
      throw refused;
    }
    work[n - 1].run();
    boolean interrupted = Thread.interrupted();
    interrupted |= awaitAll(others, stop);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    if (stop.get()) {
      throw new java.util.concurrent.CancellationException("the simulation was stopped (interrupted) before its " + draws + " draws");
    }
    return summarise(draws, seed, tallies, totals);
  }

  /** Waits for the parts handed out; an interrupt meanwhile stops them. Whether the wait was interrupted. */
  private static boolean awaitAll(java.util.concurrent.CountDownLatch parts, java.util.concurrent.atomic.AtomicBoolean stop) {
    boolean interrupted = false;
    while (true) {
      try {
        parts.await();
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
        stop.set(true);
      }
    }
  }

  private Result summarise(int draws, long seed, Tally[] tallies, long[] totals) {
    BigDecimal n = BigDecimal.valueOf(draws);
    List<MeasureRisk> risks = List.empty();
    for (int j = 0; j < measures.size(); j++) {
      long threshold = 0;
      long full = 0;
      long pence = 0;
      for (Tally t : tallies) {
        threshold += t.threshold[j];
        full += t.full[j];
        pence += t.pence[j];
      }
      Measure m = measures.get(j);
      risks = risks.append(new MeasureRisk(m, forecasts.get(m.id()).get(), share(threshold, n), share(full, n), mean(pence, n)));
    }
    long nothing = Arrays.stream(totals).filter(t -> t == 0).count();
    long sum = Arrays.stream(totals).sum();
    long[] sorted = totals.clone();
    Arrays.sort(sorted);
    Money median = Money.ofPence(sorted[rank(50, draws)]);
    int medianDraw = 0;
    while (totals[medianDraw] != median.toPence()) {
      medianDraw++;
    }
    RewardResult atMedian = Checks.orThrow(engine.evaluate(agreement, scenario(seed, medianDraw)));
    return new Result(agreement, engine.policy(), draws, seed, risks, mean(sum, n), Money.ofPence(sorted[rank(5, draws)]), median,
        Money.ofPence(sorted[rank(95, draws)]), share(nothing, n), atMedian);
  }

  /** The index, counted from 0, of the nearest-rank p-th percentile of n sorted values: ceil(p n / 100) - 1. */
  static int rank(int percent, int n) {
    return (int) Math.max(0, (percent * (long) n + 99) / 100 - 1);
  }

  private static Ratio share(long count, BigDecimal n) {
    return new Ratio(BigDecimal.valueOf(count).divide(n, PLACES, RoundingMode.HALF_EVEN));
  }

  private static Money mean(long pence, BigDecimal n) {
    return Money.of(BigDecimal.valueOf(pence, Money.SCALE).divide(n, Money.SCALE, RoundingMode.HALF_EVEN), RoundingMode.HALF_EVEN);
  }

  /** One thread's counts: results arrive in draw order, from draw {@code from}. */
  private static final class Tally {
    final long[] threshold;
    final long[] full;
    final long[] pence;
    final long[] totals;
    int draw;

    Tally(int measures, int from, long[] totals) {
      this.threshold = new long[measures];
      this.full = new long[measures];
      this.pence = new long[measures];
      this.totals = totals;
      this.draw = from;
    }

    void add(RewardResult r) {
      int j = 0;
      for (MeasureResult m : r.measures()) {
        if (m.decision() == PayableDecision.SHARE || m.decision() == PayableDecision.IN_FULL) {
          threshold[j]++;
        }
        if (m.decision() == PayableDecision.IN_FULL) {
          full[j]++;
        }
        pence[j] += m.payable().get().toPence();
        j++;
      }
      totals[draw++] = r.totalPayable().toPence();
    }
  }

  /**
   * One measure's risk over the draws.
   *
   * @param measure the measure
   * @param forecast the forecast its outturns were drawn from
   * @param reachesThreshold the share of draws reaching the threshold (the 60% trigger), four places
   * @param reachesFull the share of draws earning the whole potential grant (100%), four places
   * @param expectedPayable the mean payable grant, to the penny
   */
  public record MeasureRisk(Measure measure, OutturnForecast forecast, Ratio reachesThreshold, Ratio reachesFull,
      Money expectedPayable) {

    /** Creates a risk; no part may be null. */
    public MeasureRisk {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(forecast, "forecast");
      Objects.requireNonNull(reachesThreshold, "reachesThreshold");
      Objects.requireNonNull(reachesFull, "reachesFull");
      Objects.requireNonNull(expectedPayable, "expectedPayable");
    }
  }

  /**
   * What the simulation found.
   *
   * @param agreement the agreement simulated
   * @param policy the reward policy every draw was evaluated under
   * @param draws how many draws
   * @param seed the seed: the same seed gives the same result
   * @param measures each measure's risk, in the agreement's order
   * @param expected the mean grant over the draws, to the penny
   * @param p5 the 5th percentile of the grant (nearest rank)
   * @param median the 50th percentile of the grant (nearest rank)
   * @param p95 the 95th percentile of the grant (nearest rank)
   * @param earnsNothing the share of draws earning nothing at all, four places
   * @param atMedian the evaluation of the first draw whose grant is the median, for its payment schedule
   */
  public record Result(RewardAgreement agreement, RewardPolicy policy, int draws, long seed, List<MeasureRisk> measures,
      Money expected, Money p5, Money median, Money p95, Ratio earnsNothing, RewardResult atMedian) {

    /** Creates a result; no part may be null. */
    public Result {
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(measures, "measures");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(p5, "p5");
      Objects.requireNonNull(median, "median");
      Objects.requireNonNull(p95, "p95");
      Objects.requireNonNull(earnsNothing, "earnsNothing");
      Objects.requireNonNull(atMedian, "atMedian");
    }

    /** The payment schedule of the median draw. */
    public List<ScheduleLine> scheduleAtMedian() {
      return atMedian.schedule();
    }

    /** The name of the draw whose schedule is shown. */
    public Text medianDraw() {
      return atMedian.scenario().name();
    }
  }
}
