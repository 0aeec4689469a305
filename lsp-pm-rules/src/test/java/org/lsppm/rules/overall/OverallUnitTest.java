package org.lsppm.rules.overall;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;

/**
 * The overall unit on its own, as the Drools project tests its units: the partnership's counts,
 * its assessed outcomes and its plan's actions as hand-made facts, the light-touch threshold as
 * the unit's field, how many rules fired, and exactly what came out.
 */
class OverallUnitTest {
  private static final OutcomeId A = new OutcomeId("1");
  private static final OutcomeId B = new OutcomeId("2");
  private static final OutcomeId C = new OutcomeId("3");

  /** Fires a unit over three outcomes (Green, Amber, Red) of which {@code planned} have an action. */
  private static OverallUnit fire(RatingPolicy policy, String allocation, int expectedFired, OutcomeId... planned) {
    OverallUnit unit = new OverallUnit(policy);
    unit.getPartnership().add(new OverallQuestion(3, 2, new BigDecimal(allocation), policy));
    unit.getOutcomes().add(new AssessedOutcome(A, TrafficLight.GREEN));
    unit.getOutcomes().add(new AssessedOutcome(B, TrafficLight.GREEN));
    unit.getOutcomes().add(new AssessedOutcome(C, TrafficLight.RED));
    for (OutcomeId o : planned) {
      unit.getActions().add(new PlannedAction(o));
    }
    try (RuleUnitInstance<OverallUnit> instance = new OverallUnitRuleUnit().createInstance(unit)) {
      assertThat(instance.fire()).isEqualTo(expectedFired);
    }
    return unit;
  }

  private static List<String> decided(OverallUnit unit) {
    List<String> out = new java.util.ArrayList<>();
    unit.getRatings().forEach(r -> out.add(r.rating().map(Enum::name).getOrElse("none") + " " + r.rule().value()));
    unit.getReporting().forEach(r -> out.add(r.regime() + " " + r.rule().value()));
    unit.getWithoutAction().forEach(o -> out.add("without action " + o.value()));
    return out;
  }

  @Test
  void most_green_with_an_action_for_the_red_is_amber_green_with_full_reporting() {
    OverallUnit unit = fire(RatingPolicy.defaults(), "1790000", 2, C);

    assertThat(decided(unit)).containsExactlyInAnyOrder("AMBER_GREEN MostGreenWithActionsForTheRest", "FULL FullReporting");
  }

  @Test
  void a_red_outcome_without_an_action_is_named_and_makes_it_amber_red() {
    OverallUnit unit = fire(RatingPolicy.defaults(), "1790000", 3);

    assertThat(decided(unit)).containsExactlyInAnyOrder("AMBER_RED MostGreenButAnOutcomeWithoutAction", "FULL FullReporting",
        "without action 3");
  }

  @Test
  void the_units_threshold_decides_light_touch_reporting() {
    RatingPolicy small = RatingPolicy.defaults().withLightTouchNrfBelow(Money.ofPounds(500_000));

    assertThat(decided(fire(small, "499999.99", 2, C))).contains("LIGHT_TOUCH LightTouchForSmallAllocation");
    assertThat(decided(fire(small, "500000", 2, C))).contains("FULL FullReporting");
  }
}
