package org.lsppm.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.lsppm.core.Money;
import org.lsppm.core.reward.Decided;
import org.lsppm.core.reward.InterimDecision;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.MeasureFigures;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.PayableDecision;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardCalculation;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.rule.RuleName;

/**
 * The stretch-share reward decisions written as plain Java if/else over the same figures and
 * assembled into the same results as the Drools engine: the what-if baseline.
 */
final class HandWrittenReward {
  private static final RuleName PENDING = new RuleName("OutturnAwaitedIsPending");
  private static final RuleName NOTHING = new RuleName("BelowThresholdPaysNothing");
  private static final RuleName SHARE = new RuleName("FromThresholdPaysShareAchieved");
  private static final RuleName FULL = new RuleName("StretchAchievedPaysInFull");
  private static final RuleName NO_INTERIM = new RuleName("NoInterimLevel");
  private static final RuleName INTERIM_AWAITED = new RuleName("InterimOutturnAwaited");
  private static final RuleName ACHIEVED = new RuleName("InterimLevelAchieved");
  private static final RuleName MISSED = new RuleName("InterimLevelMissed");
  private static final RuleName COVERS = new RuleName("EntitlementCoversPaymentOnAccount");
  private static final RuleName RECOVERED = new RuleName("EntitlementBelowPaymentOnAccountIsRecovered");

  private final RewardPolicy policy;

  HandWrittenReward(RewardPolicy policy) {
    this.policy = policy;
  }

  void evaluateEach(RewardAgreement agreement, Iterable<Scenario> scenarios, Consumer<? super RewardResult> sink) {
    Map<TargetId, Money> potentials = RewardCalculation.potentials(agreement);
    List<Measure> measures = agreement.measures();
    for (Scenario s : scenarios) {
      java.util.List<MeasureResult> results = new ArrayList<>(measures.size());
      for (Measure m : measures) {
        results.add(result(MeasureFigures.of(m, potentials.get(m.id()).get(), s, policy)));
      }
      sink.accept(new RewardResult(agreement, s, policy, List.ofAll(results)));
    }
  }

  private MeasureResult result(MeasureFigures f) {
    PayableDecision decision;
    RuleName rule;
    if (f.outturn().isEmpty()) {
      decision = PayableDecision.PENDING;
      rule = PENDING;
    } else if (f.gain().compareTo(f.thresholdGain()) < 0) {
      decision = PayableDecision.NOTHING;
      rule = NOTHING;
    } else if (f.gain().compareTo(f.span()) < 0) {
      decision = PayableDecision.SHARE;
      rule = SHARE;
    } else {
      decision = PayableDecision.IN_FULL;
      rule = FULL;
    }
    InterimDecision interim;
    RuleName interimRule;
    if (!f.interimAgreed()) {
      interim = InterimDecision.NOT_AGREED;
      interimRule = NO_INTERIM;
    } else if (f.interimOutturn().isEmpty()) {
      interim = InterimDecision.AWAITED;
      interimRule = INTERIM_AWAITED;
    } else if (f.interimGain().compareTo(f.interimSpan()) >= 0) {
      interim = InterimDecision.ACHIEVED;
      interimRule = ACHIEVED;
    } else {
      interim = InterimDecision.MISSED;
      interimRule = MISSED;
    }
    Option<Decided<Boolean>> recovery = Option.none();
    if (interim == InterimDecision.ACHIEVED && decision != PayableDecision.PENDING) {
      Money onAccount = f.paymentOnAccount(interim);
      if (onAccount.isPositive()) {
        recovery = Option.some(f.payable(decision).get().compareTo(onAccount) < 0
            ? new Decided<>(true, RECOVERED) : new Decided<>(false, COVERS));
      }
    }
    return f.result(new Decided<>(decision, rule), new Decided<>(interim, interimRule), recovery);
  }
}
