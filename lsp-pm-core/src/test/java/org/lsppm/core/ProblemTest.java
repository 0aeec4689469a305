package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem's place: put under a parent, and seen again from inside it. */
class ProblemTest {

  @Test
  void within_undoes_at_and_leaves_a_problem_elsewhere_alone() {
    Problem lower = Problem.of("goal.lower", "a number", "x");
    Problem indexed = Problem.of("[2].goal", "a goal", null);
    Problem bare = Problem.of("a scenario", null);

    assertThat(lower.at("scenarios[0]").within("scenarios[0]")).isEqualTo(lower);
    assertThat(indexed.at("targets").within("targets")).isEqualTo(indexed);
    assertThat(bare.at("scenarios[0]").within("scenarios[0]")).isEqualTo(bare);
    assertThat(lower.at("scenarios[1]").within("scenarios[0]")).isEqualTo(lower.at("scenarios[1]"));
    assertThat(Problem.of("scenarios[10].x", "e", "a").within("scenarios[1]").field()).isEqualTo("scenarios[10].x");
  }
}
