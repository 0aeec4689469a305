package org.lsppm.rules.score;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/** The score decision ({@code ScoreLight.drl}): a progress score in, its light out. Used by one call on one thread. */
public final class ScoreUnit implements RuleUnitData {
  private final DataStore<ScoreQuestion> scores = DataSource.createStore();
  private final List<ScoreLight> lights = new ArrayList<>();

  /** The score to decide. */
  public DataStore<ScoreQuestion> getScores() {
    return scores;
  }

  /** The light decided. */
  public List<ScoreLight> getLights() {
    return lights;
  }
}
