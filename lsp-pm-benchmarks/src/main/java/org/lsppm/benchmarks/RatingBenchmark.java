package org.lsppm.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.DroolsRatingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rating N measurements through the Drools engine and through the same decisions hand-written in
 * Java, in one run, with the heap the targets name. {@code engineTwoThreads} splits the batch over
 * two threads sharing one engine, as an embedding application on two cores would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class RatingBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int measurements;

  private List<Measurement> pool;
  private RatingEngine engine;
  private HandWrittenRater handWritten;
  private ExecutorService twoThreads;

  @Setup(Level.Trial)
  public void setUp() {
    pool = Workload.pool();
    engine = DroolsRatingEngine.withDefaults();
    handWritten = new HandWrittenRater(RatingPolicy.defaults());
    twoThreads = Executors.newFixedThreadPool(2);
    io.vavr.collection.Seq<org.lsppm.core.rating.IndicatorRating> byRules = engine.rate(pool);
    for (int i = 0; i < pool.size(); i++) {
      if (!byRules.get(i).equals(handWritten.rate(pool.get(i)))) {
        throw new IllegalStateException("hand-written and rules disagree on " + pool.get(i));
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    twoThreads.shutdownNow();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    engine.rateEach(Workload.cycle(pool, 0, measurements), bh::consume);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    handWritten.rateEach(Workload.cycle(pool, 0, measurements), bh::consume);
  }

  @Benchmark
  public void engineTwoThreads(Blackhole bh) throws Exception {
    int half = measurements / 2;
    Future<?> first = twoThreads.submit(() -> engine.rateEach(Workload.cycle(pool, 0, half), bh::consume));
    Future<?> second = twoThreads.submit(() ->
        engine.rateEach(Workload.cycle(pool, half, measurements - half), bh::consume));
    first.get();
    second.get();
  }
}
