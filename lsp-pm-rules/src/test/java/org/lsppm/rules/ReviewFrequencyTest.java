package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.rules.ReviewFixtures.allCriteria;
import static org.lsppm.rules.ReviewFixtures.criterion;
import static org.lsppm.rules.ReviewFixtures.d;
import static org.lsppm.rules.ReviewFixtures.delivery;
import static org.lsppm.rules.ReviewFixtures.partnership;
import static org.lsppm.rules.ReviewFixtures.plan;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Problem;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.Requirement;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewFinding;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.review.ReviewSchedule;
import org.lsppm.core.review.ReviewStatus;

/** How often each review must happen, as of an explicit date. */
class ReviewFrequencyTest {
  private static final ReviewEngine ENGINE = DroolsReviewEngine.withDefaults();

  private static ReviewReport check(Partnership p, String asOf) {
    return ENGINE.check(p, d(asOf)).get();
  }

  private static ReviewFinding finding(ReviewReport r, Requirement requirement) {
    return r.reviews().find(f -> f.requirement() == requirement && f.criterion().isEmpty()).get();
  }

  private static ReviewFinding finding(ReviewReport r, Requirement requirement, PartnershipCriterion c) {
    return r.reviews().find(f -> f.requirement() == requirement && f.criterion().contains(c)).get();
  }

  @Test
  void delivery_is_due_a_year_after_the_last_review_due_soon_within_30_days_and_overdue_after() {
    Partnership p = partnership(List.of(delivery("2004-04-23")));

    ReviewFinding onTime = finding(check(p, "2005-03-01"), Requirement.DELIVERY_REVIEW);
    assertThat(onTime.status()).isEqualTo(ReviewStatus.ON_TIME);
    assertThat(onTime.due()).contains(d("2005-04-23"));
    assertThat(onTime.rule().value()).isEqualTo("ReviewOnTime");
    assertThat(finding(check(p, "2005-03-24"), Requirement.DELIVERY_REVIEW).status()).isEqualTo(ReviewStatus.DUE_SOON);
    assertThat(finding(check(p, "2005-04-23"), Requirement.DELIVERY_REVIEW).status()).isEqualTo(ReviewStatus.DUE_SOON);
    ReviewFinding overdue = finding(check(p, "2005-04-24"), Requirement.DELIVERY_REVIEW);
    assertThat(overdue.status()).isEqualTo(ReviewStatus.OVERDUE);
    assertThat(overdue.rule().value()).isEqualTo("ReviewOverdue");
    assertThat(finding(check(p, "2005-03-23"), Requirement.DELIVERY_REVIEW).status()).isEqualTo(ReviewStatus.ON_TIME);
  }

  @Test
  void a_review_never_recorded_is_never_reviewed_with_no_due_date() {
    ReviewFinding f = finding(check(partnership(List.empty()), "2004-04-30"), Requirement.DELIVERY_REVIEW);

    assertThat(f.status()).isEqualTo(ReviewStatus.NEVER_REVIEWED);
    assertThat(f.due()).isEmpty();
    assertThat(f.rule().value()).isEqualTo("NeverReviewed");
  }

  @Test
  void a_review_on_31_august_is_due_six_months_later_on_the_last_day_of_february() {
    assertThat(ReviewSchedule.plusMonths(d("2004-08-31"), 6)).isEqualTo(d("2005-02-28"));
    assertThat(ReviewSchedule.plusMonths(d("2003-08-31"), 6)).isEqualTo(d("2004-02-29"));
    assertThat(ReviewSchedule.plusMonths(d("2004-02-29"), 12)).isEqualTo(d("2005-02-28"));
    assertThat(finding(check(partnership(List.of(plan("2004-08-31"))), "2005-03-01"), Requirement.IMPROVEMENT_PLAN_REVIEW).due())
        .contains(d("2005-02-28"));
  }

