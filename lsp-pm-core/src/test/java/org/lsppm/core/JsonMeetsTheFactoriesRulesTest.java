package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.rating.PlausibilityScore;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.ToleranceOverride;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardScheme;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.reward.Weight;

/**
 * JSON is held to the same rules as the validating factories: every value type's cross-field
 * check refuses a document that breaks it, with the factory's words at the document's path, and
 * the policies' documented defaults and limits hold exactly at their boundaries.
 */
class JsonMeetsTheFactoriesRulesTest {

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        Arguments.of(Stretch.class, "{\"withoutAgreement\":5,\"withStretch\":5}",
            "withStretch: expected T different from W = 5 (T = W is not a stretch), got 5"),
        Arguments.of(Goal.class, "{\"lower\":5,\"upper\":3}", "upper: expected a number not below the lower bound 5, got 3"),
        Arguments.of(Weight.class, "0", "value: expected a weight above zero, got 0"),
        Arguments.of(PlausibilityScore.class, "6", "value: expected"),
        Arguments.of(ToleranceOverride.class, "{\"indicator\":\"NI 16\",\"tolerance\":-0.1}", "tolerance: expected a fraction from 0 up to but not including 1"),
        Arguments.of(ReportingPeriod.class, "{\"start\":\"2009-03-31\",\"end\":\"2008-04-01\"}",
            "end: expected a date on or after the start 2009-03-31, got 2008-04-01"),
        Arguments.of(FinancialYear.class, "\"1899/00\"", "value: expected a start year from 1900 to 2998, got 1899"),
        Arguments.of(Target.class, "{\"indicator\":\"NI 16\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},"
                + "\"goal\":{\"value\":5},\"trajectory\":[{\"period\":{\"start\":\"2009-04-01\",\"end\":\"2009-09-30\"},\"goal\":{\"value\":4}}]}",
            "trajectory[0].period: expected a period ending by the target's end 2009-03-31"),
        Arguments.of(StretchTarget.class, "{\"id\":\"7\",\"title\":\"t\"}", "subTargets: expected"),
        Arguments.of(ReviewRecord.class, "{\"kind\":\"DELIVERY\",\"date\":\"2004-01-01\",\"depth\":\"FULL\",\"criterion\":\"STRATEGIC\"}",
            "criterion: expected no criterion on a DELIVERY review, got STRATEGIC"),
        Arguments.of(ImprovementPlanItem.class, "{\"action\":\"a\",\"theme\":\"Safer\",\"criterion\":\"STRATEGIC\","
                + "\"completionDate\":\"2005-01-01\",\"keyContact\":\"k\"}",
            "theme: expected either a theme or a partnership criterion"),
        Arguments.of(RatingPolicy.class, "{\"tolerance\":-0.1}", "tolerance: expected a fraction from 0 up to but not including 1"),
        Arguments.of(ReviewPolicy.class, "{\"deliveryMonths\":0}", "deliveryMonths: expected a whole number of months from 1 to 120, got 0"),
        Arguments.of(ReviewPolicy.class, "{\"deliveryMonths\":121}", "deliveryMonths: expected a whole number of months from 1 to 120, got 121"),
        Arguments.of(ReviewPolicy.class, "{\"dueSoonDays\":-1}", "dueSoonDays: expected zero or more days, got -1"),
        Arguments.of(ReviewPolicy.class, "{\"minimumPriorityThemes\":0}", "minimumPriorityThemes: expected at least 1, got 0"),
        Arguments.of(RewardPolicy.class, "{\"threshold\":0}", "threshold: expected a share above 0 and at most 1, such as 0.6, got 0"),
        Arguments.of(RewardPolicy.class, "{\"threshold\":1.01}", "threshold: expected a share above 0 and at most 1, such as 0.6, got 1.01"),
        Arguments.of(RewardPolicy.class, "{\"capitalShare\":1.01}", "capitalShare: expected a share from 0 to 1, got 1.01"),
        Arguments.of(RewardPolicy.class, "{\"paymentOnAccountShare\":-0.01}", "paymentOnAccountShare: expected a share from 0 to 1, got -0.01"),
        Arguments.of(RewardPolicy.class, "{\"instalments\":0}", "instalments: expected a whole number from 1 to 10, got 0"),
        Arguments.of(RewardPolicy.class, "{\"instalments\":11}", "instalments: expected a whole number from 1 to 10, got 11"),
        Arguments.of(RewardPolicy.class, "{\"rounding\":\"UNNECESSARY\"}", "rounding: expected a rounding mode that can round"),
        Arguments.of(RewardAgreement.class, "{\"name\":\"x\",\"firstYear\":\"2007/08\",\"lastYear\":\"2005/06\",\"grant\":100,"
            + "\"targets\":[{\"id\":\"1\",\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,\"withStretch\":6}}]}", "lastYear: expected"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("brokenDocuments")
  void a_document_breaking_a_types_rule_is_refused_with_the_factorys_words(Class<?> type, String json, String problem) {
    refusedWith(Json.read(json, type)).anySatisfy(p -> assertThat(p).startsWith(problem));
  }

  @Test
  void the_canonical_constructors_refuse_what_the_factories_refuse() {
    assertThatThrownBy(() -> new FinancialYear(1899)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new FinancialYear(2999)).isInstanceOf(InvalidInputException.class);
    assertThat(new FinancialYear(1900)).hasToString("1900/01");
    assertThat(new FinancialYear(2998)).hasToString("2998/99");
    assertThatThrownBy(() -> new ReportingPeriod(java.time.LocalDate.of(2009, 3, 31), java.time.LocalDate.of(2008, 4, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new PlausibilityScore(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Weight(BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ToleranceOverride(new IndicatorCode("NI 1"), Ratio.of(new BigDecimal("-0.1")).get()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_scenario_reads_back_as_written_and_without_its_interims() {
    org.lsppm.core.reward.Scenario written = org.lsppm.core.reward.Scenario.named("current").outturn("7", "6.2").interim("7", "7.4");
    assertThat(Json.read(Json.write(written), org.lsppm.core.reward.Scenario.class).get()).isEqualTo(written);
    // A scenario sent without interims (or outturns) has none; it used to be refused as "not well-formed JSON".
    org.lsppm.core.reward.Scenario bare = Json.read("{\"name\": \"current\", \"outturns\": {\"7\": 6.2}}",
        org.lsppm.core.reward.Scenario.class).get();
    assertThat(bare.outturns().get(new org.lsppm.core.reward.TargetId("7")).get().value()).isEqualByComparingTo("6.2");
    assertThat(bare.interims()).isEmpty();
    assertThat(bare.isUsable()).isTrue();
    // Without a name it is read, and refused where it is used, as Scenario.named refuses a blank one.
    org.lsppm.core.reward.Scenario unnamed = Json.read("{}", org.lsppm.core.reward.Scenario.class).get();
    assertThat(unnamed.problems()).extracting(Problem::field).containsExactly("name");
  }

  @Test
  void the_policies_documented_defaults_are_what_an_empty_document_gives() {
    ReviewPolicy review = Json.read("{}", ReviewPolicy.class).get();
    assertThat(review).isEqualTo(ReviewPolicy.defaults());
    assertThat(review.id().value()).isEqualTo("nru-core-requirements-2004");
    assertThat(java.util.List.of(review.deliveryMonths(), review.criterionFullReviewMonths(), review.weakCriterionMonths(),
        review.improvementPlanMonths(), review.rewardTargetsMonths(), review.dueSoonDays(), review.minimumPriorityThemes()))
        .containsExactly(12, 36, 12, 6, 6, 30, 3);

    RewardPolicy reward = Json.read("{}", RewardPolicy.class).get();
    assertThat(reward).isEqualTo(RewardPolicy.defaults());
    assertThat(reward.id().value()).isEqualTo("lsp-pm-reward-default");
    assertThat(reward.scheme()).isEqualTo(RewardScheme.STRETCH_SHARE);
    assertThat(reward.threshold()).isEqualTo(Ratio.ofPercent(60));
    assertThat(reward.capitalShare()).isEqualTo(Ratio.ofPercent(50));
    assertThat(reward.instalments()).isEqualTo(2);
    assertThat(reward.paymentOnAccountShare()).isEqualTo(Ratio.ofPercent(20));
    assertThat(reward.rounding()).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void the_policies_accept_their_limits_exactly() {
    assertThat(Json.read("{\"deliveryMonths\":1,\"weakCriterionMonths\":120,\"dueSoonDays\":0,\"minimumPriorityThemes\":1}",
        ReviewPolicy.class).isValid()).isTrue();
    assertThat(Json.read("{\"threshold\":1,\"capitalShare\":1,\"paymentOnAccountShare\":0,\"instalments\":1}", RewardPolicy.class)
        .isValid()).isTrue();
    assertThat(Json.read("{\"threshold\":0.01,\"capitalShare\":0,\"paymentOnAccountShare\":1,\"instalments\":10}", RewardPolicy.class)
        .isValid()).isTrue();
    RewardPolicy changed = RewardPolicy.defaults().withScheme(RewardScheme.values()[RewardScheme.values().length - 1])
        .withThreshold(Ratio.ofPercent(70)).withCapitalShare(Ratio.ofPercent(40));
    assertThat(changed.threshold()).isEqualTo(Ratio.ofPercent(70));
    assertThat(changed.capitalShare()).isEqualTo(Ratio.ofPercent(40));
    assertThat(changed.scheme()).isEqualTo(RewardScheme.values()[RewardScheme.values().length - 1]);
  }
}
