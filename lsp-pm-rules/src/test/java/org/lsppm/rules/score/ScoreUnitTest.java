package org.lsppm.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingPolicy;

/**
 * The score unit on its own, as the Drools project tests its units. Its facts are the core
 * {@link ProgressScore} records themselves: this is the test that the executable model reads a
 * record's accessor ({@code value()}, matched as {@code /scores[ value >= greenFrom ]}), and a
 * unit's fields ({@code greenFrom}, {@code amberFrom}) in the same constraint.
 */
class ScoreUnitTest {

  private static String decide(RatingPolicy policy, int score) {
    ScoreUnit unit = new ScoreUnit(policy);
    unit.getScores().add(Checks.orThrow(ProgressScore.of(score)));
    try (RuleUnitInstance<ScoreUnit> instance = new ScoreUnitRuleUnit().createInstance(unit)) {
      assertThat(instance.fire()).as("rules fired for %d", score).isEqualTo(1);
    }
    return score + " " + unit.getLights().stream().map(l -> l.light() + " " + l.rule().value()).reduce("", String::concat);
  }

  @Test
  void each_score_gets_one_light_from_the_units_thresholds() {
    RatingPolicy defaults = RatingPolicy.defaults();
    assertThat(List.of(1, 2, 3, 4, 5)).map(s -> decide(defaults, s)).containsExactly("1 RED ScoreBelowAmber", "2 RED ScoreBelowAmber",
        "3 AMBER ScoreAtOrAboveAmber", "4 GREEN ScoreAtOrAboveGreen", "5 GREEN ScoreAtOrAboveGreen");
  }

  @Test
  void another_policys_thresholds_are_another_units() {
    RatingPolicy strict = Checks.orThrow(RatingPolicy.defaults().toBuilder().greenFromScore(5).amberFromScore(4).build());
    assertThat(List.of(3, 4, 5)).map(s -> decide(strict, s))
        .containsExactly("3 RED ScoreBelowAmber", "4 AMBER ScoreAtOrAboveAmber", "5 GREEN ScoreAtOrAboveGreen");
  }
}
