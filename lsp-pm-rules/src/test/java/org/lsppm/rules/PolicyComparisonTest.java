package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.rules.Fixtures.against;
import static org.lsppm.rules.Fixtures.dataOnly;
import static org.lsppm.rules.Fixtures.indicator;
import static org.lsppm.rules.RewardFixtures.agreement;
import static org.lsppm.rules.RewardFixtures.money;
import static org.lsppm.rules.RewardFixtures.stretch;
import static org.lsppm.rules.RewardFixtures.target;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.reward.GrantComparison;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.Scenario;
import org.lsppm.testkit.Generators;

/** Ratings and grants under a current and a proposed policy. */
class PolicyComparisonTest {
  private static final RatingEngine CURRENT = DroolsRatingEngine.withDefaults();
  private static final RatingEngine WIDER = DroolsRatingEngine.forPolicy(RatingPolicy.defaults()
      .withId(new org.lsppm.core.rule.PolicyId("wider")).withTolerance(Ratio.ofPercent(20)));

  private static final List<Measurement> MEASUREMENTS = List.of(
      against(indicator(Polarity.LOWER_IS_BETTER), "100", "115"), // Red at 10%, Amber at 20%
      against(indicator(Polarity.LOWER_IS_BETTER), "100", "105"), // Amber under both
      against(indicator(Polarity.HIGHER_IS_BETTER), "100", "100"), // Green under both
      dataOnly(indicator(Polarity.HIGHER_IS_BETTER), "7"));

  @Test
  void only_the_lights_that_change_are_listed_with_both_rules_and_allowances() {
    PolicyComparison c = PolicyComparison.of(CURRENT, WIDER, MEASUREMENTS);

    assertThat(c.changes()).hasSize(1);
    PolicyComparison.Change change = c.changes().head();
    assertThat(change.current().light()).contains(TrafficLight.RED);
    assertThat(change.current().rule().value()).isEqualTo("MissedBeyondTolerance");
    assertThat(change.current().allowance().get().value()).isEqualByComparingTo("10");
    assertThat(change.proposed().light()).contains(TrafficLight.AMBER);
    assertThat(change.proposed().allowance().get().value()).isEqualByComparingTo("20");
    assertThat(change.isBetter()).isTrue();
    assertThat(c.unchanged()).isEqualTo(3);
    assertThat(c.current().id().value()).isEqualTo("lsp-pm-default");
    assertThat(c.proposed().id().value()).isEqualTo("wider");
  }

  @Test
  void the_lights_are_counted_before_and_after_by_theme_and_overall_data_only_not_counted() {
    PolicyComparison c = PolicyComparison.of(CURRENT, WIDER, MEASUREMENTS);

    assertThat(c.themes()).hasSize(1);
    assertThat(c.overall().current().toJavaMap()).containsEntry(TrafficLight.GREEN, 1).containsEntry(TrafficLight.AMBER, 1)
        .containsEntry(TrafficLight.RED, 1).containsEntry(TrafficLight.PURPLE, 0);
    assertThat(c.overall().proposed().toJavaMap()).containsEntry(TrafficLight.GREEN, 1).containsEntry(TrafficLight.AMBER, 2)
        .containsEntry(TrafficLight.RED, 0);
    PolicyComparison back = PolicyComparison.of(WIDER, CURRENT, MEASUREMENTS);
    assertThat(back.changes().head().isBetter()).isFalse();
  }

  @Test
  void ratings_of_different_measurements_or_mixed_policies_are_refused() {
    assertThatThrownBy(() -> PolicyComparison.of(CURRENT.rate(MEASUREMENTS), WIDER.rate(MEASUREMENTS.reverse())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same measurements in the same order");
    assertThatThrownBy(() -> PolicyComparison.of(CURRENT.rate(MEASUREMENTS), WIDER.rate(MEASUREMENTS.tail())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 4 and 3");
    assertThatThrownBy(() -> PolicyComparison.of(CURRENT.rate(MEASUREMENTS.take(1)).appendAll(WIDER.rate(MEASUREMENTS.take(1))),
        CURRENT.rate(MEASUREMENTS.take(2)))).hasMessageContaining("one policy, got lsp-pm-default, wider");
  }

  @Test
  void a_policy_compared_with_itself_changes_nothing_and_the_themes_add_up_to_the_whole() {
    qt().withExamples(100).forAll(Generators.lists(Generators.measurements(), 30), Generators.ratingPolicies()).checkAssert((ms, p) -> {
      if (ms.isEmpty()) {
        return;
      }
      RatingEngine engine = DroolsRatingEngine.forPolicy(p);
      PolicyComparison same = PolicyComparison.of(engine, engine, ms);
      PolicyComparison other = PolicyComparison.of(CURRENT, engine, ms);

      assertThat(same.changes()).isEmpty();
      assertThat(same.unchanged()).isEqualTo(ms.size());
      assertThat(other.changes().size() + other.unchanged()).isEqualTo(ms.size());
      int lit = ms.count(m -> m.goal().isDefined());
      assertThat(other.overall().current().values().sum().intValue()).isEqualTo(lit);
      assertThat(other.overall().proposed().values().sum().intValue()).isEqualTo(lit);
    });
  }

  @Test
  void the_grant_under_each_reward_policy_target_by_target() {
    RewardAgreement a = agreement("200000", target("1", stretch("50", "60")), target("2", stretch("50", "60")));
    Scenario s = Scenario.named("s").outturn("1", "55").outturn("2", "58");
    GrantComparison c = Checks.orThrow(GrantComparison.of(DroolsRewardEngine.withDefaults(),
        DroolsRewardEngine.forPolicy(RewardPolicy.defaults().withThreshold(Ratio.ofPercent(50))), a, s));

    assertThat(c.rows().map(r -> r.current().payable().get())).containsExactly(money("0.00"), money("80000.00"));
    assertThat(c.rows().map(r -> r.proposed().payable().get())).containsExactly(money("50000.00"), money("80000.00"));
    assertThat(c.rows().map(r -> r.difference().get())).containsExactly(money("50000.00"), money("0.00"));
    assertThat(c.difference()).isEqualTo(money("50000.00"));
    assertThat(GrantComparison.of(DroolsRewardEngine.withDefaults(), DroolsRewardEngine.withDefaults(), a,
        Scenario.named("bad").outturn("9", "1")).isInvalid()).isTrue();
  }
}
