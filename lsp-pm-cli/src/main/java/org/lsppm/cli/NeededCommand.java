package org.lsppm.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.LightThresholds;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lsppm.io.BadInput;
import org.lsppm.reports.Report;

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
    List<Tuple2<IndicatorRating, LightThresholds>> needed = List.ofAll(ratings)
        .flatMap(r -> LightThresholds.of(r.measurement(), policy).map(t -> Tuple.of(r, t)));
    List<List<Object>> rows = needed.map(rt -> {
      IndicatorRating r = rt._1;
      LightThresholds t = rt._2;
      return List.<Object>of(r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
              Report.Cell.orMissing(r.measurement().outturn().value(), "awaited"), Report.Cell.lightOf(r), t.green())
          .appendAll(ends(t.green())).append(t.distanceToGreen().getOrNull()).append(t.notRed()).appendAll(ends(t.notRed()))
          .append(t.distanceToNotRed().getOrNull()).append(t.tolerance());
    });
    int dataOnly = ratings.size() - rows.size();
    List<Object> columns = List.<Object>of("indicator", "title", "period", "outturn", "light", Report.Column.forPeople("green", "green"))
        .appendAll(endColumns("green")).append("distance_to_green").append(Report.Column.forPeople("not_red", "not red"))
        .appendAll(endColumns("not_red")).append("distance_to_not_red").append("tolerance");
    return new Report("Outturn needed for each light", List.of(Report.section("thresholds", "Thresholds (" + rows.size() + ")",
        columns, rows)),
        List.of("Distances are how far the outturn must move in the better direction (0: already there). "
            + dataOnly + " data-only outturn" + (dataOnly == 1 ? "" : "s") + " (no target) not listed.",
            Report.policyLine("Rating", policy)),
        needed.map(rt -> rt._2));
  }

  /** A band's ends for machines: each end's value (empty when open) and whether it is inside. */
  private static List<Object> ends(LightThresholds.Band band) {
    return List.of(band.from().map(LightThresholds.Bound::value).getOrNull(),
        band.from().map(LightThresholds.Bound::inclusive).getOrNull(),
        band.to().map(LightThresholds.Bound::value).getOrNull(),
        band.to().map(LightThresholds.Bound::inclusive).getOrNull());
  }

  private static List<Report.Column> endColumns(String band) {
    return List.of("_from", "_from_inclusive", "_to", "_to_inclusive").map(end -> Report.Column.forMachines(band + end));
  }
}
