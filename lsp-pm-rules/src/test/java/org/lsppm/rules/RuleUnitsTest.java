package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lsppm.rules.unit.Units;

/** The generated rule units load, and a unit that decides a fact twice, or not at all, fails loudly. */
class RuleUnitsTest {

  @Test
  void every_decision_is_a_generated_unit_with_its_rules() {
    Map<String, Set<String>> units = Units.ruleNames();

    assertThat(units.keySet()).containsExactlyInAnyOrder("LightUnit", "ScoreUnit", "OverallUnit", "DesignatedUnit",
        "RewardUnit", "ReviewUnit", "PlanUnit");
    assertThat(units.get("LightUnit")).contains("MetOrBeaten", "Improving");
    assertThat(units.get("RewardUnit")).contains("FromThresholdPaysShareAchieved", "EntitlementBelowPaymentOnAccountIsRecovered");
    assertThat(units.values()).allSatisfy(rules -> assertThat(rules).isNotEmpty());
  }

  @Test
  void decisions_are_found_by_the_fact_they_decided() {
    String first = new String("first");
    String second = new String("first");

    Map<String, String> byFact = Units.byFact(List.of(first + ":a", second + ":b"),
        d -> d.startsWith(first) && d.endsWith("a") ? first : second, "test");

    assertThat(byFact.get(first)).isEqualTo("first:a");
    assertThat(byFact.get(second)).isEqualTo("first:b");
  }

  @Test
  void a_second_decision_about_one_fact_is_refused_naming_both() {
    assertThatThrownBy(() -> Units.byFact(List.of("x:1", "x:2"), d -> "x", "light"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two light rules fired for x: x:1, x:2");
  }

  @Test
  void a_single_question_unit_must_decide_exactly_once() {
    assertThat(Units.only(List.of("Green"), "the light")).isEqualTo("Green");
    assertThatThrownBy(() -> Units.only(List.of(), "the light"))
        .isInstanceOf(IllegalStateException.class).hasMessage("no rule decided the light: []");
    assertThatThrownBy(() -> Units.only(List.of("Green", "Red"), "the light"))
        .isInstanceOf(IllegalStateException.class).hasMessage("two rules decided the light: [Green, Red]");
  }
}
