package org.lsppm.rules.score;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingPolicy;

/**
 * The score decision ({@code ScoreLight.drl}): a progress score in, the core value itself (the
 * rules read the record's own accessor, {@code value()}); its light out. The policy's two
 * thresholds are fields of the unit, as the rules read them. Used by one call on one thread.
 */
public final class ScoreUnit implements RuleUnitData {
  private final DataStore<ProgressScore> scores = DataSource.createStore();
  private final List<ScoreLight> lights = new ArrayList<>();
  private final int greenFrom;
  private final int amberFrom;

  /** A unit under the default policy's thresholds; for loading the unit. */
  public ScoreUnit() {
    this(RatingPolicy.defaults());
  }

  /** A unit deciding with {@code policy}'s thresholds. */
  public ScoreUnit(RatingPolicy policy) {
    this.greenFrom = policy.greenFromScore().value();
    this.amberFrom = policy.amberFromScore().value();
  }

  /** The score to decide. */
  public DataStore<ProgressScore> getScores() {
    return scores;
  }

  /** The light decided. */
  public List<ScoreLight> getLights() {
    return lights;
  }

  /** The lowest score that is Green, as the policy says. */
  public int getGreenFrom() {
    return greenFrom;
  }

  /** The lowest score that is Amber, as the policy says. */
  public int getAmberFrom() {
    return amberFrom;
  }
}
