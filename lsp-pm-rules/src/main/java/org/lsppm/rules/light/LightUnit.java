package org.lsppm.rules.light;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The light decision ({@code IndicatorLight.drl}): the questions in, with the trends already
 * decided for them (which the Havering variant reads); one {@link LightDecision} per question out.
 * Used by one call on one thread.
 */
public final class LightUnit implements RuleUnitData {
  private final DataStore<LightQuestion> questions = DataSource.createStore();
  private final DataStore<TrendDecision> trends = DataSource.createStore();
  private final List<LightDecision> lights = new ArrayList<>();

  /** The questions to decide. */
  public DataStore<LightQuestion> getQuestions() {
    return questions;
  }

  /** The trends the trend unit decided for these questions. */
  public DataStore<TrendDecision> getTrends() {
    return trends;
  }

  /** The decisions, in the order the rules fired. */
  public List<LightDecision> getLights() {
    return lights;
  }
}
