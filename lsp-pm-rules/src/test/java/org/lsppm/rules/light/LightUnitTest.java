package org.lsppm.rules.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.awaited;
import static org.lsppm.rules.Fixtures.dataOnly;
import static org.lsppm.rules.Fixtures.indicator;

import java.util.List;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.junit.jupiter.api.Test;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;

/**
 * The light unit on its own, as the Drools project tests its units: a unit instance over
 * hand-made questions, how many rules fired, and exactly what came out. The policy's setting is
 * the unit's field; the questions carry none of it.
 */
class LightUnitTest {
  private static final Indicator LOWER = indicator(Polarity.LOWER_IS_BETTER);
  private static final RatingPolicy DEFAULTS = RatingPolicy.defaults();
  private static final RatingPolicy HAVERING = DEFAULTS.withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER);

  /** A question as the engine asks it, under {@code policy}. */
  private static LightQuestion question(org.lsppm.core.rating.Measurement m, RatingPolicy policy) {
    return new LightQuestion(m, policy);
  }

  /**
   * Fires the unit over the questions; the number of rules that fired. The unit is the one
   * kie-maven-plugin generated ({@code RuleUnitProvider} would look for a DRL compiler the module
   * does not carry).
   */
  private static int fire(LightUnit unit, List<LightQuestion> questions) {
    try (RuleUnitInstance<LightUnit> instance = new LightUnitRuleUnit().createInstance(unit)) {
      questions.forEach(unit.getQuestions()::append);
      return instance.fire();
    }
  }

  private static String light(LightDecision d) {
    return d.question().getMeasurement().outturn().value().map(Object::toString).getOrElse("awaited") + " "
        + d.light().map(TrafficLight::name).getOrElse("none") + " " + d.rule().value();
  }

  @Test
  void each_question_gets_one_light_with_the_figures_its_rule_chose() {
    LightQuestion met = question(against(LOWER, "21.5", "21"), DEFAULTS);
    LightQuestion within = question(against(LOWER, "21.5", "22.4"), DEFAULTS);
    LightQuestion beyond = question(against(LOWER, "21.5", "25"), DEFAULTS);
    LightQuestion wait = question(awaited(LOWER, "21.5"), DEFAULTS);
    LightQuestion none = question(dataOnly(LOWER, "20"), DEFAULTS);
    LightUnit unit = new LightUnit(DEFAULTS);

    int fired = fire(unit, List.of(met, within, beyond, wait, none));

    assertThat(fired).isEqualTo(5);
    assertThat(unit.getLights()).extracting(LightUnitTest::light).containsExactlyInAnyOrder("21 GREEN MetOrBeaten",
        "22.4 AMBER MissedWithinTolerance", "25 RED MissedBeyondTolerance", "awaited PURPLE AwaitedIsPurple",
        "20 none NoTargetIsDataOnly");
    assertThat(unit.getTrends()).isEmpty();
    LightDecision amber = unit.getLights().stream().filter(d -> d.question() == within).findFirst().orElseThrow();
    assertThat(amber.shortfall().map(Object::toString)).containsExactly("0.9");
    assertThat(amber.allowance().map(Object::toString)).containsExactly("2.15");
    assertThat(amber.tolerance()).containsExactly(DEFAULTS.tolerance());
    LightDecision purple = unit.getLights().stream().filter(d -> d.question() == wait).findFirst().orElseThrow();
    assertThat(purple.tolerance()).as("an awaited outturn will be judged with a tolerance").isNotEmpty();
    assertThat(purple.shortfall()).isEmpty();
    LightDecision data = unit.getLights().stream().filter(d -> d.question() == none).findFirst().orElseThrow();
    assertThat(data.tolerance()).isEmpty();
  }

  @Test
  void the_units_policy_decides_an_improving_miss_beyond_tolerance() {
    // The same two questions (asked the same way under either policy) in two units: one Red, one Amber.
    LightQuestion improving = question(against(LOWER, "21.5", "25", "27"), DEFAULTS);
    LightQuestion worsening = question(against(LOWER, "21.5", "25", "24"), DEFAULTS);

    LightUnit defaults = new LightUnit(DEFAULTS);
    LightUnit havering = new LightUnit(HAVERING);
    int firedDefaults = fire(defaults, List.of(improving, worsening));
    int firedHavering = fire(havering, List.of(improving, worsening));

    assertThat(firedDefaults).as("a light and a trend for each").isEqualTo(4);
    assertThat(firedHavering).isEqualTo(4);
    assertThat(defaults.getLights()).extracting(LightUnitTest::light)
        .containsExactlyInAnyOrder("25 RED MissedBeyondTolerance", "25 RED MissedBeyondTolerance");
    assertThat(havering.getLights()).extracting(d -> d.question() == improving ? "improving " + light(d) : "worsening " + light(d))
        .containsExactlyInAnyOrder("improving 25 AMBER BeyondToleranceButImproving", "worsening 25 RED BeyondToleranceAndNotImproving");
    assertThat(havering.getTrends()).extracting(d -> (d.question() == improving ? "improving " : "worsening ") + d.trend() + " "
        + d.finding().rule().value() + " from " + d.finding().previous())
        .containsExactlyInAnyOrder("improving " + Trend.IMPROVING + " Improving from 27", "worsening " + Trend.DECLINING + " Declining from 24");
    assertThat(havering.getTrends()).extracting(t -> t.finding().gain().toString()).as("better is positive, whatever the polarity")
        .containsExactlyInAnyOrder("2", "-1");
  }
}
