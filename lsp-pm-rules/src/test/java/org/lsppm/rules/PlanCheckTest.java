package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.ReviewFixtures.d;
import static org.lsppm.rules.ReviewFixtures.partnership;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.PlanFinding;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewReport;

/** SMART actions, improvement-plan items and the plan's coverage, as of a date. */
class PlanCheckTest {

  private static ReviewReport check(List<ReviewRecord> reviews, List<SmartAction> actions, List<ImprovementPlanItem> items,
      List<OutcomeAssessment> outcomes, String asOf) {
    return DroolsReviewEngine.withDefaults().check(partnership(reviews, actions, items, outcomes, List.empty()), d(asOf)).get();
  }

  private static List<String> rules(ReviewReport r) {
    return r.plan().map(f -> f.rule().value());
  }

  @Test
  void an_action_missing_parts_gets_one_finding_per_missing_part() {
    SmartAction vague = SmartAction.newBuilder().description("Steering Group to consider accountability for delivering the CS")
        .status(ActionStatus.OPEN).build().get();
    ReviewReport r = check(List.empty(), List.of(vague), List.empty(), List.empty(), "2002-05-23");

    assertThat(r.plan().map(PlanFinding::toString)).containsExactly(
        "actions[0]: Steering Group to consider accountability for delivering the CS: not timetabled: no due date (ActionWithoutDueDate)",
        "actions[0]: Steering Group to consider accountability for delivering the CS: no lead person or agency (ActionWithoutLead)",
        "actions[0]: Steering Group to consider accountability for delivering the CS: not measurable: no measure of progress or completion (ActionWithoutMeasure)",
        "actions[0]: Steering Group to consider accountability for delivering the CS: no progress-reporting schedule (ActionWithoutReportingSchedule)",
        "actions[0]: Steering Group to consider accountability for delivering the CS: not resourced: no resources committed (ActionWithoutResources)");
  }

  @Test
  void a_smart_action_past_its_due_date_and_open_is_overdue_and_a_complete_one_is_not() {
    SmartAction open = SmartAction.newBuilder().description("Racial equality audit").measure("Audit report")
        .lead("Officer Working Group").due(d("2002-11-30")).resources("£5,000")
        .reportingSchedule("Steering Group").status(ActionStatus.OPEN).build().get();
    SmartAction done = SmartAction.newBuilder().description("Communications strategy")
        .measure("Strategy in place").lead("Officer Working Group").due(d("2002-05-31"))
        .resources("Council PR team").reportingSchedule("Steering Group").status(ActionStatus.COMPLETE)
        .build().get();

    assertThat(rules(check(List.empty(), List.of(open, done), List.empty(), List.empty(), "2002-11-30"))).isEmpty();
    assertThat(rules(check(List.empty(), List.of(open, done), List.empty(), List.empty(), "2002-12-01"))).containsExactly("ActionOverdue");
  }

  @Test
  void a_plan_item_needs_all_five_fields() {
    ImprovementPlanItem thin = ImprovementPlanItem.newBuilder().theme("Safer Communities")
        .action("Target prolific offenders").build().get();

    assertThat(rules(check(List.empty(), List.empty(), List.of(thin), List.empty(), "2004-04-30"))).containsExactly(
        "PlanItemWithoutCompletionDate", "PlanItemWithoutKeyContact", "PlanItemWithoutSupportNeeded", "PlanItemWithoutSupportProvision");
  }

  @Test
  void the_plan_must_cover_every_theme_with_an_outcome_that_is_not_green_and_every_weak_criterion() {
    OutcomeAssessment amber = OutcomeAssessment.newBuilder().outcome("SSC1").title("Less crime")
        .theme("Safer Communities").progress(TrafficLight.AMBER).problems(TrafficLight.GREEN)
        .confidence(TrafficLight.GREEN).build().get();
    OutcomeAssessment green = OutcomeAssessment.newBuilder().outcome("H1").title("Health").theme("Health")
        .progress(TrafficLight.GREEN).problems(TrafficLight.GREEN).confidence(TrafficLight.GREEN)
        .build().get();
    ReviewRecord weak = ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, d("2004-04-23"), ReviewDepth.FULL,
        io.vavr.control.Option.some(TrafficLight.RED));
    ReviewReport uncovered = check(List.of(weak), List.empty(), List.empty(), List.of(amber, green), "2004-04-30");

    assertThat(uncovered.plan().map(PlanFinding::toString)).containsExactly(
        "theme Safer Communities: has an outcome that is not Green but no improvement-plan item (ThemeNotCoveredByPlan)",
        "criterion Inclusive: was last found weak but has no improvement-plan item (WeakCriterionNotCoveredByPlan)");

    ImprovementPlanItem forTheme = ImprovementPlanItem.newBuilder().theme("Safer Communities").action("a")
        .completionDate(d("2005-03-31")).keyContact("b").supportNeeded("c").supportProvision("d")
        .build().get();
    ImprovementPlanItem forCriterion = ImprovementPlanItem.newBuilder().criterion(PartnershipCriterion.INCLUSIVE)
        .action("a").completionDate(d("2005-03-31")).keyContact("b").supportNeeded("c").supportProvision("d")
        .build().get();
    assertThat(check(List.of(weak), List.empty(), List.of(forTheme, forCriterion), List.of(amber, green), "2004-04-30").plan()).isEmpty();

    // A later review that found the criterion Green lifts the need for a plan item, in whatever order the reviews come.
    ReviewRecord clean = ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, d("2004-04-28"), ReviewDepth.LIGHT,
        io.vavr.control.Option.some(TrafficLight.GREEN));
    assertThat(check(List.of(weak, clean), List.empty(), List.of(forTheme), List.of(amber, green), "2004-04-30").plan()).isEmpty();
    assertThat(check(List.of(clean, weak), List.empty(), List.of(forTheme), List.of(amber, green), "2004-04-30").plan()).isEmpty();
  }

  @Test
  void a_partial_delivery_review_covers_three_priority_themes_with_a_justification_and_a_date_for_the_rest() {
    ReviewRecord twoThemes = ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY)
        .themes(List.of("Safer Communities", "Culture")).date(d("2004-04-23")).depth(ReviewDepth.FULL)
        .build().get();

    assertThat(check(List.of(twoThemes), List.empty(), List.empty(), List.empty(), "2004-04-30").plan().map(PlanFinding::toString))
        .containsExactly(
            "partial delivery review of 2004-04-23 (Safer Communities, Culture): covers 1 priority themes; at least 3 are required (PartialReviewTooFewPriorityThemes)",
            "partial delivery review of 2004-04-23 (Safer Communities, Culture): sets no date for reviewing the remaining themes (PartialReviewWithoutDateForTheRest)",
            "partial delivery review of 2004-04-23 (Safer Communities, Culture): gives no justification for reviewing only some themes (PartialReviewWithoutJustification)");
  }
}
