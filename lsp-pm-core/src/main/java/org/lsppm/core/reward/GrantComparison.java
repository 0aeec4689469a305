package org.lsppm.core.reward;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;

/**
 * The grant of one agreement and scenario under two reward policies, the current one and a
 * proposed one, target by target. Immutable and thread-safe.
 *
 * @param current the result under the policy in force
 * @param proposed the result under the policy proposed
 */
public record GrantComparison(RewardResult current, RewardResult proposed) {

  /**
   * Creates a comparison.
   *
   * @throws IllegalArgumentException unless both results are of the same agreement and scenario
   */
  public GrantComparison {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    if (!current.agreement().equals(proposed.agreement()) || !current.scenario().equals(proposed.scenario())) {
      throw new IllegalArgumentException("expected results of the same agreement and scenario");
    }
  }

  /** Evaluates {@code scenario} with both engines; refused as {@link RewardEngine#evaluate} refuses. */
  public static Validation<Seq<Problem>, GrantComparison> of(
      RewardEngine current, RewardEngine proposed, RewardAgreement agreement, Scenario scenario) {
    return current.evaluate(agreement, scenario).flatMap(c -> proposed.evaluate(agreement, scenario).map(p -> new GrantComparison(c, p)));
  }

  /** Each measure under both policies, in the agreement's order. */
  public List<Row> rows() {
    return current.measures().zip(proposed.measures()).map(t -> new Row(t._1, t._2));
  }

  /** The proposed total minus the current total: what the change of policy gains (negative: loses). */
  public Money difference() {
    return proposed.totalPayable().minus(current.totalPayable());
  }

  /**
   * One measure under both policies.
   *
   * @param current its result under the policy in force
   * @param proposed its result under the policy proposed
   */
  public record Row(MeasureResult current, MeasureResult proposed) {

    /** Creates a row; neither part may be null. */
    public Row {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(proposed, "proposed");
    }

    /** The proposed payable minus the current one; none while either is pending. */
    public Option<Money> difference() {
      return current.payable().flatMap(c -> proposed.payable().map(p -> p.minus(c)));
    }
  }
}