  @Test
  void each_criterion_needs_a_full_review_every_three_years_and_a_light_one_does_not_reset_the_clock() {
    List<ReviewRecord> reviews = allCriteria("2002-01-31")
        .append(criterion(PartnershipCriterion.STRATEGIC, "2004-04-23", ReviewDepth.LIGHT, TrafficLight.GREEN));
    ReviewReport r = check(partnership(reviews), "2005-02-01");

    ReviewFinding strategic = finding(r, Requirement.CRITERION_FULL_REVIEW, PartnershipCriterion.STRATEGIC);
    assertThat(strategic.lastReview()).contains(d("2002-01-31"));
    assertThat(strategic.due()).contains(d("2005-01-31"));
    assertThat(strategic.status()).isEqualTo(ReviewStatus.OVERDUE);
    assertThat(r.reviews().filter(f -> f.requirement() == Requirement.CRITERION_FULL_REVIEW)).hasSize(6);
  }

  @Test
  void a_criterion_found_weak_is_reviewed_again_within_a_year_and_a_later_clean_review_lifts_it() {
    List<ReviewRecord> weak = allCriteria("2002-01-31").remove(allCriteria("2002-01-31").get(1))
        .append(criterion(PartnershipCriterion.INCLUSIVE, "2002-01-31", ReviewDepth.FULL, TrafficLight.AMBER));
    ReviewFinding f = finding(check(partnership(weak), "2004-04-30"), Requirement.WEAK_CRITERION_REVIEW, PartnershipCriterion.INCLUSIVE);
    assertThat(f.due()).contains(d("2003-01-31"));
    assertThat(f.status()).isEqualTo(ReviewStatus.OVERDUE);

    List<ReviewRecord> lifted = weak.append(criterion(PartnershipCriterion.INCLUSIVE, "2003-01-15", ReviewDepth.LIGHT, TrafficLight.GREEN));
    assertThat(check(partnership(lifted), "2004-04-30").reviews().filter(x -> x.requirement() == Requirement.WEAK_CRITERION_REVIEW)).isEmpty();
  }

  @Test
  void the_last_review_of_a_criterion_decides_whatever_order_the_reviews_were_recorded_in() {
    ReviewRecord weakEarly = criterion(PartnershipCriterion.INCLUSIVE, "2003-06-30", ReviewDepth.LIGHT, TrafficLight.RED);
    ReviewRecord cleanLater = criterion(PartnershipCriterion.INCLUSIVE, "2003-09-30", ReviewDepth.LIGHT, TrafficLight.GREEN);
    ReviewRecord weakSameDay = criterion(PartnershipCriterion.INCLUSIVE, "2003-09-30", ReviewDepth.LIGHT, TrafficLight.AMBER);
    ReviewRecord otherWeak = criterion(PartnershipCriterion.STRATEGIC, "2003-06-30", ReviewDepth.FULL, TrafficLight.AMBER);

    for (List<ReviewRecord> order : List.of(List.of(weakEarly, cleanLater, otherWeak), List.of(otherWeak, cleanLater, weakEarly))) {
      assertThat(check(partnership(order), "2004-04-30").reviews().filter(x -> x.requirement() == Requirement.WEAK_CRITERION_REVIEW)
          .map(x -> x.criterion().get())).containsExactly(PartnershipCriterion.STRATEGIC);
    }
    // Of two reviews on one day, the one that found weakness counts: one re-review, due a year after that day.
    for (List<ReviewRecord> order : List.of(List.of(weakEarly, cleanLater, weakSameDay), List.of(weakSameDay, cleanLater, weakEarly))) {
      List<ReviewFinding> again = check(partnership(order), "2004-04-30").reviews()
          .filter(x -> x.requirement() == Requirement.WEAK_CRITERION_REVIEW);
      assertThat(again).singleElement().satisfies(f -> {
        assertThat(f.criterion()).contains(PartnershipCriterion.INCLUSIVE);
        assertThat(f.lastReview()).contains(d("2003-09-30"));
        assertThat(f.due()).contains(d("2004-09-30"));
        assertThat(f.status()).isEqualTo(ReviewStatus.ON_TIME);
        assertThat(f.rule().value()).isEqualTo("ReviewOnTime");
      });
    }
  }

