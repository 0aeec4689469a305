package org.lsppm.rules.reward;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.lsppm.core.Money;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.MeasureFigures;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardCalculation;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.TargetId;
import org.lsppm.rules.unit.Units;

/**
 * Runs the reward unit over scenarios in batches of about 1,000 measures per unit instance, in one
 * pass: earnings, interim levels and reconciliation are decided together. Thread-safe: every call
 * uses unit instances of its own.
 */
public final class RewardRules {
  private static final int BATCH = 1000;

  private final RewardPolicy policy;

  /** Rules under {@code policy}. */
  public RewardRules(RewardPolicy policy) {
    this.policy = policy;
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
    java.util.List<StretchQuestion> questions = new ArrayList<>(batch.size() * measures.size());
    for (Scenario s : batch) {
      for (Measure m : measures) {
        questions.add(new StretchQuestion(MeasureFigures.of(m, potentials.get(m.id()).get(), s, policy)));
      }
    }
    RewardUnit unit = Units.fire(new RewardUnit(), u -> questions.forEach(u.getMeasures()::append));
    java.util.Map<StretchQuestion, Payable> payables = Units.byFact(unit.getPayables().all(), Payable::question, "payable");
    java.util.Map<StretchQuestion, Interim> interims = Units.byFact(unit.getInterims().all(), Interim::question, "interim");
    java.util.Map<StretchQuestion, Reconciled> reconciled = Units.byFact(unit.getReconciliations(), Reconciled::question, "reconciliation");
    int at = 0;
    for (Scenario s : batch) {
      java.util.List<MeasureResult> results = new ArrayList<>(measures.size());
      for (int j = 0; j < measures.size(); j++, at++) {
        StretchQuestion q = questions.get(at);
        results.add(result(q, payables.get(q), interims.get(q), reconciled.get(q)));
      }
      sink.accept(new RewardResult(agreement, s, policy, List.ofAll(results)));
    }
  }

  private static MeasureResult result(StretchQuestion q, Payable payable, Interim interim, Reconciled reconciled) {
    Measure m = q.figures().measure();
    if (payable == null || interim == null) {
      throw new IllegalStateException("no " + (payable == null ? "payable" : "interim") + " rule fired for " + m.id());
    }
    if ((interim.isPaidOnAccount() && payable.isKnown()) != (reconciled != null)) {
      throw new IllegalStateException("the reconciliation rules " + (reconciled == null ? "missed " : "wrongly decided ") + m.id());
    }
    return q.figures().result(payable.decided(), interim.decided(), Option.of(reconciled).map(Reconciled::decided));
  }
}
