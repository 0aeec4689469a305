package org.lsppm.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.PrintStream;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.DesignatedRating;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurements;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingEngine;

/** A partnership's traffic lights, each with the rule that decided it, and its overall rating. */
final class RatingReport {
  private final Partnership partnership;
  private final RatingEngine engine;

  RatingReport(Partnership partnership, RatingEngine engine) {
    this.partnership = partnership;
    this.engine = engine;
  }

  void printTo(PrintStream out) {
    Seq<IndicatorRating> ratings = engine.rate(Measurements.of(partnership));
    out.println("Traffic lights (policy " + engine.policy().id() + ": tolerance " + engine.policy().tolerance()
        + ", vital signs " + engine.policy().vitalSignTolerance() + ")");
    TextTable lights = new TextTable("code", "period", "against", "outturn", "light", "rule", "shortfall", "allowance", "trend");
    ratings.forEach(r -> lights.row(r.measurement().indicator().code(), r.measurement().period(),
        r.measurement().basis() == RatingBasis.NONE ? "-" : r.measurement().basis().name().toLowerCase(java.util.Locale.UK)
            + " " + r.measurement().goal().get(),
        r.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        r.light().map(Enum::name).getOrElse("data only"), r.rule(),
        text(r.shortfall()), text(r.allowance()),
        r.trend().map(t -> t.trend() + " (" + t.rule() + ")").getOrElse("-")));
    lights.printTo(out, "  ");
    out.println();
    out.println("LAA2 designated targets");
    TextTable designated = new TextTable("code", "year", "risk", "risk light", "annual target (from data)", "rule");
    partnership.designatedTargets().forEach(d -> {
      Option<IndicatorRating> annual = ratings.find(r -> r.measurement().indicator().code().equals(d.indicator())
          && r.measurement().basis() == RatingBasis.TARGET && r.measurement().period().equals(d.year().toPeriod()));
      DesignatedRating r = engine.rate(d, annual);
      designated.row(d.indicator(), d.year(), d.risk(), r.riskLight(), r.annualTarget(), r.annualTargetRule());
    });
    designated.printTo(out, "  ");
    out.println();
    PartnershipRating overall = engine.rate(partnership);
    out.println("Overall rating: " + overall.overall().map(o -> o.label()).getOrElse("none") + " (" + overall.overallRule()
        + ": " + overall.greenOutcomes() + " of " + overall.assessedOutcomes() + " assessed outcomes Green"
        + (overall.notGreenWithoutAction().isEmpty() ? "" : "; no improvement action for "
            + overall.notGreenWithoutAction().mkString(", ")) + ")");
    out.println("Reporting: " + overall.reporting() + " (" + overall.reportingRule() + ")");
  }

  private static String text(Option<?> value) {
    return value.map(String::valueOf).getOrElse("-");
  }
}
