package org.lsppm.core.review;

import org.lsppm.core.criterion.PartnershipCriterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.rating.TrafficLight;

class ReviewRecordTest {
  private static final LocalDate APRIL_23 = LocalDate.of(2004, 4, 23);

  @Test
  void a_criterion_review_must_name_its_criterion() {
    refusedWith(ReviewRecord.newBuilder().kind(ReviewKind.PARTNERSHIP_CRITERION).date(APRIL_23)
        .depth(ReviewDepth.FULL).build())
        .containsExactly("criterion: expected the criterion a partnership-criterion review looked at, got nothing");
  }

  @Test
  void only_a_criterion_review_names_a_criterion() {
    refusedFields(ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY)
        .criterion(PartnershipCriterion.EFFICIENT).date(APRIL_23).depth(ReviewDepth.FULL).build())
        .containsExactly("criterion");
  }

  @Test
  void a_partial_delivery_review_lists_its_themes_with_a_justification_and_a_date_for_the_rest() {
    ReviewRecord partial = ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY)
        .themes(List.of("Crime", "Health", "Housing")).justification("Priority themes for NRF years 4 and 5")
        .restDueBy(LocalDate.of(2004, 4, 30)).date(APRIL_23).depth(ReviewDepth.FULL)
        .finding(TrafficLight.AMBER).build().get();

    assertThat(partial.themes()).hasSize(3);
    assertThat(partial.foundWeakness()).isTrue();
  }

  @Test
  void the_rest_cannot_be_due_before_the_review_itself() {
    refusedWith(ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY).themes(List.of("Crime"))
        .justification("why").restDueBy(LocalDate.of(2004, 4, 1)).date(APRIL_23).depth(ReviewDepth.FULL)
        .build())
        .containsExactly("restDueBy: expected a date on or after the review date 2004-04-23, got 2004-04-01");
  }

  @Test
  void a_justification_belongs_only_to_a_partial_delivery_review() {
    refusedFields(ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY).justification("why").date(APRIL_23)
        .depth(ReviewDepth.FULL).build())
        .containsExactly("justification");
    refusedFields(ReviewRecord.newBuilder().kind(ReviewKind.IMPROVEMENT_PLAN).themes(List.of("Crime"))
        .date(APRIL_23).depth(ReviewDepth.LIGHT).build())
        .containsExactly("themes");
  }

  @Test
  void a_theme_listed_twice_is_refused() {
    refusedFields(ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY).themes(List.of("Crime", "Crime"))
        .justification("why").date(APRIL_23).depth(ReviewDepth.FULL).build())
        .containsExactly("themes");
  }

  @Test
  void missing_kind_date_and_depth_are_named_together() {
    refusedFields(ReviewRecord.newBuilder().themes(List.of(" ")).build())
        .containsExactly("kind", "date", "depth", "themes[0]");
  }

  @Test
  void weakness_is_amber_or_red() {
    assertThat(ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, APRIL_23, ReviewDepth.FULL, Option.some(TrafficLight.RED)).foundWeakness()).isTrue();
    assertThat(ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, APRIL_23, ReviewDepth.FULL, Option.some(TrafficLight.GREEN)).foundWeakness()).isFalse();
    assertThat(ReviewRecord.delivery(APRIL_23, ReviewDepth.LIGHT, Option.none()).foundWeakness()).isFalse();
    assertThat(PartnershipCriterion.values()).hasSize(6);
    assertThat(PartnershipCriterion.LEARNING_AND_DEVELOPMENT.label()).isEqualTo("Learning and development");
  }
}
