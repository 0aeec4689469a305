package org.lsppm.core.rating;

import io.vavr.control.Option;
import java.util.Objects;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;

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

  /** One line for people, such as {@code NI 16 2008/09: AMBER by MissedWithinTolerance (...)}. */
  public String explanation() {
    Measurement m = measurement;
    StringBuilder s = new StringBuilder()
        .append(m.indicator().code()).append(' ').append(m.period()).append(": ")
        .append(light.map(Enum::name).getOrElse("no light")).append(" by ").append(rule);
    m.outturn().value().forEach(v -> s.append("; outturn ").append(v));
    if (m.outturn().isAwaited()) {
      s.append("; outturn awaited");
    }
    m.goal().forEach(g -> s.append("; ").append(m.basis().name().toLowerCase(java.util.Locale.UK)).append(' ')
        .append(g).append(" (").append(m.indicator().polarity()).append(')'));
    shortfall.forEach(v -> s.append("; shortfall ").append(v));
    allowance.forEach(v -> s.append(", allowance ").append(v));
    tolerance.forEach(t -> s.append(" (tolerance ").append(t).append(')'));
    trend.forEach(t -> s.append("; ").append(t.trend()).append(" by ").append(t.rule())
        .append(" from ").append(t.previous()));
    return s.append("; policy ").append(policy.id()).toString();
  }
}
