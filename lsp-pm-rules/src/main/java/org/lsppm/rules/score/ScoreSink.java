package org.lsppm.rules.score;

import org.lsppm.core.rating.TrafficLight;

/** Where the score rules write their one decision. */
public final class ScoreSink {
  private TrafficLight light;
  private String rule;

  /** Records the light; a second decision is a defect in the rules. */
  public void light(ScoreQuestion q, TrafficLight light, String rule) {
    if (this.rule != null) {
      throw new IllegalStateException("two score rules fired for " + q.getValue() + ": " + this.rule + ", " + rule);
    }
    this.light = light;
    this.rule = rule;
  }

  TrafficLight light() {
    return light;
  }

  String rule() {
    return rule;
  }
}
