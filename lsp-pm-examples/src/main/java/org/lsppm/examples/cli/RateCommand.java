package org.lsppm.examples.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lsp-pm rate}: the traffic light and trend of every outturn, with the rule that decided it. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = "Traffic lights and trends for indicators, each with the rule that decided it.")
final class RateCommand extends ReportCommand {

  @Mixin
  RatingInputs inputs;

  @Override
  Report report() throws BadInput {
    RatingPolicy p = inputs.policy();
    Seq<Measurement> measurements = inputs.measurements(progress());
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(p).rate(measurements);
    boolean explain = format != Format.TABLE;
    List<List<Object>> rows = List.ofAll(ratings).map(r -> List.<Object>of(
        r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
        r.measurement().basis() == RatingBasis.NONE ? "-" : r.measurement().basis().name().toLowerCase(java.util.Locale.UK)
            + " " + r.measurement().goal().get(),
        r.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        r.light().map(l -> (Object) Report.Cell.light(l, r.explanation())).getOrElse("data only"),
        r.rule(), r.trend().map(t -> t.trend().name()).getOrElse("-")).appendAll(explain ? List.of(r.explanation()) : List.empty()));
    List<String> columns = List.of("indicator", "title", "period", "against", "outturn", "light", "rule", "trend");
    return new Report("Traffic lights", List.of(Report.section("Ratings (" + ratings.size() + ")",
        explain ? columns.append("explanation") : columns, rows)), List.of(policyLine("Rating", p)));
  }
}
