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
    // Each scenario's questions, one per measure in the agreement's order.
    java.util.List<java.util.List<StretchQuestion>> byScenario = new ArrayList<>(batch.size());
    for (Scenario s : batch) {
      java.util.List<StretchQuestion> questions = new ArrayList<>(measures.size());
      for (Measure m : measures) {
        questions.add(new StretchQuestion(MeasureFigures.of(m, potentials.get(m.id()).get(), s, policy)));
      }
      byScenario.add(questions);
    }
    RewardUnit unit = Units.fire(new RewardUnit(), u -> byScenario.forEach(qs -> qs.forEach(u.getMeasures()::append)));
    java.util.Map<StretchQuestion, Payable> payables = Units.byFact(unit.getPayables().all(), Payable::question, "payable");
    java.util.Map<StretchQuestion, Interim> interims = Units.byFact(unit.getInterims().all(), Interim::question, "interim");
    java.util.Map<StretchQuestion, Reconciled> reconciled = Units.byFact(unit.getReconciliations(), Reconciled::question, "reconciliation");
    java.util.Iterator<java.util.List<StretchQuestion>> questions = byScenario.iterator();
    for (Scenario s : batch) {
      java.util.List<MeasureResult> results = new ArrayList<>(measures.size());
      for (StretchQuestion q : questions.next()) {
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
    // Whether there is a reconciliation is the reconciliation rules' to decide, not this code's.
    return q.figures().result(payable.decided(), interim.decided(), Option.of(reconciled).map(Reconciled::decided));
  }
}
