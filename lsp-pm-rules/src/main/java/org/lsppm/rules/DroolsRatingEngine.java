package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.ScoreRating;
import org.lsppm.rules.light.LightRules;
import org.lsppm.rules.score.ScoreRules;

/**
 * The Drools implementation of {@link RatingEngine}: one engine per policy, cheap to create once
 * the shared knowledge base is loaded, and safe to share between threads.
 */
public final class DroolsRatingEngine implements RatingEngine {
  private final RatingPolicy policy;
  private final LightRules lights;
  private final ScoreRules scores;

  private DroolsRatingEngine(RatingPolicy policy) {
    this.policy = policy;
    RuleBase rules = RuleBase.get();
    this.lights = new LightRules(rules.kieBase(), policy, rules::ruleName);
    this.scores = new ScoreRules(rules.kieBase(), policy, rules::ruleName);
  }

  /** An engine for {@code policy}. */
  public static DroolsRatingEngine forPolicy(RatingPolicy policy) {
    return new DroolsRatingEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** An engine for the default policy. */
  public static DroolsRatingEngine withDefaults() {
    return forPolicy(RatingPolicy.defaults());
  }

  @Override
  public RatingPolicy policy() {
    return policy;
  }

  @Override
  public Seq<IndicatorRating> rate(Iterable<Measurement> measurements) {
    java.util.List<IndicatorRating> out = new ArrayList<>();
    rateEach(measurements, out::add);
    return List.ofAll(out);
  }

  @Override
  public void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink) {
    lights.rateEach(Objects.requireNonNull(measurements, "measurements"), Objects.requireNonNull(sink, "sink"));
  }

  @Override
  public ScoreRating rate(ProgressScore score) {
    return scores.rate(score);
  }
}
