package org.lsppm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PlausibilityScore;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.reward.Weight;
import org.lsppm.core.theme.Theme;
import org.quicktheories.core.Gen;

/** Every public type written to JSON and read back is equal to what was written. */
class JsonRoundTripProperties {

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withExamples(300).forAll(values).checkAssert(value ->
        assertThat(Json.read(Json.write(value), type).get()).isEqualTo(value));
  }

  @Test void money() { roundTrips(Generators.money(), Money.class); }
  @Test void quantities() { roundTrips(Generators.quantities(), Quantity.class); }
  @Test void ratios() { roundTrips(Generators.ratios(), Ratio.class); }
  @Test void texts() { roundTrips(Generators.texts(), Text.class); }
  @Test void financialYears() { roundTrips(Generators.financialYears(), FinancialYear.class); }
  @Test void reportingPeriods() { roundTrips(Generators.periods(), ReportingPeriod.class); }
  @Test void indicatorCodes() { roundTrips(Generators.codes(), IndicatorCode.class); }
  @Test void goals() { roundTrips(Generators.goals(), Goal.class); }
  @Test void themes() { roundTrips(Generators.themes(), Theme.class); }
  @Test void indicators() { roundTrips(Generators.indicators(), Indicator.class); }
  @Test void targets() { roundTrips(Generators.targets(), Target.class); }
  @Test void outturns() { roundTrips(Generators.outturns(), Outturn.class); }
  @Test void progressScores() { roundTrips(Generators.progressScores(), ProgressScore.class); }
  @Test void plausibilityScores() { roundTrips(Generators.plausibilityScores(), PlausibilityScore.class); }
  @Test void trafficLights() { roundTrips(Generators.lights(), TrafficLight.class); }
  @Test void outcomeAssessments() { roundTrips(Generators.outcomes(), OutcomeAssessment.class); }
  @Test void designatedTargetAssessments() { roundTrips(Generators.designated(), DesignatedTargetAssessment.class); }
  @Test void stretches() { roundTrips(Generators.stretches(), Stretch.class); }
  @Test void weights() { roundTrips(Generators.weights(), Weight.class); }
  @Test void stretchTargets() { roundTrips(Generators.stretchTargets(), StretchTarget.class); }
  @Test void reviewRecords() { roundTrips(Generators.reviews(), ReviewRecord.class); }
  @Test void smartActions() { roundTrips(Generators.actions(), SmartAction.class); }
  @Test void improvementPlanItems() { roundTrips(Generators.planItems(), ImprovementPlanItem.class); }
  @Test void improvementPlans() { roundTrips(Generators.plans(), ImprovementPlan.class); }
  @Test void partnerships() { roundTrips(Generators.partnerships(), Partnership.class); }
  @Test void rewardAgreements() { roundTrips(Generators.rewardAgreements(), org.lsppm.core.reward.RewardAgreement.class); }
  @Test void rewardPolicies() { roundTrips(Generators.rewardPolicies(), org.lsppm.core.reward.RewardPolicy.class); }
  @Test void ratingPolicies() { roundTrips(Generators.ratingPolicies(), org.lsppm.core.rating.RatingPolicy.class); }
}
