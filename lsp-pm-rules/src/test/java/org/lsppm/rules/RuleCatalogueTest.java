package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules in the knowledge base are exactly the ones the module README documents. */
class RuleCatalogueTest {

  @Test
  void the_knowledge_base_holds_the_documented_rules_and_no_others() {
    assertThat(RuleBase.get().ruleNames().toJavaSet()).containsExactlyInAnyOrder(
        "NoTargetIsDataOnly", "AwaitedIsPurple", "MetOrBeaten", "MissedWithinTolerance", "MissedBeyondTolerance",
        "BeyondToleranceButImproving", "BeyondToleranceAndNotImproving",
        "Improving", "Static", "Declining",
        "ScoreAtOrAboveGreen", "ScoreAtOrAboveAmber", "ScoreBelowAmber",
        "NothingAssessed", "EveryOutcomeGreen", "MostGreenWithActionsForTheRest", "FewGreen", "OtherwiseAmberRed",
        "LightTouchForGreenOverall", "LightTouchForSmallAllocation", "FullReporting",
        "LowRiskIsGreen", "MediumRiskIsAmber", "HighRiskIsRed",
        "AnnualTargetMetWhenGreen", "AnnualTargetMissedWhenAmberOrRed", "AnnualTargetNotYetKnown",
        "OutturnAwaitedIsPending", "BelowThresholdPaysNothing", "FromThresholdPaysShareAchieved",
        "StretchAchievedPaysInFull", "TargetMetPaysInFull", "TargetMissedPaysNothing", "RewardWithdrawn",
        "NoInterimLevel", "InterimOutturnAwaited", "InterimLevelAchieved", "InterimLevelMissed",
        "EntitlementCoversPaymentOnAccount", "EntitlementBelowPaymentOnAccountIsRecovered",
        "NeverReviewed", "ReviewOverdue", "ReviewDueSoon", "ReviewOnTime",
        "ActionWithoutMeasure", "ActionWithoutLead", "ActionWithoutDueDate", "ActionWithoutResources",
        "ActionWithoutReportingSchedule", "ActionOverdue",
        "PlanItemWithoutAction", "PlanItemWithoutCompletionDate", "PlanItemWithoutKeyContact",
        "PlanItemWithoutSupportNeeded", "PlanItemWithoutSupportProvision",
        "ThemeNotCoveredByPlan", "WeakCriterionNotCoveredByPlan",
        "PartialReviewTooFewPriorityThemes", "PartialReviewWithoutJustification", "PartialReviewWithoutDateForTheRest");
  }
}
