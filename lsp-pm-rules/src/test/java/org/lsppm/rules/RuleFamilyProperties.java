package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.AnnualTargetStatus;
import org.lsppm.core.rating.DesignatedRating;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.OverallRating;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.PlanFinding;
import org.lsppm.testkit.Generators;
import org.lsppm.testkit.LightCase;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A property for every rule family the light properties do not cover: scores, the overall rating,
 * trends, LAA2 designated targets and the plan checks.
 */
class RuleFamilyProperties {
  private static final RatingEngine ENGINE = DroolsRatingEngine.withDefaults();
  private static final int EXAMPLES = 200;

  private static int rank(TrafficLight light) {
    return light.ordinal();
  }

  @Test
  void a_higher_progress_score_never_gets_a_worse_light() {
    qt().withExamples(EXAMPLES).forAll(Generators.ratingPolicies(), integers().between(1, 5), integers().between(1, 5))
        .checkAssert((policy, a, b) -> {
          RatingEngine engine = DroolsRatingEngine.forPolicy(policy);
          TrafficLight low = engine.rate(new ProgressScore(Math.min(a, b))).light();
          TrafficLight high = engine.rate(new ProgressScore(Math.max(a, b))).light();
          assertThat(rank(high)).as("%s scores %d and %d", policy.id(), a, b).isLessThanOrEqualTo(rank(low));
        });
  }

  /** Progress lights as letters (G, A, R, P), and which outcomes (by position) have a plan item. */
  private static Gen<String> lights() {
    return strings().betweenCodePoints('A', 'D').ofLengthBetween(1, 10).map(s -> s.replace('A', 'G').replace('B', 'A')
        .replace('C', 'R').replace('D', 'P'));
  }

