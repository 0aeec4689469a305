package org.lsppm.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Consumer;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.reward.RewardAgreement;
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
    this.rules = new RewardRules(policy);
  }

  /** An engine for {@code policy}. */
  public static DroolsRewardEngine forPolicy(RewardPolicy policy) {
    return new DroolsRewardEngine(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Loads the reward rule unit now: its knowledge base is built once per JVM, on first use, and
   * shared by every engine; without this the first evaluation pays for it. The first unit loaded
   * in a JVM starts Drools too: about 1.5 s on a 2-core machine, against some 10 ms when another
   * engine has loaded its units first. Call it at start-up, on any thread; once loaded it returns
   * in a millisecond or so.
   *
   * <pre>{@code
   * DroolsRewardEngine.preload();                       // at start-up
   * RewardEngine engine = DroolsRewardEngine.withDefaults();
   * }</pre>
   */
  public static void preload() {
    org.lsppm.rules.unit.Units.preload(new org.lsppm.rules.reward.RewardUnit());
  }

  /** An engine for the default policy (LPSA/LAA1: 60% threshold, 50:50 capital and revenue, two instalments). */
  public static DroolsRewardEngine withDefaults() {
    return forPolicy(RewardPolicy.defaults());
  }

  @Override
  public RewardPolicy policy() {
    return policy;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The agreement and every scenario are checked first, every problem at once; then the sink is
   * called on the calling thread, in the scenarios' order, a batch of about a thousand measures at
   * a time, so that memory stays bounded however many scenarios there are.
   *
   * <pre>{@code
   * RewardEngine prg = DroolsRewardEngine.withDefaults();
   * Validation<Seq<Problem>, Long> count = prg.evaluateEach(agreement, scenarios,
   *     r -> System.out.println(r.scenario().name() + " " + r.totalPayable()));
   * }</pre>
   */
  @Override
  public Validation<Seq<Problem>, Long> evaluateEach(
      RewardAgreement agreement, Iterable<Scenario> scenarios, Consumer<? super RewardResult> sink) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(sink, "sink");
    Seq<Problem> problems = RewardEngine.problems(agreement, scenarios);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    long[] count = {0};
    rules.evaluateEach(agreement, scenarios, r -> {
      count[0]++;
      sink.accept(r);
    });
    return Checks.valid(count[0]);
  }
}
