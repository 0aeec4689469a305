package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Json;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.testkit.Generators;
import org.lsppm.testkit.LightCase;
import org.lsppm.testkit.LightOracle;

/** Our council's policy keeps the light rule's promises: checked with lsp-pm-testkit. */
class OurPolicyProperties {
  /** 15% tolerance, and 25% for the one indicator the test kit's cases measure. */
  private static final RatingPolicy OURS = Checks.orThrow(Json.read("""
      {"id": "our-council-2009", "tolerance": 0.15,
       "toleranceOverrides": [{"indicator": "LIGHT 1", "tolerance": 0.25}]}""", RatingPolicy.class));
  private static final RatingEngine ENGINE = DroolsRatingEngine.forPolicy(OURS);

  @Test
  void with_our_policy_a_better_outturn_never_gets_a_worse_light() {
    qt().forAll(Generators.lightCases(), LightCase.decimals()).checkAssert((c, other) -> {
      LightCase moved = c.withOutturn(other);
      boolean movedIsBetter = c.badness(other).compareTo(c.badness(c.outturn())) <= 0;
      TrafficLight mine = lightOf(c);
      TrafficLight theirs = lightOf(moved);
      TrafficLight better = movedIsBetter ? theirs : mine;
      TrafficLight worse = movedIsBetter ? mine : theirs;
      assertThat(better.ordinal()).as("%s then %s", c, moved).isLessThanOrEqualTo(worse.ordinal());
    });
  }

  /** The case's light; a measurement with a target always has one, so none is a failure that says so. */
  private static TrafficLight lightOf(LightCase c) {
    return ENGINE.rate(c.measurementUnderPolicy()).light()
        .getOrElseThrow(() -> new AssertionError("no light for " + c));
  }

  @Test
  void with_our_policy_the_override_decides_and_the_oracle_agrees() {
    BigDecimal override = new BigDecimal("0.25");
    qt().forAll(Generators.lightCases()).checkAssert(c ->
        assertThat(ENGINE.rate(c.measurementUnderPolicy()).light())
            .contains(LightOracle.light(c.polarity(), c.lower(), c.upper(), c.outturn(), override)));
  }
}
