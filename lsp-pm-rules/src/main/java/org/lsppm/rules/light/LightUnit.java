package org.lsppm.rules.light;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStream;
import org.drools.ruleunits.api.RuleUnitData;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingPolicy;

/**
 * The light and trend decisions ({@code IndicatorLight.drl} and {@code Trend.drl}): the questions
 * in; one {@link LightDecision} per question and one {@link TrendDecision} per question with a
 * previous comparable outturn out. The policy's setting that the rules read, whether an improving
 * miss beyond tolerance is Amber, is a field of the unit, as the rules read it, not a copy in each
 * question. One unit for both decisions, so that each question is added once: as two units, the
 * trend unit's second copy of two thirds of the facts made rating 1.6 times slower (see the
 * benchmarks README). Used by one call on one thread.
 */
public final class LightUnit implements RuleUnitData {
  private final DataStream<LightQuestion> questions = DataSource.createStream();
  private final List<LightDecision> lights = new ArrayList<>();
  private final List<TrendDecision> trends = new ArrayList<>();
  private final boolean improvingIsAmber;

  /** A unit under the default policy (a miss beyond tolerance is Red whatever the trend); for loading the unit. */
  public LightUnit() {
    this(false);
  }

  /** A unit deciding as {@code policy} says. */
  public LightUnit(RatingPolicy policy) {
    this(policy.offTargetTrend() == OffTargetTrendRule.IMPROVING_IS_AMBER);
  }

  /** A unit where an improving miss beyond tolerance is Amber exactly when {@code improvingIsAmber}. */
  LightUnit(boolean improvingIsAmber) {
    this.improvingIsAmber = improvingIsAmber;
  }

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

  /**
   * Whether a miss beyond tolerance that is improving is Amber (Havering's variant), as the policy
   * says; the rules read it as {@code improvingIsAmber}. Named {@code get...}, not {@code is...}:
   * the rule unit Drools generates reads a unit's fields through {@code get} methods only.
   */
  public boolean getImprovingIsAmber() {
    return improvingIsAmber;
  }
}
