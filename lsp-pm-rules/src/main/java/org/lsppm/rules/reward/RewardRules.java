package org.lsppm.rules.reward;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.lsppm.rules.session.Sessions;
import org.lsppm.core.Money;
import org.lsppm.core.rating.RuleName;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardCalculation;
import org.lsppm.core.reward.RewardCalculation.Amounts;
import org.lsppm.core.reward.RewardCalculation.Figures;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.TargetId;

/**
 * Runs the reward rules over scenarios in batches of about 1,000 measure questions per session,
 * then the reconciliation rules over the measures with a payment on account. Thread-safe: every
 * call uses sessions and sinks of its own.
 */
public final class RewardRules {
  private static final int BATCH = 1000;

  private final KieBase kieBase;
  private final RewardPolicy policy;
  private final Function<String, RuleName> ruleNames;

  /** Rules over {@code kieBase} under {@code policy}. */
  public RewardRules(KieBase kieBase, RewardPolicy policy, Function<String, RuleName> ruleNames) {
    this.kieBase = kieBase;
    this.policy = policy;
    this.ruleNames = ruleNames;
  }

  /** Evaluates every scenario (already checked against the agreement), handing results to {@code sink} in order. */
  public void evaluateEach(RewardAgreement agreement, Iterable<Scenario> scenarios, Consumer<? super RewardResult> sink) {
    Map<TargetId, Money> potentials = RewardCalculation.potentials(agreement);
    List<Measure> measures = agreement.measures();
    java.util.List<Scenario> batch = new ArrayList<>();
    for (Scenario s : scenarios) {
      batch.add(s);
      if ((long) batch.size() * measures.size() >= BATCH) {
        run(agreement, measures, potentials, batch, sink);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      run(agreement, measures, potentials, batch, sink);
    }
  }

  private void run(RewardAgreement agreement, List<Measure> measures, Map<TargetId, Money> potentials,
      java.util.List<Scenario> batch, Consumer<? super RewardResult> sink) {
    int size = batch.size() * measures.size();
    StretchQuestion[] questions = new StretchQuestion[size];
    int q = 0;
    for (Scenario s : batch) {
      for (Measure m : measures) {
        questions[q] = new StretchQuestion(q, RewardCalculation.figures(m, potentials.get(m.id()).get(), s, policy), policy);
        q++;
      }
    }
    RewardSink decisions = new RewardSink(size);
    fire(decisions, questions);
    Amounts[] amounts = new Amounts[size];
    java.util.List<ReconciliationQuestion> toReconcile = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      decisions.requireDecided(i);
      amounts[i] = RewardCalculation.amounts(questions[i].figures(), decisions.payableOf(i), decisions.interimOf(i), policy);
      if (amounts[i].needsReconciliation()) {
        toReconcile.add(new ReconciliationQuestion(i, amounts[i].payable().get().amount(), amounts[i].onAccount().amount()));
      }
    }
    if (!toReconcile.isEmpty()) {
      fire(decisions, toReconcile.toArray());
    }
    int at = 0;
    for (Scenario s : batch) {
      java.util.List<MeasureResult> results = new ArrayList<>(measures.size());
      for (int j = 0; j < measures.size(); j++, at++) {
        results.add(result(questions[at].figures(), decisions, at, amounts[at]));
      }
      sink.accept(new RewardResult(agreement, s, policy, List.ofAll(results)));
    }
  }

  private MeasureResult result(Figures f, RewardSink d, int i, Amounts amounts) {
    Option<Decided<Boolean>> recovery = Option.of(d.reconciliationRuleOf(i))
        .map(rule -> new Decided<>(d.recoveryOf(i), ruleNames.apply(rule)));
    return RewardCalculation.result(f, new Decided<>(d.payableOf(i), ruleNames.apply(d.payableRuleOf(i))),
        new Decided<>(d.interimOf(i), ruleNames.apply(d.interimRuleOf(i))), amounts, recovery);
  }

  private void fire(RewardSink sink, Object[] facts) {
    Sessions.fire(kieBase, io.vavr.collection.HashMap.of("rewards", sink), java.util.Arrays.asList(facts));
  }

}
