package org.lsppm.core.reward;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;

/**
 * Evaluates reward agreements under one {@link RewardPolicy}: the decisions (threshold, cap,
 * interim level, recovery) are the engine's; the arithmetic is {@link RewardCalculation}'s.
 * Implementations are safe to share between threads. The Drools implementation lives in
 * {@code lsp-pm-rules}.
 */
public interface RewardEngine {
  /** The most points a {@link #sensitivity} series has, its first and last included. */
  int MAX_SENSITIVITY_POINTS = 100_000;

  /** The policy every result of this engine is made under. */
  RewardPolicy policy();

  /**
   * What {@code agreement} earns with the outturns of {@code scenario}; refused, with no partial
   * result, when the scenario names measures the agreement does not have.
   */
  default Validation<Seq<Problem>, RewardResult> evaluate(RewardAgreement agreement, Scenario scenario) {
    // Checked once, by evaluateEach, which places each problem under scenarios[0]: taken off here.
    return evaluateAll(agreement, List.of(scenario)).map(Seq::head).mapError(ps -> ps.map(p -> p.within("scenarios[0]")));
  }

  /** What {@code agreement} earns in each scenario, in order; refused as a whole if any scenario is. */
  default Validation<Seq<Problem>, Seq<RewardResult>> evaluateAll(RewardAgreement agreement, Iterable<Scenario> scenarios) {
    java.util.List<RewardResult> results = new java.util.ArrayList<>();
    return evaluateEach(agreement, scenarios, results::add).map(count -> List.ofAll(results));
  }

  /**
   * What {@code agreement} earns in each scenario, handed to {@code sink} in order without keeping
   * them, for thousands of scenarios. Every scenario is checked first: when any is refused, the
   * sink receives nothing. {@code scenarios} is read twice. The valid result is the number of
   * scenarios evaluated.
   */
  Validation<Seq<Problem>, Long> evaluateEach(
      RewardAgreement agreement, Iterable<Scenario> scenarios, java.util.function.Consumer<? super RewardResult> sink);

  /** Problems of {@code scenarios} against {@code agreement}, each under {@code scenarios[i]}; empty when all are valid. */
  static Seq<Problem> problems(RewardAgreement agreement, Iterable<Scenario> scenarios) {
    java.util.List<Problem> found = new java.util.ArrayList<>();
    int i = 0;
    for (Scenario s : scenarios) {
      String at = "scenarios[" + i++ + "]";
      if (s == null) {
        found.add(Problem.of(at, "a scenario", null));
      } else {
        RewardCalculation.problems(agreement, s).forEach(p -> found.add(p.at(at)));
      }
    }
    return List.ofAll(found);
  }

  /** The 60% (threshold) and 100% trigger outturns of every measure. */
  default List<Trigger> triggers(RewardAgreement agreement) {
    return Trigger.of(agreement, policy());
  }

  /**
   * The grant as one measure's outturn varies from {@code from} to {@code to} (inclusive) in
   * steps of {@code step}, the other outturns as in {@code scenario}: the threshold step shows
   * as the jump from nothing to the threshold share.
   */
  default Validation<Seq<Problem>, List<SensitivityPoint>> sensitivity(
      RewardAgreement agreement, Scenario scenario, TargetId measure, Quantity from, Quantity to, Quantity step) {
    if (agreement.measure(measure).isEmpty()) {
      return Checks.invalid(Problem.of("measure", "a measure of the agreement", measure));
    }
    if (step.value().signum() <= 0 || to.compareTo(from) < 0) {
      return Checks.invalid(Problem.of("step", "a step above zero from a lower to a higher outturn", step));
    }
    BigDecimal count = to.value().subtract(from.value()).divideToIntegralValue(step.value());
    BigDecimal points = count.add(BigDecimal.ONE);
    if (points.compareTo(BigDecimal.valueOf(MAX_SENSITIVITY_POINTS)) > 0) {
      return Checks.invalid(Problem.of("step", "at most 100,000 points", points));
    }
    List<Quantity> outturns = List.range(0, count.intValueExact() + 1)
        .map(i -> new Quantity(from.value().add(step.value().multiply(BigDecimal.valueOf(i)))));
    return evaluateAll(agreement, outturns.map(a -> scenario.outturn(measure, a))).map(results ->
        List.ofAll(results).zip(outturns).map(t -> {
          MeasureResult m = t._1.measure(measure).get();
          return new SensitivityPoint(t._2, m.payable().get(), t._1.totalPayable(), m.decision());
        }));
  }
}
