package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardCalculation;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.rules.reward.RewardRules;

/**
 * The Drools implementation of {@link RewardEngine}: one engine per policy, safe to share
 * between threads.
 */
public final class DroolsRewardEngine implements RewardEngine {
  private final RewardPolicy policy;
  private final RewardRules rules;

  private DroolsRewardEngine(RewardPolicy policy) {
    this.policy = policy;
    RuleBase base = RuleBase.get();
    this.rules = new RewardRules(base.kieBase(), policy, base::ruleName);
  }

  /** An engine for {@code policy}. */
  public static DroolsRewardEngine forPolicy(RewardPolicy policy) {
    return new DroolsRewardEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** An engine for the default policy (LPSA/LAA1: 60% threshold, 50:50 capital and revenue, two instalments). */
  public static DroolsRewardEngine withDefaults() {
    return forPolicy(RewardPolicy.defaults());
  }

  @Override
  public RewardPolicy policy() {
    return policy;
  }

  @Override
  public Validation<Seq<Problem>, Seq<RewardResult>> evaluateAll(RewardAgreement agreement, Iterable<Scenario> scenarios) {
    Objects.requireNonNull(agreement, "agreement");
    List<Scenario> all = List.ofAll(Objects.requireNonNull(scenarios, "scenarios"));
    Seq<Problem> problems = all.zipWithIndex().flatMap(t -> t._1 == null
        ? List.of(Problem.of("scenarios[" + t._2 + "]", "a scenario", null))
        : RewardCalculation.problems(agreement, t._1).map(p -> p.at(all.size() == 1 ? "" : "scenarios[" + t._2 + "]")));
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    java.util.List<RewardResult> out = new ArrayList<>(all.size());
    rules.evaluateEach(agreement, all, out::add);
    return Checks.valid(List.ofAll(out));
  }
}
