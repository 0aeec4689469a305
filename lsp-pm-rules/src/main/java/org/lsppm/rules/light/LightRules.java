package org.lsppm.rules.light;

import io.vavr.control.Option;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kie.api.KieBase;
import io.vavr.collection.HashMap;
import org.lsppm.rules.session.Sessions;
import org.lsppm.core.Quantity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.RuleName;
import org.lsppm.core.rating.TrendFinding;

/**
 * Runs the light and trend rules over measurements in chunks: one session per chunk, so the fixed
 * cost of a Drools call is shared by many facts. Thread-safe: every call uses its own session and
 * sink.
 */
public final class LightRules {
  /** Facts per session. */
  public static final int CHUNK = 1000;

  private final KieBase kieBase;
  private final RatingPolicy policy;
  private final Function<String, RuleName> ruleNames;

  /** Rules over {@code kieBase} under {@code policy}; {@code ruleNames} maps a rule's name to its value. */
  public LightRules(KieBase kieBase, RatingPolicy policy, Function<String, RuleName> ruleNames) {
    this.kieBase = kieBase;
    this.policy = policy;
    this.ruleNames = ruleNames;
  }

  /** Rates every measurement, handing ratings to {@code sink} in input order. */
  public void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink) {
    LightQuestion[] chunk = new LightQuestion[CHUNK];
    LightSink decisions = new LightSink(CHUNK);
    int size = 0;
    for (Measurement m : measurements) {
      chunk[size] = new LightQuestion(size, java.util.Objects.requireNonNull(m, "measurement"), policy);
      size++;
      if (size == CHUNK) {
        fire(chunk, size, decisions, sink);
        size = 0;
      }
    }
    if (size > 0) {
      fire(chunk, size, decisions, sink);
    }
  }

  private void fire(LightQuestion[] chunk, int size, LightSink decisions, Consumer<? super IndicatorRating> sink) {
    decisions.clear(size);
    Sessions.fire(kieBase, HashMap.of("lights", decisions), java.util.Arrays.asList(chunk).subList(0, size));
    for (int i = 0; i < size; i++) {
      sink.accept(result(chunk[i], decisions));
      chunk[i] = null;
    }
  }

  private IndicatorRating result(LightQuestion q, LightSink decisions) {
    int i = q.getIndex();
    String rule = decisions.lightRuleOf(i);
    if (rule == null) {
      throw new IllegalStateException("no light rule fired for " + q.getMeasurement());
    }
    Measurement m = q.getMeasurement();
    boolean rated = q.isHasGoal() && !q.isAwaited();
    Option<TrendFinding> trend = decisions.trendRuleOf(i) == null ? Option.none()
        : Option.some(new TrendFinding(decisions.trendOf(i), ruleNames.apply(decisions.trendRuleOf(i)),
            m.previous().get(), new Quantity(q.getGain()), new Quantity(q.getStaticAllowance())));
    if (q.isHasPrevious() && trend.isEmpty()) {
      throw new IllegalStateException("no trend rule fired for " + m);
    }
    return new IndicatorRating(m, Option.of(decisions.lightOf(i)), ruleNames.apply(rule),
        q.isHasGoal() ? Option.some(q.getTolerance()) : Option.none(),
        rated ? Option.some(new Quantity(q.getShortfall())) : Option.none(),
        rated ? Option.some(new Quantity(q.getAllowance())) : Option.none(),
        trend, policy);
  }
}