  private static String addressed(String lights, long mask) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(lights.length(), 10); i++) {
      if ((mask >> i & 1) == 1) {
        s.append((char) ('0' + i));
      }
    }
    return s.toString();
  }

  private static int rank(Option<OverallRating> overall) {
    return overall.map(OverallRating::ordinal).getOrElse(-1);
  }

  @Test
  void adding_a_green_outcome_never_lowers_the_overall_rating_and_a_purple_one_changes_nothing() {
    qt().withExamples(EXAMPLES).forAll(lights(), integers().between(0, 1023)).checkAssert((lights, mask) -> {
      String actions = addressed(lights, mask);
      PartnershipRating before = ENGINE.rate(ScoreAndOverallTest.partnership(lights, actions, "1000000"));
      PartnershipRating green = ENGINE.rate(ScoreAndOverallTest.partnership(lights + "G", actions, "1000000"));
      PartnershipRating purple = ENGINE.rate(ScoreAndOverallTest.partnership(lights + "P", actions, "1000000"));

      if (before.overall().isDefined()) {
        assertThat(rank(green.overall())).as("%s + G (actions %s)", lights, actions).isLessThanOrEqualTo(rank(before.overall()));
      } else {
        assertThat(green.overall()).contains(OverallRating.GREEN);
      }
      assertThat(purple.overall()).isEqualTo(before.overall());
      assertThat(purple.overallRule()).isEqualTo(before.overallRule());
    });
  }

  @Test
  void a_trend_seen_in_a_mirror_is_the_same_trend() {
    qt().withExamples(EXAMPLES).forAll(LightCase.decimals(), LightCase.decimals(), LightCase.decimals(), Generators.ratingPolicies())
        .checkAssert((target, outturn, previous, policy) -> {
          RatingEngine engine = DroolsRatingEngine.forPolicy(policy);
          IndicatorRating up = engine.rate(Fixtures.against(Fixtures.indicator(Polarity.HIGHER_IS_BETTER),
              target.toPlainString(), outturn.toPlainString(), previous.toPlainString()));
          IndicatorRating down = engine.rate(Fixtures.against(Fixtures.indicator(Polarity.LOWER_IS_BETTER),
              target.negate().toPlainString(), outturn.negate().toPlainString(), previous.negate().toPlainString()));
          assertThat(down.trend().map(t -> t.trend())).as(up.explanation() + " / " + down.explanation())
              .isEqualTo(up.trend().map(t -> t.trend()));
          assertThat(down.light()).isEqualTo(up.light());
        });
  }

  @Test
  void a_designated_targets_risk_light_follows_the_risk_alone_and_its_annual_status_the_years_light() {
    Gen<Option<LightCase>> annual = Generators.options(Generators.lightCases());
    qt().withExamples(EXAMPLES).forAll(Generators.designated(), annual).checkAssert((assessment, year) -> {
      Option<IndicatorRating> rated = year.map(c -> ENGINE.rate(c.measurement()));
      DesignatedRating r = ENGINE.rate(assessment, rated);

      assertThat(r.riskLight().ordinal()).as("LOW, MEDIUM, HIGH are Green, Amber, Red").isEqualTo(assessment.risk().ordinal());
      AnnualTargetStatus expected = rated.flatMap(IndicatorRating::light).map(l -> switch (l) {
        case GREEN -> AnnualTargetStatus.MET;
        case AMBER, RED -> AnnualTargetStatus.NOT_MET;
        default -> AnnualTargetStatus.NOT_YET_KNOWN;
      }).getOrElse(AnnualTargetStatus.NOT_YET_KNOWN);
      assertThat(r.annualTarget()).isEqualTo(expected);
    });
  }

  /** Plan items about the fixtures' themes and the six criteria, each part present or not. */
  private static Gen<ImprovementPlanItem> items() {
    Gen<Boolean> flag = Generate.booleans();
    return in -> {
      boolean theme = flag.generate(in);
      return ImprovementPlanItem.newBuilder()
          .theme(theme ? ReviewFixtures.THEMES.get(integers().between(0, ReviewFixtures.THEMES.size() - 1).generate(in)).name().value() : null)
          .criterion(theme ? null : Generate.enumValues(PartnershipCriterion.class).generate(in))
          .action(flag.generate(in) ? "Act" : null).completionDate(flag.generate(in) ? LocalDate.of(2004, 11, 30) : null)
          .keyContact(flag.generate(in) ? "Officer" : null).supportNeeded(flag.generate(in) ? "Data" : null)
          .supportProvision(flag.generate(in) ? "GO-L" : null).build().get();
    };
  }

  private static List<String> findings(List<ImprovementPlanItem> items, List<SmartAction> actions) {
    return DroolsReviewEngine.withDefaults()
        .check(ReviewFixtures.partnership(ReviewFixtures.allCriteria("2004-01-01"), actions, items, List.empty(), List.empty()),
            LocalDate.of(2004, 6, 1)).get()
        .plan().map(PlanFinding::toString)
        // Where a finding's subject is numbered by its place in the plan, the number goes: order is not content.
        .map(f -> f.replaceFirst("^actions\\[\\d+]", "actions").replaceFirst("^improvement plan item \\d+ ", "improvement plan item "));
  }

  @Test
  void the_plan_checks_do_not_depend_on_the_order_of_the_plan() {
    qt().withExamples(100).forAll(Generators.lists(items(), 8), Generators.lists(Generators.actions(), 4)).checkAssert((items, actions) -> {
      assertThat(findings(items.reverse(), actions.reverse()).sorted()).isEqualTo(findings(items, actions).sorted());
    });
  }

  @Test
  void a_complete_plan_item_never_adds_a_finding() {
    qt().withExamples(100).forAll(Generators.lists(items(), 8), items()).checkAssert((items, extra) -> {
      ImprovementPlanItem complete = ImprovementPlanItem.newBuilder()
          .theme(extra.theme().map(t -> t.value()).getOrNull()).criterion(extra.criterion().getOrNull())
          .action("Act").completionDate(LocalDate.of(2004, 11, 30)).keyContact("Officer").supportNeeded("Data")
          .supportProvision("GO-L").build().get();
      List<String> before = findings(items, List.empty());
      List<String> after = findings(items.append(complete), List.empty());
      assertThat(before).as("every finding with the item was there without it").containsAll(after);
    });
  }
}
