package org.lsppm.examples.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PercentRounding;
import org.lsppm.core.rating.SummaryRow;
import org.lsppm.core.rating.TrafficLight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
    List<List<Object>> rows = SummaryRow.of(all, rounding).map(r -> List.of(r.dimension().label(),
        cell(r, TrafficLight.GREEN), cell(r, TrafficLight.AMBER), cell(r, TrafficLight.RED), r.count(TrafficLight.PURPLE)));
    return new Report("Summary of " + all.size() + " outcomes", List.of(Report.section("Lights per dimension",
        List.of("dimension", "Green", "Amber", "Red", "Purple"), rows)),
        List.of("Percentages of rated (non-Purple) outcomes, rounded " + rounding.name().toLowerCase(java.util.Locale.UK).replace('_', '-')
            + (rounding == PercentRounding.LARGEST_REMAINDER ? " (each column totals 100)." : " (each on its own).")));
  }

  private static String cell(SummaryRow row, TrafficLight light) {
    return row.count(light) + row.percent(light).map(p -> " (" + p + "%)").getOrElse("");
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
