package org.lsppm.core.rating;

import org.lsppm.core.rule.RuleName;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Polarity;

/**
 * The light of one measurement and why: the rule that decided it, the measurement it was decided
 * from, the tolerance, shortfall and allowance it compared, the trend, and the whole policy it was
 * made under. A data-only measurement has no light. Re-rating under another policy makes a new
 * rating; this one never changes. Immutable and thread-safe.
 *
 * @param measurement the question rated
 * @param light the light; none for a data-only measurement
 * @param rule the rule that decided the light (or that there is none)
 * @param tolerance the tolerance applied, when there was a goal
 * @param shortfall the miss against the goal (zero or less when met), when there was a value and a goal
 * @param allowance the miss still tolerated, when there was a value and a goal
 * @param trend the trend, when a previous comparable outturn was known
 * @param policy the policy the rating was made under
 */
public record IndicatorRating(
    Measurement measurement, Option<TrafficLight> light, RuleName rule, Option<Ratio> tolerance,
    Option<Quantity> shortfall, Option<Quantity> allowance, Option<TrendFinding> trend, RatingPolicy policy) {

  /** Creates a rating; no part may be null. */
  public IndicatorRating {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(allowance, "allowance");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * One sentence for people, such as {@code NI 16 2008/09 is Amber: 22.4 against a target of at
   * most 21.5, missed by 0.9, within the 5% tolerance (1.075); improving from 23.1. Policy
   * lsp-pm-default.} The rule, the numbers and the policy are fields of this rating for machines.
   */
  public String explanation() {
    Measurement m = measurement;
    // Sized for the usual sentence (about 150 characters), so that it is not grown three times.
    StringBuilder s = new StringBuilder(192).append(m.indicator().code()).append(' ').append(m.period());
    s.append(light.map(l -> " is " + word(l)).getOrElse(" has no light")).append(": ");
    String value = m.outturn().value().map(Quantity::toString).getOrElse("outturn awaited");
    if (m.goal().isEmpty()) {
      s.append(value).append(", data only (no target)");
    } else {
      s.append(m.basis() == RatingBasis.FORECAST ? "forecast " : "").append(value)
          .append(" against ").append(goal(m.basis(), m.goal().get(), m.indicator().polarity()));
      boolean range = m.goal().get().isRange() || m.indicator().polarity() == Polarity.WITHIN_RANGE;
      shortfall.forEach(miss -> s.append(", ").append(outcome(miss, range)));
      tolerance.forEach(t -> shortfall.filter(miss -> miss.value().signum() > 0).forEach(miss -> s
          .append(allowance.exists(a -> miss.compareTo(a) <= 0) ? ", within the " : ", beyond the ")
          .append(t).append(" tolerance").append(allowance.map(a -> " (" + a + ")").getOrElse(""))));
    }
    trend.forEach(t -> s.append("; ").append(t.trend().name().toLowerCase(Locale.UK)).append(" from ").append(t.previous())
        .append(m.previousPeriod().map(p -> " in " + p).getOrElse("")));
    return s.append(". Policy ").append(policy.id()).append('.').toString();
  }

  private static String word(TrafficLight light) {
    String name = light.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.UK);
  }

  private static String goal(RatingBasis basis, Goal goal, Polarity polarity) {
    String what = switch (basis) {
      case MILESTONE -> "a milestone";
      case FORECAST -> "a final target";
      default -> "a target";
    };
    if (goal.isRange() || polarity == Polarity.WITHIN_RANGE) {
      return what + " range of " + goal.lower() + " to " + goal.upper();
    }
    return what + (polarity == Polarity.HIGHER_IS_BETTER ? " of at least " : " of at most ") + goal.lower();
  }

  private static String outcome(Quantity miss, boolean range) {
    int sign = miss.value().signum();
    if (sign > 0) {
      return (range ? "outside it by " : "missed by ") + miss;
    }
    if (range) {
      return "within it";
    }
    return sign == 0 ? "met exactly" : "beaten by " + miss.negated();
  }
}
