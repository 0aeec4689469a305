package org.lsppm.benchmarks;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.rules.DroolsRewardEngine;
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
 * What-if throughput: an agreement of 35 targets (half lower-is-better, five with interim levels)
 * evaluated over N scenarios through the Drools engine and the hand-written path, in one run.
 * Target-scenarios per second = 35 x N / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class RewardBenchmark {
  static final int TARGETS = 35;
  private static final int POOL = 10_000;

  @Param({"10000", "100000"})
  public int scenarios;

  private RewardAgreement agreement;
  private java.util.List<Scenario> pool;
  private RewardEngine engine;
  private HandWrittenReward handWritten;
  private ExecutorService twoThreads;

  @Setup(Level.Trial)
  public void setUp() {
    agreement = agreement();
    pool = scenarios(agreement);
    engine = DroolsRewardEngine.withDefaults();
    handWritten = new HandWrittenReward(RewardPolicy.defaults());
    twoThreads = Executors.newFixedThreadPool(2);
    java.util.List<RewardResult> byRules = new ArrayList<>();
    java.util.List<RewardResult> byHand = new ArrayList<>();
    engine.evaluateEach(agreement, pool, byRules::add).get();
    handWritten.evaluateEach(agreement, pool, byHand::add);
    if (!byRules.equals(byHand)) {
      throw new IllegalStateException("hand-written and rules disagree");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    twoThreads.shutdownNow();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    engine.evaluateEach(agreement, cycle(0, scenarios), bh::consume);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    handWritten.evaluateEach(agreement, cycle(0, scenarios), bh::consume);
  }

  @Benchmark
  public void engineTwoThreads(Blackhole bh) throws Exception {
    int half = scenarios / 2;
    Future<?> first = twoThreads.submit(() -> engine.evaluateEach(agreement, cycle(0, half), bh::consume));
    Future<?> second = twoThreads.submit(() -> engine.evaluateEach(agreement, cycle(half, scenarios - half), bh::consume));
    first.get();
    second.get();
  }

  private Iterable<Scenario> cycle(int from, int count) {
    return () -> java.util.stream.IntStream.range(0, count).mapToObj(i -> pool.get((from + i) % POOL)).iterator();
  }

  static RewardAgreement agreement() {
    List<StretchTarget> targets = List.range(0, TARGETS).map(i -> {
      BigDecimal w = BigDecimal.valueOf(50 + i);
      BigDecimal t = i % 2 == 0 ? w.add(BigDecimal.TEN) : w.subtract(BigDecimal.TEN);
      Quantity interim = i % 7 == 0 ? new Quantity(w.add(t).divide(BigDecimal.valueOf(2))) : null;
      return StretchTarget.of(String.valueOf(i + 1), "Target " + (i + 1), null,
          Stretch.of(new Quantity(w), new Quantity(t), interim).get(), null).get();
    });
    return RewardAgreement.withGrant("35 targets", FinancialYear.parse("2006/07").get(), FinancialYear.parse("2008/09").get(),
        Money.ofPounds(9_800_000), targets).get();
  }

  /** 10,000 scenarios, outturns from W - 20% to T + 20% of the stretch, 3% awaited, interim outturns for every interim level. */
  static java.util.List<Scenario> scenarios(RewardAgreement agreement) {
    java.util.List<Scenario> result = new ArrayList<>(POOL);
    java.util.SplittableRandom random = new java.util.SplittableRandom(2009);
    for (int s = 0; s < POOL; s++) {
      Scenario scenario = Scenario.named("scenario " + s);
      for (Measure m : agreement.measures()) {
        BigDecimal w = m.stretch().withoutAgreement().value();
        BigDecimal span = m.stretch().withStretch().value().subtract(w);
        if (random.nextInt(100) >= 3) {
          scenario = scenario.outturn(m.id(), new Quantity(w.add(span.multiply(BigDecimal.valueOf(random.nextInt(-200, 1201), 3)))));
        }
        if (m.stretch().interim().isDefined()) {
          scenario = new Scenario(scenario.name(), scenario.outturns(), scenario.interims().put(m.id(),
              new Quantity(w.add(span.multiply(BigDecimal.valueOf(random.nextInt(0, 1001), 3))))));
        }
      }
      result.add(scenario);
    }
    return result;
  }
}
