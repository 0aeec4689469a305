package org.lsppm.rules.light;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The trend decision ({@code Trend.drl}): the questions with a previous comparable outturn in,
 * one {@link TrendDecision} per question out. Used by one call on one thread.
 */
public final class TrendUnit implements RuleUnitData {
  private final DataStore<LightQuestion> questions = DataSource.createStore();
  private final List<TrendDecision> trends = new ArrayList<>();

  /** The questions to decide. */
  public DataStore<LightQuestion> getQuestions() {
    return questions;
  }

  /** The decisions, in the order the rules fired. */
  public List<TrendDecision> getTrends() {
    return trends;
  }
}
