package org.lsppm.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PercentRounding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.RatingReports;
import org.lsppm.reports.Report;

/** {@code lsp-pm summary}: counts and percentages of each light per LAA1 dimension. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "The summary table: each light's count and whole per cent of the rated outcomes, per dimension.")
final class SummaryCommand extends ReportCommand {

  @Option(names = "--outcomes", paramLabel = "FILE", required = true,
      description = "Outcomes CSV, or a partnership JSON file (its LAA1 outcomes).")
  Path outcomes;

  @Option(names = "--rounding", paramLabel = "POLICY", defaultValue = "largest-remainder",
      converter = RoundingConverter.class,
      description = "half-up (each percentage on its own) or largest-remainder (columns total 100). Default: ${DEFAULT-VALUE}.")
  PercentRounding rounding;

  @Override
  Report report() throws BadInput {
    List<OutcomeAssessment> all = outcomes.toString().endsWith(".json")
        ? Inputs.json(outcomes, Partnership.class).outcomes()
        : Inputs.outcomes(outcomes, progress());
    return RatingReports.summary(all, rounding);
  }

  /** Reads {@code half-up} or {@code largest-remainder}. */
  static final class RoundingConverter implements picocli.CommandLine.ITypeConverter<PercentRounding> {
    @Override
    public PercentRounding convert(String value) {
      try {
        return PercentRounding.valueOf(value.strip().toUpperCase(java.util.Locale.UK).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected half-up or largest-remainder, got '" + value + "'");
      }
    }
  }
}
