package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lsppm.core.Money;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.OverallRating;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.ReportingRegime;
import org.lsppm.core.rating.ScoreRating;
import org.lsppm.core.rating.TrafficLight;

/** Scores to lights, and the overall rating of a partnership with its reporting regime. */
class ScoreAndOverallTest {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();

  @ParameterizedTest
  @CsvSource({"5,GREEN,ScoreAtOrAboveGreen", "4,GREEN,ScoreAtOrAboveGreen", "3,AMBER,ScoreAtOrAboveAmber",
      "2,RED,ScoreBelowAmber", "1,RED,ScoreBelowAmber"})
  void a_progress_score_gives_its_light(int score, TrafficLight light, String rule) {
    ScoreRating r = ENGINE.rate(new ProgressScore(score));

    assertThat(r.light()).isEqualTo(light);
    assertThat(r.rule().value()).isEqualTo(rule);
  }

  /** A partnership whose outcomes have these Progress lights; outcomes listed in {@code addressed} have plan items. */
  static Partnership partnership(String lights, String addressed, String nrf) {
    List<OutcomeAssessment> outcomes = List.ofAll(IntStream.range(0, lights.length()).boxed().toList())
        .map(i -> OutcomeAssessment.newBuilder().outcome("O" + i).title("Outcome " + i)
            .progress(light(lights.charAt(i))).problems(TrafficLight.GREEN).confidence(TrafficLight.GREEN)
            .build().get());
    List<ImprovementPlanItem> items = List.ofAll(addressed.chars().boxed().toList())
        .map(c -> ImprovementPlanItem.newBuilder().criterion(PartnershipCriterion.STRATEGIC).action("act")
            .outcomes(java.util.List.of("O" + (char) c.intValue())).build().get());
    return Partnership.newBuilder().name("P")
        .area("A")
        .nrfAllocation(Money.parse(nrf).get())
        .outcomes(outcomes)
        .improvementPlan(ImprovementPlan.of(items))
        .build().get();
  }

  private static TrafficLight light(char c) {
    return switch (c) {
      case 'G' -> TrafficLight.GREEN;
      case 'A' -> TrafficLight.AMBER;
      case 'R' -> TrafficLight.RED;
      default -> TrafficLight.PURPLE;
    };
  }

  private static void assertOverall(String lights, String addressed, OverallRating rating, String rule) {
    PartnershipRating r = ENGINE.rate(partnership(lights, addressed, "1000000"));
    assertThat(r.overall()).isEqualTo(Option.of(rating));
    assertThat(r.overallRule().value()).isEqualTo(rule);
  }

  @Test
  void every_assessed_outcome_green_is_green_and_purple_is_left_out() {
    assertOverall("GGGP", "", OverallRating.GREEN, "EveryOutcomeGreen");
  }

  @Test
  void most_green_with_an_action_for_every_other_outcome_is_amber_green() {
    assertOverall("GGGAR", "34", OverallRating.AMBER_GREEN, "MostGreenWithActionsForTheRest");
  }

  @Test
  void most_green_but_an_outcome_without_an_action_is_amber_red() {
    PartnershipRating r = ENGINE.rate(partnership("GGGAR", "3", "1000000"));

    assertThat(r.overall()).contains(OverallRating.AMBER_RED);
    assertThat(r.notGreenWithoutAction().map(o -> o.value())).containsExactly("O4");
  }

  @Test
  void half_green_is_not_most_green() {
    assertOverall("GGAA", "23", OverallRating.AMBER_RED, "OtherwiseAmberRed");
  }

  @Test
  void at_most_a_quarter_green_is_red_exactly_at_the_boundary() {
    assertOverall("GAAR", "123", OverallRating.RED, "FewGreen");
    assertOverall("GGAAARR", "2345", OverallRating.AMBER_RED, "OtherwiseAmberRed");
    assertOverall("RRRR", "0123", OverallRating.RED, "FewGreen");
  }

  @Test
  void with_nothing_assessed_there_is_no_overall_rating() {
    PartnershipRating r = ENGINE.rate(partnership("PP", "", "0"));

    assertThat(r.overall()).isEmpty();
    assertThat(r.overallRule().value()).isEqualTo("NothingAssessed");
  }

  @Test
  void a_green_partnership_or_a_small_allocation_qualifies_for_lighter_reporting() {
    RatingEngine small = DroolsRatingEngine.forPolicy(RatingPolicy.defaults().withLightTouchNrfBelow(Money.ofPounds(500_000)));

    PartnershipRating green = ENGINE.rate(partnership("GG", "", "1000000"));
    assertThat(green.reporting()).isEqualTo(ReportingRegime.LIGHT_TOUCH);
    assertThat(green.reportingRule().value()).isEqualTo("LightTouchForGreenOverall");
    assertThat(ENGINE.rate(partnership("GA", "1", "1")).reportingRule().value()).isEqualTo("FullReporting");
    PartnershipRating below = small.rate(partnership("GA", "1", "499999.99"));
    assertThat(below.reporting()).isEqualTo(ReportingRegime.LIGHT_TOUCH);
    assertThat(below.reportingRule().value()).isEqualTo("LightTouchForSmallAllocation");
    assertThat(small.rate(partnership("GA", "1", "500000")).reporting()).isEqualTo(ReportingRegime.FULL);
  }
}
