package org.lsppm.rules.light;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.rules.unit.Units;

/**
 * Runs the light unit over measurements in chunks: one instance per chunk, so
 * the fixed cost of a Drools call is shared by many facts. Thread-safe: every call uses units of
 * its own.
 */
public final class LightRules {
  /** Facts per unit instance. */
  public static final int CHUNK = 1000;

  private final RatingPolicy policy;

  /** Rules under {@code policy}. */
  public LightRules(RatingPolicy policy) {
    this.policy = policy;
  }

  /** Rates every measurement, handing ratings to {@code sink} in input order. */
  public void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink) {
    List<LightQuestion> chunk = new ArrayList<>(CHUNK);
    for (Measurement m : measurements) {
      chunk.add(new LightQuestion(Objects.requireNonNull(m, "measurement"), policy));
      if (chunk.size() == CHUNK) {
        rate(chunk, sink);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      rate(chunk, sink);
    }
  }

  private void rate(List<LightQuestion> chunk, Consumer<? super IndicatorRating> sink) {
    LightUnit unit = Units.fire(new LightUnit(policy), u -> chunk.forEach(u.getQuestions()::append));
    Map<LightQuestion, LightDecision> lights = Units.byFact(unit.getLights(), LightDecision::question, "light");
    Map<LightQuestion, TrendDecision> trends = Units.byFact(unit.getTrends(), TrendDecision::question, "trend");
    for (LightQuestion q : chunk) {
      sink.accept(result(q, lights.get(q), trends.get(q)));
    }
  }

  /**
   * The rating the rules decided for {@code q}, copied from their decisions: no light is a defect
   * in the rules; whether there is a trend is the trend rules' to decide.
   */
  private IndicatorRating result(LightQuestion q, LightDecision light, TrendDecision trend) {
    Measurement m = q.getMeasurement();
    if (light == null) {
      throw new IllegalStateException("no light rule fired for " + m);
    }
    return new IndicatorRating(m, light.light(), light.rule(), light.tolerance(), light.shortfall(), light.allowance(),
        Option.of(trend).map(TrendDecision::finding), policy);
  }
}
