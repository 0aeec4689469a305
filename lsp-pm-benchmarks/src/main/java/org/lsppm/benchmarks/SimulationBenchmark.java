package org.lsppm.benchmarks;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.Quantity;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.OutturnForecast;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardSimulation;
import org.lsppm.core.reward.TargetId;
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

/**
 * Reward-grant risk by simulation: {@code draws} seeded draws of the 35-target agreement of
 * {@link RewardBenchmark} (each measure forecast as a range from W - 20% to T + 20% of its stretch,
 * most likely 75% of the way), evaluated by the Drools engine, summarised, on one and two threads.
 * The goal: 10,000 draws in under 0.5 s on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SimulationBenchmark {

  @Param({"10000"})
  public int draws;

  private RewardSimulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    RewardAgreement agreement = RewardBenchmark.agreement();
    Map<TargetId, OutturnForecast> forecasts = HashMap.empty();
    for (Measure m : agreement.measures()) {
      BigDecimal w = m.stretch().withoutAgreement().value();
      BigDecimal span = m.stretch().withStretch().value().subtract(w);
      Quantity a = new Quantity(w.subtract(span.multiply(new BigDecimal("0.2"))));
      Quantity b = new Quantity(w.add(span.multiply(new BigDecimal("1.2"))));
      Quantity likely = new Quantity(w.add(span.multiply(new BigDecimal("0.75"))));
      forecasts = forecasts.put(m.id(), a.compareTo(b) <= 0 ? OutturnForecast.between(a, likely, b).get()
          : OutturnForecast.between(b, likely, a).get());
    }
    simulation = RewardSimulation.of(DroolsRewardEngine.withDefaults(), agreement, forecasts).get().withPlaces(2);
  }

  @Benchmark
  public void drawsOnly(org.openjdk.jmh.infra.Blackhole bh) {
    for (int i = 0; i < draws; i++) {
      bh.consume(simulation.scenario(2026L, i));
    }
  }

  @Benchmark
  public RewardSimulation.Result oneThread() {
    return simulation.run(draws, 2026L, 1);
  }

  @Benchmark
  public RewardSimulation.Result twoThreads() {
    return simulation.run(draws, 2026L, 2);
  }
}
