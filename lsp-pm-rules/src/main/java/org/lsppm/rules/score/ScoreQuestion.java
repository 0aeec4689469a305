package org.lsppm.rules.score;

import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingPolicy;

/** The fact the score rules reason over: a progress score and the policy's two thresholds. */
public final class ScoreQuestion {
  private final ProgressScore score;
  private final int greenFrom;
  private final int amberFrom;

  /** A question for {@code score} under {@code policy}. */
  public ScoreQuestion(ProgressScore score, RatingPolicy policy) {
    this.score = score;
    this.greenFrom = policy.greenFromScore().value();
    this.amberFrom = policy.amberFromScore().value();
  }

  public ProgressScore getScore() {
    return score;
  }

  /** The score, 1 to 5. */
  public int getValue() {
    return score.value();
  }

  public int getGreenFrom() {
    return greenFrom;
  }

  public int getAmberFrom() {
    return amberFrom;
  }
}
