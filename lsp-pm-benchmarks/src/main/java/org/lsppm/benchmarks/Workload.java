package org.lsppm.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;

/**
 * A region's worth of measurements: a pool of 10,000 distinct ones (all polarities, vital signs,
 * awaited data, data-only indicators, trends) walked round to any length, so that a million
 * ratings do not need a million inputs in memory. Every run of 1,000 consecutive measurements is
 * distinct objects.
 */
final class Workload {
  static final int POOL = 10_000;

  private Workload() {}

  static List<Measurement> pool() {
    return pool(POOL);
  }

  static List<Measurement> pool(int size) {
    ReportingPeriod year = FinancialYear.parse("2008/09").get().toPeriod();
    Indicator higher = indicator("NI 75", Polarity.HIGHER_IS_BETTER);
    Indicator lower = indicator("NI 16", Polarity.LOWER_IS_BETTER);
    Indicator range = indicator("LOC 4", Polarity.WITHIN_RANGE);
    Indicator vital = indicator("NI 152", Polarity.LOWER_IS_BETTER, IndicatorFlag.VITAL_SIGN);
    List<Measurement> pool = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Indicator ind = switch (i % 4) {
        case 0 -> higher;
        case 1 -> lower;
        case 2 -> range;
        default -> vital;
      };
      Outturn o = i % 50 == 0
          ? Outturn.awaited(ind.code().value(), year).get()
          : Outturn.measured(ind.code().value(), year, new Quantity(BigDecimal.valueOf(700 + i % 600, 1)), DataStatus.FINAL).get();
      Goal goal = ind == range ? Goal.between(Quantity.ofWhole(90), Quantity.ofWhole(95)).get() : Goal.of(Quantity.ofWhole(100));
      Quantity previous = i % 3 == 0 ? null : new Quantity(BigDecimal.valueOf(750 + i % 500, 1));
      RatingBasis basis = i % 97 == 0 ? RatingBasis.NONE : RatingBasis.TARGET;
      pool.add(Measurement.newBuilder().indicator(ind).outturn(o).basis(basis)
          .goal(basis == RatingBasis.NONE ? null : goal).previous(previous).build().get());
    }
    return pool;
  }

  /** {@code count} measurements from {@code pool}, starting at {@code from}, round and round. */
  static Iterable<Measurement> cycle(List<Measurement> pool, int from, int count) {
    return () -> new Iterator<>() {
      private int next = 0;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Measurement next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return pool.get((from + next++) % pool.size());
      }
    };
  }

  private static Indicator indicator(String code, Polarity polarity, IndicatorFlag... flags) {
    return Indicator.newBuilder().code(code).title(code).theme("Theme").polarity(polarity).unit("unit")
        .flags(List.of(flags)).build().get();
  }
}
