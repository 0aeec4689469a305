package org.lsppm.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.lsppm.core.rating.RuleName;

/**
 * Where the rules of a one-question session write their decisions, one per topic (such as
 * {@code "rating"} and {@code "reporting"}), each with the name of the rule that made it. Used by
 * one session on one thread. A second decision on a topic is a defect in the rules and fails
 * loudly, as does asking for a decision no rule made.
 */
public final class Decisions {
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> rules = new LinkedHashMap<>();

  /** Records {@code value} for {@code topic}, decided by {@code rule}; {@code value} may be null for "none". */
  public void decide(String topic, Object value, String rule) {
    if (rules.containsKey(topic)) {
      throw new IllegalStateException("two rules decided " + topic + ": " + rules.get(topic) + ", " + rule);
    }
    rules.put(topic, rule);
    values.put(topic, value);
  }

  /** The value decided for {@code topic}; null when the rule decided "none". */
  <T> T value(String topic, Class<T> type) {
    require(topic);
    return type.cast(values.get(topic));
  }

  /** The rule that decided {@code topic}. */
  RuleName rule(String topic, Function<String, RuleName> names) {
    require(topic);
    return names.apply(rules.get(topic));
  }

  private void require(String topic) {
    if (!rules.containsKey(topic)) {
      throw new IllegalStateException("no rule decided " + topic);
    }
  }
}
