package org.lsppm.core.partnership;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Milestone;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;

/**
 * The measurements a partnership's data gives, one per outturn: against the target for the same
 * period, else against a trajectory milestone for the same period, else data only. The previous
 * comparable outturn is the same indicator's outturn for the same period one year earlier.
 * Indicators, targets and outturns are indexed once, so the cost is linear in the outturns.
 */
public final class Measurements {
  private Measurements() {}

  /** One measurement per outturn of {@code partnership}, in the partnership's order. */
  public static Seq<Measurement> of(Partnership partnership) {
    Map<IndicatorCode, Indicator> indicators = partnership.indicators().toMap(Indicator::code, i -> i);
    Map<IndicatorCode, List<Target>> targets = partnership.targets().groupBy(Target::indicator);
    Map<Tuple2<IndicatorCode, ReportingPeriod>, Outturn> outturns =
        partnership.outturns().toMap(o -> Tuple.of(o.indicator(), o.period()), o -> o);
    return partnership.outturns().map(o -> {
      Indicator indicator = indicators.get(o.indicator()).getOrElseThrow(() ->
          new IllegalStateException("a validated partnership has every outturn's indicator: " + o.indicator()));
      List<Target> own = targets.get(o.indicator()).getOrElse(List.empty());
      // A year before the first supported year is no period at all: nothing to compare with.
      Option<Quantity> previous = ReportingPeriod.of(o.period().start().minusYears(1), o.period().end().minusYears(1)).toOption()
          .flatMap(earlier -> outturns.get(Tuple.of(o.indicator(), earlier))).flatMap(Outturn::value);
      return measurement(indicator, o, own, previous);
    });
  }

  private static Measurement measurement(Indicator indicator, Outturn o, List<Target> targets, Option<Quantity> previous) {
    Option<Target> target = targets.find(t -> t.period().equals(o.period()));
    Option<Milestone> milestone = targets.flatMap(t -> t.milestoneFor(o.period())).headOption();
    Validation<Seq<Problem>, Measurement> m = target.isDefined()
        ? Measurement.againstTarget(indicator, o, target.get(), previous)
        : milestone.isDefined()
            ? Measurement.againstMilestone(indicator, o, milestone.get(), previous)
            : Measurement.dataOnly(indicator, o, previous);
    return Checks.orThrow(m);
  }
}
