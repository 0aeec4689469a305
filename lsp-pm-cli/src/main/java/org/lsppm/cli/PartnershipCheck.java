package org.lsppm.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import org.lsppm.core.Checks;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.rules.DroolsReviewEngine;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.InputProblem;
import org.lsppm.io.Inputs;
import org.lsppm.io.Values;

/** The options and the check that {@code reviews} and {@code plan-check} share. */
final class PartnershipCheck {
  @Option(names = "--partnership", paramLabel = "JSON", required = true, description = "The partnership JSON file.")
  Path partnership;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date to check as of, such as 2004-03-17.")
  String asOf;

  @Option(names = "--review-policy", paramLabel = "JSON",
      description = "Review policy JSON (print the default with 'lsp-pm policy --kind review'). Default: the built-in policy.")
  Path policy;

  @Option(names = "--fail-on-findings", defaultValue = "false",
      description = "Exit 1 on findings: a review overdue or never reviewed (reviews), any finding (plan-check). Default: ${DEFAULT-VALUE}.")
  boolean failOnFindings;

  /** The partnership as read and its review position on the as-of date. */
  record Checked(Partnership partnership, ReviewReport position) {}

  /** Reads the partnership and checks its review position on the as-of date. */
  Checked check() throws BadInput {
    var date = Values.date(asOf);
    if (date.isInvalid()) {
      throw BadInput.of(date.getError().head().messageAt("--as-of"));
    }
    Partnership p = Inputs.json(partnership, Partnership.class);
    ReviewPolicy reviewPolicy = policy == null ? ReviewPolicy.defaults() : Inputs.json(policy, ReviewPolicy.class);
    var report = DroolsReviewEngine.forPolicy(reviewPolicy).check(p, date.get());
    if (report.isInvalid()) {
      throw new BadInput(List.ofAll(report.getError()).map(x -> InputProblem.inFile(partnership.toString(), x)));
    }
    return new Checked(p, Checks.orThrow(report));
  }
}
