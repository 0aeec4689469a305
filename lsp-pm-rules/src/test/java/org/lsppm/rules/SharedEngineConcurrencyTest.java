package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingEngine;

/** One engine shared by eight threads gives exactly what one thread gives. */
@Tag("slow")
class SharedEngineConcurrencyTest {
  private static final int COUNT = 1_000_000;
  private static final int THREADS = 8;
  private static final Indicator[] INDICATORS = {
      Fixtures.indicator(Polarity.HIGHER_IS_BETTER), Fixtures.indicator(Polarity.LOWER_IS_BETTER),
      Fixtures.indicator(Polarity.HIGHER_IS_BETTER, IndicatorFlag.VITAL_SIGN)};

  /** The i-th measurement: a mix of polarities, outturns around the target, some awaited and some with a trend. */
  private static Measurement measurement(int i) {
    Indicator ind = INDICATORS[i % 3];
    Outturn o = i % 17 == 0
        ? Outturn.awaited(ind.code().value(), Fixtures.YEAR).get()
        : Outturn.measured(ind.code().value(), Fixtures.YEAR, new Quantity(BigDecimal.valueOf(800 + i % 400, 1)), DataStatus.FINAL).get();
    Quantity previous = i % 2 == 0 ? new Quantity(BigDecimal.valueOf(850 + i % 300, 1)) : null;
    return Measurement.newBuilder().indicator(ind).outturn(o).basis(RatingBasis.TARGET)
        .goal(Goal.of(Quantity.ofWhole(100))).previous(previous).build().get();
  }

  /** A rating reduced to what decides it: light, rule and trend. */
  private static String fingerprint(IndicatorRating r) {
    return r.light().map(Enum::name).getOrElse("-") + "/" + r.rule() + "/"
        + r.trend().map(t -> t.trend() + "/" + t.rule()).getOrElse("-");
  }

  private static Iterable<Measurement> slice(int from, int to, IntFunction<Measurement> make) {
    return () -> IntStream.range(from, to).mapToObj(make).iterator();
  }

  @Test
  void eight_threads_sharing_one_engine_rate_a_million_measurements_as_one_thread_does() throws Exception {
    RatingEngine engine = DroolsRatingEngine.withDefaults();
    String[] sequential = new String[COUNT];
    int[] at = {0};
    engine.rateEach(slice(0, COUNT, SharedEngineConcurrencyTest::measurement), r -> sequential[at[0]++] = fingerprint(r));

    String[] concurrent = new String[COUNT];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      int share = COUNT / THREADS;
      for (int t = 0; t < THREADS; t++) {
        int from = t * share;
        int to = t == THREADS - 1 ? COUNT : from + share;
        done.add(pool.submit(() -> {
          int[] next = {from};
          engine.rateEach(slice(from, to, SharedEngineConcurrencyTest::measurement), r -> concurrent[next[0]++] = fingerprint(r));
          return next[0] - from;
        }));
      }
      int rated = 0;
      for (Future<Integer> f : done) {
        rated += f.get();
      }
      assertThat(rated).isEqualTo(COUNT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(at[0]).isEqualTo(COUNT);
    assertThat(concurrent).isEqualTo(sequential);
    assertThat(java.util.Arrays.stream(sequential).distinct().count()).as("a mix of outcomes, not one").isGreaterThan(8);
  }
}
