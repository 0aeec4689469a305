package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.rules.RewardFixtures.agreement;
import static org.lsppm.rules.RewardFixtures.money;
import static org.lsppm.rules.RewardFixtures.q;
import static org.lsppm.rules.RewardFixtures.stretch;
import static org.lsppm.rules.RewardFixtures.target;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.OutturnForecast;
import org.lsppm.core.reward.PayableDecision;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.RewardSimulation;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.TargetId;
import org.lsppm.testkit.Generators;

/** Reward-grant risk by simulation, through the Drools reward engine. */
class RewardSimulationTest {
  private static final RewardEngine ENGINE = DroolsRewardEngine.withDefaults();

  private static OutturnForecast range(String low, String likely, String high) {
    return Checks.orThrow(OutturnForecast.between(q(low), q(likely), q(high)));
  }

  @Test
  @org.junit.jupiter.api.Tag("slow") // 16,000 draws: left out of mutation runs, where the zero-spread property checks the counting
  void the_chance_of_each_trigger_matches_the_forecasts_distribution() {
    // W 50, T 60: the threshold is at 56. For a triangle from 40 to 70 peaking at 55,
    // P(X >= 56) = 14^2 / (30 * 15) = 0.4356 and P(X >= 60) = 10^2 / 450 = 0.2222. Written in
    // whole numbers, each draw is rounded to a whole number, so A >= 56 when X >= 55.5:
    // 14.5^2 / 450 = 0.4672, and A >= 60 when X >= 59.5: 10.5^2 / 450 = 0.2450.
    RewardAgreement a = agreement("100000", target("1", stretch("50", "60")));
    RewardSimulation.Result whole = Checks.orThrow(RewardSimulation.of(ENGINE, a,
        HashMap.of(new TargetId("1"), range("40", "55", "70")))).run(8_000, 2026L, 2);
    RewardSimulation.Result r = Checks.orThrow(RewardSimulation.of(ENGINE, a,
        HashMap.of(new TargetId("1"), range("40", "55", "70")))).withPlaces(4).run(8_000, 2026L, 2);

    assertThat(whole.measures().head().reachesThreshold().value().doubleValue()).isCloseTo(0.4672, org.assertj.core.data.Offset.offset(0.015));
    assertThat(whole.measures().head().reachesFull().value().doubleValue()).isCloseTo(0.2450, org.assertj.core.data.Offset.offset(0.015));
    RewardSimulation.MeasureRisk risk = r.measures().head();
    assertThat(risk.reachesThreshold().value().doubleValue()).isCloseTo(0.4356, org.assertj.core.data.Offset.offset(0.015));
    assertThat(risk.reachesFull().value().doubleValue()).isCloseTo(0.2222, org.assertj.core.data.Offset.offset(0.015));
    assertThat(r.earnsNothing().value().add(risk.reachesThreshold().value())).isEqualByComparingTo("1");
    assertThat(risk.expectedPayable()).isEqualTo(r.expected());
    assertThat(r.p5()).isEqualTo(Money.zero());
    assertThat(r.p95()).isEqualTo(money("100000.00"));
    assertThat(r.draws()).isEqualTo(8_000);
    assertThat(r.atMedian().totalPayable()).isEqualTo(r.median());
  }

  @Test
  void the_same_seed_gives_the_same_result_on_any_number_of_threads() {
    RewardSimulation sim = threeMeasures();

    RewardSimulation.Result one = sim.run(1_000, 99L, 1);

    assertThat(sim.run(1_000, 99L, 2)).isEqualTo(one);
    assertThat(sim.run(1_000, 99L, 3)).isEqualTo(one);
    assertThat(sim.run(1_000, 100L, 2)).isNotEqualTo(one);
    assertThat(sim.scenario(99L, 7)).isEqualTo(sim.scenario(99L, 7));
    // Pinned: a change to how draws are seeded would change every council's simulated figures.
    assertThat(sim.scenario(99L, 7).outturns().mapValues(Quantity::toString).toJavaMap())
        .isEqualTo(java.util.Map.of(new TargetId("1"), "56", new TargetId("2"), "11.9", new TargetId("3"), "121"));
    assertThat(sim.scenario(99L, 7).outturns().get(new TargetId("2")).get().value().scale())
        .as("rounded to the places the figures carry").isLessThanOrEqualTo(1);
    assertThat(one.p5().compareTo(one.median())).isLessThanOrEqualTo(0);
    assertThat(one.median().compareTo(one.p95())).isLessThanOrEqualTo(0);
  }

