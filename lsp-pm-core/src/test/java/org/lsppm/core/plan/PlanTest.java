package org.lsppm.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.criterion.PartnershipCriterion;

class PlanTest {

  @Test
  void an_action_needs_only_a_description_to_be_recorded() {
    SmartAction action = SmartAction.newBuilder().description("Resolve political representation")
        .build().get();

    assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(action.lead()).isEmpty();
  }

  @Test
  void blank_parts_of_an_action_are_refused_rather_than_taken_as_missing() {
    refusedFields(SmartAction.newBuilder().description(" ").measure("").lead(" ")
        .due(LocalDate.of(2002, 5, 31)).resources("\t").reportingSchedule(" ").status(ActionStatus.OPEN)
        .build())
        .containsExactly("description", "measure", "lead", "resources", "reportingSchedule");
  }

  @Test
  void a_plan_item_is_for_a_theme_or_a_criterion() {
    refusedWith(ImprovementPlanItem.newBuilder().theme("Crime").criterion(PartnershipCriterion.STRATEGIC)
        .build())
        .containsExactly("theme: expected either a theme or a partnership criterion, not both, got Crime");
    refusedWith(ImprovementPlanItem.newBuilder().action("act").build())
        .containsExactly("theme: expected either a theme or a partnership criterion, not neither, got nothing");
  }

  @Test
  void a_plan_item_may_leave_fields_missing_for_the_plan_check_to_report() {
    ImprovementPlanItem item = ImprovementPlanItem.newBuilder().criterion(PartnershipCriterion.INCLUSIVE)
        .action("Racial equality audit").outcomes(java.util.List.of("SSC1")).build().get();

    assertThat(item.keyContact()).isEmpty();
    assertThat(item.outcomes()).hasSize(1);
    assertThat(ImprovementPlan.of(java.util.List.of(item)).items()).containsExactly(item);
  }
}
