package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.lsppm.core.Money;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;

/** Partnerships with review records, written as a 2004 partnership support officer would list them. */
final class ReviewFixtures {
  static final List<Theme> THEMES = List.of(
      Theme.of("Safer Communities", PriorityArea.CRIME).get(), Theme.of("Learning", PriorityArea.EDUCATION).get(),
      Theme.of("Health", PriorityArea.HEALTH).get(), Theme.of("Homes", PriorityArea.HOUSING).get(),
      Theme.of("Culture", null).get());

  private ReviewFixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static ReviewRecord delivery(String date) {
    return ReviewRecord.delivery(d(date), ReviewDepth.FULL, Option.none());
  }

  static ReviewRecord plan(String date) {
    return ReviewRecord.newBuilder().kind(ReviewKind.IMPROVEMENT_PLAN).date(d(date)).depth(ReviewDepth.LIGHT)
        .build().get();
  }

  static ReviewRecord criterion(PartnershipCriterion c, String date, ReviewDepth depth, TrafficLight finding) {
    return ReviewRecord.criterionReview(c, d(date), depth, Option.of(finding));
  }

  /** A full review of every criterion on {@code date}, all Green. */
  static List<ReviewRecord> allCriteria(String date) {
    return List.of(PartnershipCriterion.values()).map(c -> criterion(c, date, ReviewDepth.FULL, TrafficLight.GREEN));
  }

  static Partnership partnership(List<ReviewRecord> reviews) {
    return partnership(reviews, List.empty(), List.empty(), List.empty(), List.empty());
  }

  static Partnership partnership(List<ReviewRecord> reviews, List<SmartAction> actions, List<ImprovementPlanItem> items,
      List<OutcomeAssessment> outcomes, List<Indicator> indicators) {
    return Partnership.newBuilder().name("KCP")
        .area("Kensington and Chelsea")
        .nrfAllocation(Money.ofPounds(1_000_000))
        .themes(THEMES)
        .indicators(indicators)
        .outcomes(outcomes)
        .reviews(reviews)
        .improvementPlan(ImprovementPlan.of(items))
        .actions(actions)
        .build().get();
  }
}