  @Test
  void with_no_spread_the_simulation_is_the_plain_what_if() {
    qt().withExamples(60).forAll(Generators.rewardAgreements(), longs().all()).checkAssert((a, seed) -> {
      java.util.Random values = new java.util.Random(seed);
      List<Measure> measures = a.measures();
      Scenario plain = measures.foldLeft(Scenario.named("plain"), (s, m) -> s.outturn(m.id(),
          new Quantity(BigDecimal.valueOf(values.nextInt(2_000_000) - 1_000_000L, values.nextInt(3)))));
      Map<TargetId, OutturnForecast> spread = HashMap.ofEntries(measures.map(m -> io.vavr.Tuple.of(m.id(),
          Checks.orThrow(OutturnForecast.normal(plain.outturns().get(m.id()).get(), q("3.5"))))));
      RewardSimulation.Result r = Checks.orThrow(RewardSimulation.of(ENGINE, a, spread)).withoutSpread().run(7, seed, 2);
      RewardResult expected = Checks.orThrow(ENGINE.evaluate(a, plain));

      assertThat(r.expected()).isEqualTo(expected.totalPayable());
      assertThat(List.of(r.p5(), r.median(), r.p95())).containsOnly(expected.totalPayable());
      assertThat(r.earnsNothing()).isEqualTo(new Ratio(expected.totalPayable().isZero() ? new BigDecimal("1.0000") : new BigDecimal("0.0000")));
      assertThat(r.scheduleAtMedian()).isEqualTo(expected.schedule());
      for (var pair : r.measures().zip(expected.measures())) {
        MeasureResult m = pair._2;
        assertThat(pair._1.expectedPayable()).isEqualTo(m.payable().get());
        boolean reached = m.decision() == PayableDecision.SHARE || m.decision() == PayableDecision.IN_FULL;
        assertThat(pair._1.reachesThreshold().value()).isEqualByComparingTo(reached ? "1" : "0");
        assertThat(pair._1.reachesFull().value()).isEqualByComparingTo(m.decision() == PayableDecision.IN_FULL ? "1" : "0");
      }
    });
  }

  @Test
  void a_run_on_the_callers_executor_gives_the_same_result_and_uses_its_threads() throws Exception {
    RewardSimulation sim = threeMeasures();
    RewardSimulation.Result one = sim.run(3_000, 99L, 1);
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, work -> new Thread(() -> {
      threads.add(Thread.currentThread().getName());
      work.run();
    }, "council-pool"));
    try {
      assertThat(sim.run(3_000, 99L, pool, 3)).isEqualTo(one);
      assertThat(sim.run(3_000, 99L, Runnable::run, 4)).as("a direct executor").isEqualTo(one);
    } finally {
      pool.shutdown();
    }
    assertThat(threads).containsExactly("council-pool");
    assertThatThrownBy(() -> sim.run(10, 1, Runnable::run, 0)).hasMessageContaining("expected at least one part, got 0");
  }

  @Test
  void an_interrupted_run_stops_every_part_and_says_so() throws Exception {
    RewardSimulation sim = threeMeasures();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(1);
    try {
      java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
      java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
      Thread caller = new Thread(() -> {
        try {
          sim.run(RewardSimulation.MAX_DRAWS, 1L, pool, 2);
        } catch (RuntimeException e) {
          thrown.set(e);
          stillInterrupted.set(Thread.currentThread().isInterrupted());
        }
      });
      caller.start();
      Thread.sleep(300);
      caller.interrupt();
      caller.join(30_000);

      assertThat(caller.isAlive()).as("stopped long before a million draws").isFalse();
      assertThat(thrown.get()).isInstanceOf(java.util.concurrent.CancellationException.class)
          .hasMessage("the simulation was stopped (interrupted) before its 1000000 draws");
      assertThat(stillInterrupted).isTrue();
      // The pool's part stopped too: the pool is free for the next run at once.
      assertThat(pool.submit(() -> "free").get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("free");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_part_the_executor_refuses_is_the_callers_error_and_nothing_is_left_running() {
    RewardSimulation sim = threeMeasures();
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.Executor full = work -> {
      if (taken.incrementAndGet() > 1) {
        throw new java.util.concurrent.RejectedExecutionException("full");
      }
      work.run();
    };
    assertThatThrownBy(() -> sim.run(3_000, 1L, full, 3)).isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    assertThat(sim.run(3_000, 1L, Runnable::run, 3)).isEqualTo(sim.run(3_000, 1L, 1));
  }

  private static RewardSimulation threeMeasures() {
    RewardAgreement a = agreement("300000", target("1", stretch("50", "60")), target("2", stretch("20", "12")),
        target("3", stretch("100", "130", "110")));
    Map<TargetId, OutturnForecast> forecasts = HashMap.of(new TargetId("1"), range("45", "57", "64"),
        new TargetId("2"), Checks.orThrow(OutturnForecast.normal(q("14.5"), q("2.1"))),
        new TargetId("3"), new OutturnForecast.Fixed(q("121")));
    return Checks.orThrow(RewardSimulation.of(ENGINE, a, forecasts));
  }

  @Test
  void a_forecast_is_needed_for_every_measure_and_only_for_measures() {
    RewardAgreement a = agreement("1000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));

    assertThat(RewardSimulation.of(ENGINE, a, HashMap.of(new TargetId("1"), range("1", "2", "3"),
        new TargetId("9"), range("1", "2", "3"))).getError().map(p -> p.toString()))
        .containsExactly("forecasts.2: expected a forecast for every measure, got nothing",
            "forecasts.9: expected a measure of the agreement (1, 2), got 9");
    RewardSimulation sim = Checks.orThrow(RewardSimulation.of(ENGINE, a,
        HashMap.of(new TargetId("1"), range("1", "2", "3"), new TargetId("2"), range("1", "2", "3"))));
    assertThatThrownBy(() -> sim.run(0, 1, 1)).hasMessageContaining("expected from 1 to 1000000 draws, got 0");
    assertThatThrownBy(() -> sim.run(1_000_001, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.run(10, 1, 0)).hasMessageContaining("expected at least one thread, got 0");
    assertThatThrownBy(() -> sim.withPlaces(19)).hasMessageContaining("expected from 0 to 18 decimal places, got 19");
    assertThatThrownBy(() -> sim.withPlaces(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sim.withPlaces(0).scenario(1, 0).outturns().values().map(v -> v.value().scale())).allMatch(places -> places <= 0);
    assertThat(sim.withPlaces(18).run(3, 1, 1).draws()).isEqualTo(3);
  }
}
