package org.lsppm.cli;

import io.vavr.collection.Seq;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.lsppm.io.BadInput;
import org.lsppm.reports.RatingReports;
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
    return RatingReports.needed(ratings, policy);
  }
}
