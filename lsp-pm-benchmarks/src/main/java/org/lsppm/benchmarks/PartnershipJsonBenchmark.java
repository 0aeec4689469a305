package org.lsppm.benchmarks;

import io.vavr.collection.List;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and validating a partnership from JSON: the cost of loading a partnership's indicators,
 * targets and outturns before anything is rated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PartnershipJsonBenchmark {

  /** Indicators in the partnership; each has one target and one outturn. */
  @Param({"100", "1000"})
  public int indicators;

  private String json;

  @Setup
  public void writeJson() {
    ReportingPeriod year = FinancialYear.parse("2008/09").get().toPeriod();
    Theme theme = Theme.of("Safer Communities", PriorityArea.CRIME).get();
    List<Indicator> inds = List.range(0, indicators).map(i -> Indicator.newBuilder().code("LOC " + i)
        .title("Indicator " + i).theme("Safer Communities")
        .polarity(i % 2 == 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER).unit("%").build().get());
    List<Target> targets = inds.map(i -> Target.of(i.code().value(), year, Goal.of(Quantity.ofWhole(50)), null, null).get());
    List<Outturn> outturns = inds.zipWithIndex().map(t ->
        Outturn.measured(t._1.code().value(), year, Quantity.ofWhole(40 + t._2 % 20), DataStatus.FINAL).get());
    Partnership p = Partnership.newBuilder().name("Benchmark")
        .area("Area")
        .nrfAllocation(Money.ofPounds(1_000_000))
        .themes(List.of(theme))
        .indicators(inds)
        .targets(targets)
        .outturns(outturns)
        .build().get();
    json = Json.write(p);
  }

  @Benchmark
  public Partnership readAndValidate() {
    return Json.read(json, Partnership.class).get();
  }

  /** The same document through a plain mapper, which stops at the first problem: the baseline for what collecting every problem costs. */
  @Benchmark
  public Partnership plainMapper() throws java.io.IOException {
    return MAPPER.readValue(json, Partnership.class);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = Json.newMapper();
}
