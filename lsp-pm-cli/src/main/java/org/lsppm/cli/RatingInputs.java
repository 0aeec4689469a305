package org.lsppm.cli;

import io.vavr.collection.Seq;
import java.nio.file.Path;
import org.lsppm.core.partnership.Measurements;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.io.XlsxFile;

/** The options every rating subcommand shares: where the measurements come from, and the policy. */
final class RatingInputs {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--measurements", paramLabel = "FILE", required = true,
        description = "Measurements, CSV or a workbook sheet (book.xlsx, or 'book.xlsx!Sheet'): one row per outturn (see docs/formats-and-examples.md).")
    Path measurements;

    @Option(names = "--partnership", paramLabel = "JSON", required = true,
        description = "A partnership JSON file: every outturn rated against its target or milestone.")
    Path partnership;
  }

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Rating policy: JSON (print the default with 'lsp-pm policy'), or a workbook with a Policy sheet and an "
          + "optional Overrides sheet (see docs/formats-and-examples.md). Default: the built-in policy.")
  Path policy;

  RatingPolicy policy() throws BadInput {
    return policy == null ? RatingPolicy.defaults() : policy(policy);
  }

  /** A rating policy from a workbook (Policy and Overrides sheets) or a JSON file, wherever a policy is read. */
  static RatingPolicy policy(Path file) throws BadInput {
    return XlsxFile.isWorkbook(file) ? Inputs.policyWorkbook(file) : Inputs.json(file, RatingPolicy.class);
  }

  Seq<Measurement> measurements(boolean progress) throws BadInput {
    return source.measurements != null
        ? Inputs.measurements(source.measurements, progress)
        : Measurements.of(Inputs.json(source.partnership, Partnership.class));
  }
}
