package org.lsppm.rules.light;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStream;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The light and trend decisions ({@code IndicatorLight.drl} and {@code Trend.drl}): the questions
 * in; one {@link LightDecision} per question and one {@link TrendDecision} per question with a
 * previous comparable outturn out. One unit for both, so that each question is added once: as two
 * units, the trend unit's second copy of two thirds of the facts made rating 1.6 times slower
 * (see the benchmarks README). Used by one call on one thread.
 */
public final class LightUnit implements RuleUnitData {
  private final DataStream<LightQuestion> questions = DataSource.createStream();
  private final List<LightDecision> lights = new ArrayList<>();
  private final List<TrendDecision> trends = new ArrayList<>();

  /** The questions to decide: append-only, fed once the unit is running ({@code Units.fire(unit, facts)}). */
  public DataStream<LightQuestion> getQuestions() {
    return questions;
  }

  /** The light decisions, in the order the rules fired. */
  public List<LightDecision> getLights() {
    return lights;
  }

  /** The trend decisions, in the order the rules fired. */
  public List<TrendDecision> getTrends() {
    return trends;
  }
}
