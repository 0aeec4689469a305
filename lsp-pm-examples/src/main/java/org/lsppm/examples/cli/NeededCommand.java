package org.lsppm.examples.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.lsppm.core.Quantity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.LightThresholds;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lsp-pm needed}: for every outturn with a target, the outturn at which it is Green and at which it stops being Red. */
@Command(name = "needed", mixinStandardHelpOptions = true,
    description = "The outturn needed for each light: where each indicator becomes Green and stops being Red, beside its outturn.")
final class NeededCommand extends ReportCommand {

  @Mixin
  RatingInputs inputs;

  @Override
  Report report() throws BadInput {
    RatingPolicy policy = inputs.policy();
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(policy).rate(inputs.measurements(progress()));
    List<List<Object>> rows = List.ofAll(ratings).flatMap(r -> LightThresholds.of(r.measurement(), policy).map(t -> List.<Object>of(
        r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
        r.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        Report.Cell.lightOf(r),
        t.green(), distance(t.distanceToGreen()), t.notRed(), distance(t.distanceToNotRed()), t.tolerance().value().toPlainString())));
    int dataOnly = ratings.size() - rows.size();
    return new Report("Outturn needed for each light", List.of(Report.section("Thresholds (" + rows.size() + ")",
        List.of("indicator", "title", "period", "outturn", "light", "green", "distance to green", "not red", "distance to not red",
            "tolerance"), rows)),
        List.of("Distances are how far the outturn must move in the better direction (0: already there). "
            + dataOnly + " data-only outturn" + (dataOnly == 1 ? "" : "s") + " (no target) not listed.",
            policyLine("Rating", policy)));
  }

  private static Object distance(Option<Quantity> d) {
    return d.map(Object.class::cast).getOrElse("");
  }
}
