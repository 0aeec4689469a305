package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Ratio;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrendFinding;
import org.lsppm.testkit.LightCase;
import org.lsppm.testkit.LightOracle;
import org.quicktheories.generators.Generate;

/**
 * The light and the trend together, over the test kit's cases with a previous outturn, a vital
 * sign and each basis, under both off-target trend rules and any static band: the engine agrees
 * with the kit's oracle, which an embedder's own properties use the same way.
 */
class TrendCaseProperties {
  private static final int EXAMPLES = 300;

  private static RatingPolicy policy(OffTargetTrendRule rule, BigDecimal band) {
    return RatingPolicy.defaults().withOffTargetTrend(rule).withStaticBand(new Ratio(band));
  }

  @Test
  void the_light_and_the_trend_are_the_oracles_under_either_rule_and_any_static_band() {
    qt().withExamples(EXAMPLES).forAll(LightCase.trendCases(), LightCase.staticBands(), Generate.enumValues(OffTargetTrendRule.class))
        .checkAssert((c, band, rule) -> {
          IndicatorRating r = DroolsRatingEngine.forPolicy(policy(rule, band)).rate(c.measurement());
          assertThat(r.light()).as(r.explanation()).containsExactly(c.expectedLight(rule, band));
          assertThat(r.trend().map(TrendFinding::trend)).as(r.explanation()).isEqualTo(c.expectedTrend(band));
        });
  }

  @Test
  void a_vital_sign_under_the_policy_is_judged_with_the_vital_sign_tolerance() {
    RatingPolicy policy = RatingPolicy.defaults();
    qt().withExamples(EXAMPLES).forAll(LightCase.trendCases()).checkAssert(c -> {
      IndicatorRating r = DroolsRatingEngine.forPolicy(policy).rate(c.measurementUnderPolicy());
      Ratio tolerance = c.vitalSign() ? policy.vitalSignTolerance() : policy.tolerance();
      assertThat(r.tolerance()).as(r.explanation()).containsExactly(tolerance);
      assertThat(r.light()).as(r.explanation())
          .containsExactly(LightOracle.light(c.polarity(), c.lower(), c.upper(), c.outturn(), tolerance.value()));
    });
  }
}
