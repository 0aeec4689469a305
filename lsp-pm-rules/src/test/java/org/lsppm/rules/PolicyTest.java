package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.indicator;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rule.PolicyId;

/** Policies as values: loaded from JSON, overridden per indicator, and remembered by every rating. */
class PolicyTest {
  private static final Indicator HIGHER = indicator(Polarity.HIGHER_IS_BETTER);

  @Test
  void an_empty_json_object_is_the_default_policy() {
    assertThat(Json.read("{}", RatingPolicy.class).get()).isEqualTo(RatingPolicy.defaults());
  }

  @Test
  void the_default_policy_written_as_json_lists_every_threshold() {
    assertThat(Json.write(RatingPolicy.defaults()))
        .contains("\"tolerance\" : 0.1", "\"vitalSignTolerance\" : 0.05", "\"staticBand\" : 0",
            "\"offTargetTrend\" : \"IGNORE_TREND\"", "\"greenFromScore\" : 4", "\"amberFromScore\" : 3",
            "\"redWhenGreenShareAtMost\" : 0.25");
  }

  @Test
  void a_policy_written_by_a_council_changes_only_what_it_names() {
    RatingPolicy policy = Json.read("{\"id\":\"havering-2007\",\"tolerance\":0.15,"
        + "\"toleranceOverrides\":[{\"indicator\":\"NI 16\",\"tolerance\":0.02}]}", RatingPolicy.class).get();

    assertThat(policy.tolerance()).isEqualTo(Ratio.ofPercent(15));
    assertThat(policy.vitalSignTolerance()).isEqualTo(Ratio.ofPercent(5));
    assertThat(policy.toleranceFor(HIGHER)).isEqualTo(Ratio.ofPercent(2));
  }

  @Test
  void bad_thresholds_are_refused_with_every_problem_named() {
    Seq<Problem> problems = Json.read("{\"tolerance\":-0.1,\"staticBand\":-1,\"redWhenGreenShareAtMost\":0.5,"
        + "\"amberFromScore\":5,\"greenFromScore\":4}", RatingPolicy.class).getError();

    assertThat(problems.map(Problem::field)).containsExactly("tolerance", "staticBand", "redWhenGreenShareAtMost", "amberFromScore");
  }

  @Test
  void a_score_threshold_of_6_is_refused() {
    assertThat(Json.read("{\"greenFromScore\":6}", RatingPolicy.class).getError().map(Problem::message))
        .containsExactly("greenFromScore: expected a whole score from 1 to 5, got 6");
  }

  @Test
  void an_indicator_override_beats_the_vital_sign_band_which_beats_the_default() {
    Indicator vital = indicator(Polarity.HIGHER_IS_BETTER, IndicatorFlag.VITAL_SIGN);
    RatingPolicy policy = RatingPolicy.defaults();

    assertThat(policy.toleranceFor(HIGHER)).isEqualTo(Ratio.ofPercent(10));
    assertThat(policy.toleranceFor(vital)).isEqualTo(Ratio.ofPercent(5));
    assertThat(policy.withOverride(vital.code(), Ratio.ofPercent(20)).toleranceFor(vital)).isEqualTo(Ratio.ofPercent(20));
  }

  @Test
  void a_measurement_of_its_own_tolerance_beats_the_policy() {
    Measurement m = against(HIGHER, "100", "85").withTolerance(Ratio.ofPercent(15));

    assertThat(DroolsRatingEngine.withDefaults().rate(m).light()).contains(TrafficLight.AMBER);
  }

  @Test
  void re_rating_under_a_new_policy_makes_new_ratings_and_leaves_the_old_as_they_were() {
    Measurement m = against(HIGHER, "100", "88");
    IndicatorRating before = DroolsRatingEngine.withDefaults().rate(m);
    String beforeJson = Json.write(before.policy());

    RatingPolicy wider = RatingPolicy.defaults().withId(new PolicyId("wider-2010")).withTolerance(Ratio.ofPercent(15));
    IndicatorRating after = DroolsRatingEngine.forPolicy(wider).rate(m);

    assertThat(before.light()).contains(TrafficLight.RED);
    assertThat(after.light()).contains(TrafficLight.AMBER);
    assertThat(before.policy().id().value()).isEqualTo("lsp-pm-default");
    assertThat(after.policy().id().value()).isEqualTo("wider-2010");
    assertThat(Json.write(before.policy())).isEqualTo(beforeJson);
  }
}
