package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.rule.PolicyId;

/** A policy built from untrusted parts reports every problem at once, where a chain of withX calls throws at the first. */
class RatingPolicyBuilderTest {

  @Test
  void a_policy_built_from_the_defaults_is_the_one_the_withX_chain_makes() {
    RatingPolicy built = RatingPolicy.newBuilder().id("havering-2009").tolerance(Ratio.ofPercent(15))
        .offTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER).override("NI 195a", Ratio.ofPercent(20))
        .override("NI 195a", Ratio.ofPercent(25)).lightTouchNrfBelow(Money.ofPounds(100_000)).build().get();

    assertThat(built).isEqualTo(RatingPolicy.defaults().withId(new PolicyId("havering-2009")).withTolerance(Ratio.ofPercent(15))
        .withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER).withOverride(new IndicatorCode("NI 195a"), Ratio.ofPercent(25))
        .withLightTouchNrfBelow(Money.ofPounds(100_000)));
    assertThat(built.toBuilder().greenFromScore(5).build().get().greenFromScore()).isEqualTo(new ProgressScore(5));
    assertThat(RatingPolicy.newBuilder().build().get()).isEqualTo(RatingPolicy.defaults());
  }

  @Test
  void every_problem_of_the_parts_and_of_the_whole_is_reported_at_once() {
    refusedWith(RatingPolicy.newBuilder().id(" ").tolerance(Ratio.ofPercent(150)).override("", Ratio.ofPercent(5))
        .greenFromScore(7).amberFromScore(4).greenFromScore(3).staticBand(new Ratio(new java.math.BigDecimal("-0.1"))).build())
        .containsExactly(
            "id: expected non-blank text, got \" \"",
            "toleranceOverrides[0].indicator: expected non-blank text, got \"\"",
            "greenFromScore: expected a whole score from 1 to 5, got 7",
            "tolerance: expected a fraction from 0 up to but not including 1, such as 0.15 for 15% (a tolerance of 1.5% is written 0.015), got \"1.5\"",
            "staticBand: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got \"-0.1\"",
            "amberFromScore: expected a score not above greenFromScore 3, got 4");
  }
}
