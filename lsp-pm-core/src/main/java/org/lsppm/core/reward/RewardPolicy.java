package org.lsppm.core.reward;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.rule.PolicyId;

/**
 * Every number of the reward-grant calculation that an agreement does not fix itself, as one
 * value that each result remembers. In JSON, {@code {}} is the default policy. Immutable and
 * thread-safe.
 *
 * <table>
 *   <caption>Defaults and their sources</caption>
 *   <tr><th>attribute</th><th>default</th><th>source</th></tr>
 *   <tr><td>scheme</td><td>STRETCH_SHARE</td><td>LPSA and LAA1 reward schedules</td></tr>
 *   <tr><td>threshold</td><td>0.6</td><td>"at least 60% of the stretch" (Isle of Wight Schedule 4; KCP 2009)</td></tr>
 *   <tr><td>capitalShare</td><td>0.5</td><td>LAA1 50:50 capital and revenue</td></tr>
 *   <tr><td>instalments</td><td>2</td><td>two equal instalments in the two years after the period</td></tr>
 *   <tr><td>paymentOnAccountShare</td><td>0.2</td><td>one fifth of a target's potential grant for an achieved interim level</td></tr>
 *   <tr><td>rounding</td><td>HALF_UP</td><td>lsp-pm: a payable share of a potential grant is rounded half up to the penny</td></tr>
 * </table>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRewardPolicy.class)
@JsonDeserialize(as = ImmutableRewardPolicy.class)
public abstract class RewardPolicy {
  private static final RewardPolicy DEFAULTS = ImmutableRewardPolicy.builder().build();
  private static final int MAX_INSTALMENTS = 10;

  /** The policy's name. */
  @Value.Default
  public PolicyId id() {
    return new PolicyId("lsp-pm-reward-default");
  }

  /** How achievement turns into grant. */
  @Value.Default
  public RewardScheme scheme() {
    return RewardScheme.STRETCH_SHARE;
  }

  /** The share of the stretch below which nothing is paid (stretch-share scheme). */
  @Value.Default
  public Ratio threshold() {
    return Ratio.ofPercent(60);
  }

  /** The capital share of every payment; the rest is revenue. */
  @Value.Default
  public Ratio capitalShare() {
    return Ratio.ofPercent(50);
  }

  /** How many equal yearly instalments pay the grant, starting the year after the period ends. */
  @Value.Default
  public int instalments() {
    return 2;
  }

  /** The share of a target's potential grant paid on account when its interim level is achieved. */
  @Value.Default
  public Ratio paymentOnAccountShare() {
    return Ratio.ofPercent(20);
  }

  /** How a payable share of a potential grant is rounded to the penny. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** The default policy. */
  public static RewardPolicy defaults() {
    return DEFAULTS;
  }

  /** This policy with another scheme. */
  public RewardPolicy withScheme(RewardScheme scheme) {
    return copy().withScheme(scheme);
  }

  /**
   * This policy with another threshold.
   *
   * @throws org.lsppm.core.InvalidInputException unless above 0 and at most 1
   */
  public RewardPolicy withThreshold(Ratio threshold) {
    return copy().withThreshold(threshold);
  }

  /**
   * This policy with another capital share.
   *
   * @throws org.lsppm.core.InvalidInputException unless from 0 to 1
   */
  public RewardPolicy withCapitalShare(Ratio capitalShare) {
    return copy().withCapitalShare(capitalShare);
  }

  private ImmutableRewardPolicy copy() {
    return (ImmutableRewardPolicy) ImmutableRewardPolicy.copyOf(this);
  }

  @Value.Check
  final void check() {
    Checks.require(problems());
  }

  private Seq<Problem> problems() {
    // Shares are inputs: held to the decimal places of every number read.
    List<Problem> found = List.of(Tuple.of("threshold", threshold()), Tuple.of("capitalShare", capitalShare()),
            Tuple.of("paymentOnAccountShare", paymentOnAccountShare()))
        .flatMap(t -> Checks.at(t._1, Checks.number(t._2.value())).fold(e -> e, v -> List.<Problem>empty()));
    if (threshold().value().signum() <= 0 || threshold().compareTo(Ratio.ONE) > 0) {
      found = found.append(Problem.of("threshold", "a share above 0 and at most 1, such as 0.6", threshold().value()));
    }
    if (!capitalShare().isProportion()) {
      found = found.append(Problem.of("capitalShare", "a share from 0 to 1", capitalShare().value()));
    }
    if (!paymentOnAccountShare().isProportion()) {
      found = found.append(Problem.of("paymentOnAccountShare", "a share from 0 to 1", paymentOnAccountShare().value()));
    }
    if (instalments() < 1 || instalments() > MAX_INSTALMENTS) {
      found = found.append(Problem.of("instalments", "a whole number from 1 to " + MAX_INSTALMENTS, instalments()));
    }
    if (rounding() == RoundingMode.UNNECESSARY) {
      found = found.append(Problem.of("rounding", "a rounding mode that can round (not UNNECESSARY)", rounding()));
    }
    return found;
  }

  /** The revenue share: the rest after capital. */
  public Ratio revenueShare() {
    return new Ratio(BigDecimal.ONE.subtract(capitalShare().value()));
  }
}