  @Test
  void reward_bearing_targets_need_a_six_monthly_update_only_where_there_are_some() {
    assertThat(check(partnership(List.empty()), "2009-07-15").reviews().map(ReviewFinding::requirement))
        .doesNotContain(Requirement.REWARD_TARGETS_UPDATE);
    Indicator designated = Indicator.newBuilder().code("NI 16").title("Crime").theme("Safer Communities")
        .polarity(Polarity.LOWER_IS_BETTER).unit("rate").flags(List.of(IndicatorFlag.LAA_DESIGNATED))
        .build().get();
    ReviewRecord update = ReviewRecord.newBuilder().kind(ReviewKind.REWARD_TARGETS).date(d("2009-03-31"))
        .depth(ReviewDepth.LIGHT).build().get();
    ReviewReport r = check(partnership(List.of(update), List.empty(), List.empty(), List.empty(), List.of(designated)), "2009-07-15");
    assertThat(finding(r, Requirement.REWARD_TARGETS_UPDATE).due()).contains(d("2009-09-30"));
    assertThat(finding(r, Requirement.REWARD_TARGETS_UPDATE).status()).isEqualTo(ReviewStatus.ON_TIME);
  }

  @Test
  void the_themes_a_partial_review_left_out_are_due_by_the_date_it_set() {
    ReviewRecord partial = ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY)
        .themes(List.of("Safer Communities", "Learning", "Health"))
        .justification("Priority themes for NRF years 4 and 5").restDueBy(d("2004-04-30"))
        .date(d("2004-04-23")).depth(ReviewDepth.FULL).build().get();
    ReviewReport r = check(partnership(List.of(partial)), "2004-05-17");

    ReviewFinding rest = finding(r, Requirement.REMAINING_THEMES_REVIEW);
    assertThat(rest.due()).contains(d("2004-04-30"));
    assertThat(rest.status()).isEqualTo(ReviewStatus.OVERDUE);
    assertThat(r.plan()).isEmpty();
  }

  @Test
  void the_calendar_lists_what_falls_due_in_date_order() {
    List<ReviewRecord> reviews = allCriteria("2002-01-31").append(delivery("2004-04-23")).append(plan("2004-05-17"));
    ReviewReport r = check(partnership(reviews), "2004-06-01");

    assertThat(r.calendar(12).map(f -> f.due().get() + " " + f.subject())).containsExactly(
        "2004-11-17 Improvement plan", "2005-01-31 Full review of criterion: Strategic", "2005-01-31 Full review of criterion: Inclusive",
        "2005-01-31 Full review of criterion: Action-focused", "2005-01-31 Full review of criterion: Performance managed",
        "2005-01-31 Full review of criterion: Efficient", "2005-01-31 Full review of criterion: Learning and development",
        "2005-04-23 Delivery");
    assertThat(r.calendar(6).map(f -> f.requirement())).containsExactly(Requirement.IMPROVEMENT_PLAN_REVIEW);
  }

  @Test
  void a_review_dated_after_the_as_of_date_is_refused_not_dropped() {
    Partnership p = partnership(List.of(delivery("2004-04-23"), plan("2004-06-01")));

    assertThat(ENGINE.check(p, d("2004-05-01")).getError().map(Problem::message))
        .containsExactly("reviews[1].date: expected a date on or before the as-of date 2004-05-01, got 2004-06-01");
  }

  @Test
  void duplicate_records_and_unknown_themes_are_refused_by_the_partnership() {
    assertThat(org.lsppm.core.partnership.Partnership.newBuilder().name("P")
        .area("A")
        .nrfAllocation(org.lsppm.core.Money.zero())
        .themes(ReviewFixtures.THEMES)
        .reviews(List.of(delivery("2004-04-23"), delivery("2004-04-23"),
            ReviewRecord.newBuilder().kind(ReviewKind.DELIVERY)
            .themes(List.of("Transport")).justification("why").date(d("2004-01-01")).depth(ReviewDepth.FULL)
            .build().get()))
        .build().getError().map(Problem::field))
        .containsExactly("reviews[1]", "reviews[2].themes[0]");
  }

  @Test
  void findings_do_not_depend_on_the_order_records_arrive_in() {
    List<ReviewRecord> reviews = allCriteria("2002-01-31").append(delivery("2004-04-23")).append(plan("2003-09-15"))
        .append(criterion(PartnershipCriterion.INCLUSIVE, "2002-01-31", ReviewDepth.LIGHT, TrafficLight.RED));
    assertThat(check(partnership(reviews.reverse()), "2004-04-30")).isEqualTo(check(partnership(reviews), "2004-04-30"));
    assertThat(check(partnership(reviews), "2004-04-30").needingAction().map(ReviewFinding::subject))
        .containsExactly("Weak criterion re-review: Inclusive", "Improvement plan");
  }
}
