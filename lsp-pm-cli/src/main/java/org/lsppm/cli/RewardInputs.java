package org.lsppm.cli;

import java.nio.file.Path;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import picocli.CommandLine.Option;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;

/** The options every reward subcommand shares. */
final class RewardInputs {
  @Option(names = "--agreement", paramLabel = "JSON", required = true, description = "The reward agreement JSON file.")
  Path agreement;

  @Option(names = "--reward-policy", paramLabel = "JSON",
      description = "Reward policy JSON (print the default with 'lsp-pm policy --kind reward'). Default: the built-in policy.")
  Path policy;

  RewardAgreement agreement() throws BadInput {
    return Inputs.json(agreement, RewardAgreement.class);
  }

  RewardPolicy policy() throws BadInput {
    return policy == null ? RewardPolicy.defaults() : Inputs.json(policy, RewardPolicy.class);
  }
}
