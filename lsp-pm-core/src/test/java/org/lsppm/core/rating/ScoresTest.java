package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsppm.core.Json;

class ScoresTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void scores_from_1_to_5_are_accepted(int score) {
    assertThat(ProgressScore.of(score).get().value()).isEqualTo(score);
    assertThat(PlausibilityScore.of(score).get().value()).isEqualTo(score);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
  void scores_outside_1_to_5_are_refused(int score) {
    refusedWith(ProgressScore.of(score)).containsExactly("value: expected a whole score from 1 to 5, got " + score);
    refusedWith(PlausibilityScore.of(score)).containsExactly("value: expected a whole score from 1 to 5, got " + score);
  }

  @Test
  void a_score_of_6_in_json_is_refused() {
    refusedWith(Json.read("6", ProgressScore.class)).containsExactly("value: expected a whole score from 1 to 5, got 6");
  }

  @Test
  void five_is_achieved_and_one_not_achieved() {
    assertThat(ProgressScore.ACHIEVED.value()).isEqualTo(5);
    assertThat(ProgressScore.NOT_ACHIEVED.value()).isEqualTo(1);
  }

  @Test
  void purple_is_not_an_assessment_and_has_no_rank() {
    assertThat(TrafficLight.PURPLE.isAssessed()).isFalse();
    assertThat(TrafficLight.GREEN.isBetterThan(TrafficLight.AMBER)).isTrue();
    assertThat(TrafficLight.RED.isBetterThan(TrafficLight.AMBER)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrafficLight.PURPLE.isBetterThan(TrafficLight.RED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_outcome_assessment_names_every_missing_part_at_once() {
    refusedFields(OutcomeAssessment.newBuilder().outcome(" ").theme("").commentary(" ").build())
        .containsExactly("outcome", "title", "theme", "progress", "problems", "confidence", "commentary");
  }

  @Test
  void a_designated_target_assessment_names_every_bad_part_at_once() {
    refusedFields(DesignatedTargetAssessment.of("", "2008/10", null, null))
        .containsExactly("indicator", "year", "risk", "annualTarget");
  }

  @Test
  void overall_ratings_are_labelled_as_the_papers_write_them() {
    assertThat(OverallRating.AMBER_GREEN.label()).isEqualTo("Amber/Green");
  }
}
