package org.lsppm.cli;

import java.util.concurrent.Callable;
import org.lsppm.core.Json;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.reward.RewardPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lsp-pm policy}: a default policy as JSON, to copy and edit. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Print a default policy as JSON to edit.")
final class PolicyCommand implements Callable<Integer> {
  enum Kind { RATING, REWARD, REVIEW }

  @Spec
  CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "RATING",
      description = "rating, reward or review. Default: ${DEFAULT-VALUE}.")
  Kind kind;

  @Override
  public Integer call() {
    Object policy = switch (kind) {
      case RATING -> RatingPolicy.defaults();
      case REWARD -> RewardPolicy.defaults();
      case REVIEW -> ReviewPolicy.defaults();
    };
    spec.commandLine().getOut().println(Json.write(policy));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
