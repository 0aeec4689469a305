package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Milestone;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.AnnualTargetStatus;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RiskToDelivery;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;

/**
 * Core's types read and written from another named module: this is where a package that core
 * forgot to open to Jackson would fail, which core's own (patched-module) tests cannot see.
 */
@Tag("module-path")
class CoreJsonOnModulePathTest {
  private static final FinancialYear YEAR = FinancialYear.parse("2008/09").get();

  @Test
  void this_test_runs_on_the_module_path() {
    assertThat(CoreJsonOnModulePathTest.class.getModule().getName()).isEqualTo("org.lsppm.rules");
    assertThat(Json.class.getModule().getName()).isEqualTo("org.lsppm.core");
  }

  @Test
  void a_partnership_using_every_core_package_round_trips_through_json() {
    Partnership p = partnership();

    assertThat(Json.read(Json.write(p), Partnership.class).get()).isEqualTo(p);
  }

  @Test
  void value_types_round_trip_on_their_own() {
    assertThat(Json.read(Json.write(Money.ofPounds(12)), Money.class).get()).isEqualTo(Money.ofPounds(12));
    assertThat(Json.read(Json.write(Ratio.ofPercent(60)), Ratio.class).get()).isEqualTo(Ratio.ofPercent(60));
    assertThat(Json.read(Json.write(YEAR), FinancialYear.class).get()).isEqualTo(YEAR);
    assertThat(Json.read(Json.write(ProgressScore.ACHIEVED), ProgressScore.class).get()).isEqualTo(ProgressScore.ACHIEVED);
  }

  @Test
  void invalid_json_is_refused_with_the_field_named_across_modules() {
    assertThat(Json.read("{\"name\":\"KCP\",\"area\":\"K\",\"nrfAllocation\":-5}", Partnership.class).getError())
        .extracting(org.lsppm.core.Problem::field).containsExactly("nrfAllocation");
  }

  private static Partnership partnership() {
    Theme crime = Theme.of("Safer Communities", PriorityArea.CRIME).get();
    Indicator ni16 = Indicator.newBuilder().code("NI 16").title("Serious acquisitive crime")
        .theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER).unit("rate")
        .flags(List.of(IndicatorFlag.VITAL_SIGN)).build().get();
    Milestone half = new Milestone(ReportingPeriod.half(YEAR, 1).get(), Goal.of(Quantity.ofWhole(11)));
    Target target = Target.of(ni16.code().value(), YEAR.toPeriod(), Goal.of(Quantity.ofWhole(21)), null, List.of(half)).get();
    Outturn outturn = Outturn.measured(ni16.code().value(), YEAR.toPeriod(), Quantity.ofWhole(22), DataStatus.FINAL).get();
    OutcomeAssessment outcome = OutcomeAssessment.newBuilder().outcome("SSC1").title("Less crime")
        .theme("Safer Communities").progress(TrafficLight.AMBER).problems(TrafficLight.GREEN)
        .confidence(TrafficLight.PURPLE).build().get();
    DesignatedTargetAssessment designated = DesignatedTargetAssessment.of("NI 16", "2008/09",
        RiskToDelivery.MEDIUM, AnnualTargetStatus.NOT_MET).get();
    StretchTarget stretch = StretchTarget.of("7", "Less crime", "NI 16",
        Stretch.of(Quantity.ofWhole(25), Quantity.ofWhole(21), Quantity.ofWhole(23)).get(), null).get();
    ReviewRecord review = ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, LocalDate.of(2004, 4, 23),
        ReviewDepth.FULL, Option.some(TrafficLight.AMBER));
    ImprovementPlanItem item = ImprovementPlanItem.newBuilder().criterion(PartnershipCriterion.INCLUSIVE)
        .action("Audit").completionDate(LocalDate.of(2004, 11, 30)).keyContact("Officer Working Group")
        .build().get();
    SmartAction action = SmartAction.newBuilder().description("Audit").measure("Audit done").lead("OWG")
        .due(LocalDate.of(2004, 11, 30)).resources("£5,000").reportingSchedule("Quarterly")
        .status(ActionStatus.OPEN).build().get();
    return Partnership.newBuilder().name("KCP")
        .area("K&C")
        .nrfAllocation(Money.ofPounds(1_790_000))
        .themes(List.of(crime))
        .indicators(List.of(ni16))
        .targets(List.of(target))
        .outturns(List.of(outturn))
        .outcomes(List.of(outcome))
        .designatedTargets(List.of(designated))
        .stretchTargets(List.of(stretch))
        .reviews(List.of(review))
        .improvementPlan(ImprovementPlan.of(List.of(item)))
        .actions(List.of(action))
        .build().get();
  }
}
