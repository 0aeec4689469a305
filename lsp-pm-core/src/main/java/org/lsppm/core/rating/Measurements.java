package org.lsppm.core.rating;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.ReportingPeriod;

/**
 * The measurements a partnership's data gives, one per outturn: against the target for the same
 * period, else against a trajectory milestone for the same period, else data only. The previous
 * comparable outturn is the same indicator's outturn for the same period one year earlier.
 */
public final class Measurements {
  private Measurements() {}

  /** One measurement per outturn of {@code partnership}, in the partnership's order. */
  public static Seq<Measurement> of(Partnership partnership) {
    return partnership.outturns().map(o -> of(partnership, o));
  }

  private static Measurement of(Partnership p, Outturn o) {
    Indicator indicator = p.indicator(o.indicator()).getOrElseThrow(() ->
        new IllegalStateException("a validated partnership has every outturn's indicator: " + o.indicator()));
    Seq<Target> targets = p.targets().filter(t -> t.indicator().equals(o.indicator()));
    Option<Quantity> previous = previous(p, o);
    Option<Target> target = targets.find(t -> t.period().equals(o.period()));
    Option<org.lsppm.core.indicator.Milestone> milestone = targets.flatMap(t -> t.milestoneFor(o.period())).headOption();
    io.vavr.control.Validation<Seq<org.lsppm.core.Problem>, Measurement> m = target.isDefined()
        ? Measurement.againstTarget(indicator, o, target.get(), previous)
        : milestone.isDefined()
            ? Measurement.againstMilestone(indicator, o, milestone.get(), previous)
            : Measurement.dataOnly(indicator, o, previous);
    return org.lsppm.core.Checks.orThrow(m);
  }

  private static Option<Quantity> previous(Partnership p, Outturn o) {
    ReportingPeriod earlier = new ReportingPeriod(o.period().start().minusYears(1), o.period().end().minusYears(1));
    return p.outturns()
        .find(x -> x.indicator().equals(o.indicator()) && x.period().equals(earlier))
        .flatMap(Outturn::value);
  }
}
