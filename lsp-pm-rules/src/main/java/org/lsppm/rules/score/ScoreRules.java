package org.lsppm.rules.score;

import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.RuleName;
import org.lsppm.core.rating.ScoreRating;

/** Runs the score rules. Thread-safe: every call uses its own session. */
public final class ScoreRules {
  private final KieBase kieBase;
  private final RatingPolicy policy;
  private final Function<String, RuleName> ruleNames;

  /** Rules over {@code kieBase} under {@code policy}. */
  public ScoreRules(KieBase kieBase, RatingPolicy policy, Function<String, RuleName> ruleNames) {
    this.kieBase = kieBase;
    this.policy = policy;
    this.ruleNames = ruleNames;
  }

  /** The light of {@code score}. */
  public ScoreRating rate(ProgressScore score) {
    ScoreSink sink = new ScoreSink();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("scores", sink);
      session.insert(new ScoreQuestion(java.util.Objects.requireNonNull(score, "score"), policy));
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    if (sink.rule() == null) {
      throw new IllegalStateException("no score rule fired for " + score.value());
    }
    return new ScoreRating(score, sink.light(), ruleNames.apply(sink.rule()), policy);
  }
}
