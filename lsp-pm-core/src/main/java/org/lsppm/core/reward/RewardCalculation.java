package org.lsppm.core.reward;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.lsppm.core.Allocation;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;

/**
 * The agreement-wide arithmetic of the Performance Reward Grant: the pot divided between targets by
 * their weights (equally without), and a target's share between its sub-targets likewise, each to
 * the penny by {@link Allocation} (largest remainder, ties to the earlier target); the checks of a
 * scenario. A measure's own figures in a scenario are {@link MeasureFigures}.
 */
public final class RewardCalculation {
  private RewardCalculation() {}

  /** The potential grant of every measure, by measure id, in the agreement's order; adds up to the pot exactly. */
  public static Map<TargetId, Money> potentials(RewardAgreement agreement) {
    List<StretchTarget> targets = agreement.targets();
    List<Money> perTarget = Allocation.byWeights(agreement.pot(),
        targets.map(t -> t.weight().map(Weight::value).getOrElse(BigDecimal.ONE)));
    // Walked in step, never by index: the lists are linked, and get(i) in a loop was quadratic
    // (an agreement of 300,000 targets never finished).
    return LinkedHashMap.ofEntries(targets.zip(perTarget).flatMap(t -> {
      List<Measure> measures = Measure.of(t._1);
      List<Money> perMeasure = Allocation.byWeights(t._2,
          measures.map(m -> m.weight().map(Weight::value).getOrElse(BigDecimal.ONE)));
      return measures.zip(perMeasure).map(m -> io.vavr.Tuple.of(m._1.id(), m._2));
    }));
  }

  /**
   * Problems with a scenario for an agreement: what its fluent calls could not take, and outturns
   * or interim outturns for measures the agreement does not have.
   */
  public static Seq<Problem> problems(RewardAgreement agreement, Scenario scenario) {
    io.vavr.collection.Set<TargetId> known = agreement.measures().map(Measure::id).toSet();
    Seq<Problem> unknownOutturns = scenario.outturns().keySet().toList().filter(id -> !known.contains(id))
        .map(id -> Problem.of("outturns." + id, "a measure of the agreement (one of " + known.toList().sorted().mkString(", ") + ")", id));
    Seq<Problem> unknownInterims = scenario.interims().keySet().toList().filter(id -> !known.contains(id))
        .map(id -> Problem.of("interims." + id, "a measure of the agreement", id));
    Seq<Problem> noInterimLevel = scenario.interims().keySet().toList()
        .filter(id -> agreement.measure(id).exists(m -> m.stretch().interim().isEmpty()))
        .map(id -> Problem.of("interims." + id, "an interim outturn only for a measure with an interim level", id));
    return scenario.problems().appendAll(unknownOutturns).appendAll(unknownInterims).appendAll(noInterimLevel);
  }

  /** The outturn at which a measure's share achieved reaches {@code share}: {@code W + share * (T - W)}, exact. */
  public static Quantity outturnFor(Stretch stretch, Ratio share) {
    BigDecimal w = stretch.withoutAgreement().value();
    return new Quantity(w.add(share.value().multiply(stretch.withStretch().value().subtract(w))));
  }

  /** {@code part / whole} as {@link Ratio#quotient} gives it, never rounded up (zero for an empty whole). */
  static Ratio share(Money part, Money whole) {
    return whole.isZero() ? Ratio.ZERO : Ratio.quotient(part.amount(), whole.amount());
  }
}
