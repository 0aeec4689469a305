package org.lsppm.rules.plan;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewSchedule;
import org.lsppm.core.review.ReviewedPartnership;
import org.lsppm.core.theme.Theme;
import org.lsppm.rules.review.CriterionReview;

/** The facts the plan rules need from a partnership on a date, as a {@link PlanUnit}. */
public final class PlanFacts {
  private PlanFacts() {}

  /**
   * A unit holding every plan fact of {@code p} on {@code asOf}; {@code criterionReviews} are its
   * reviews of criteria as {@link CriterionReview#of} places them (the review unit takes the same).
   */
  public static PlanUnit of(ReviewedPartnership p, Seq<CriterionReview> criterionReviews, LocalDate asOf, ReviewPolicy policy) {
    PlanUnit unit = new PlanUnit();
    p.actions().zipWithIndex().forEach(t -> unit.getActions().add(new ActionQuestion(t._2,
        "actions[" + t._2 + "]: " + t._1.description(), t._1, asOf)));
    p.improvementPlan().items().zipWithIndex().forEach(t -> unit.getItems().add(new PlanItemQuestion(t._2,
        "improvement plan item " + (t._2 + 1) + " (" + itemSubject(t._1) + ")", t._1)));
    p.themes().map(Theme::name).appendAll(p.outcomes().flatMap(o -> o.theme())).distinct().sorted()
        .zipWithIndex().forEach(t -> unit.getThemes().add(new ThemeQuestion(t._2, t._1)));
    p.outcomes().forEach(o -> o.theme().forEach(theme -> unit.getOutcomes().add(new OutcomeLight(theme, o.progress()))));
    List.of(PartnershipCriterion.values()).forEach(c -> unit.getCriteria().add(new CriterionQuestion(c)));
    criterionReviews.forEach(unit.getCriterionReviews()::add);
    Option<ReviewRecord> partial = ReviewSchedule.latest(p.reviews().filter(r -> r.kind() == ReviewKind.DELIVERY))
        .filter(r -> !r.themes().isEmpty());
    partial.forEach(r -> unit.getPartialReviews().add(new PartialReviewQuestion(0,
        "partial delivery review of " + r.date() + " (" + r.themes().mkString(", ") + ")",
        r.themes().count(t -> p.themes().exists(th -> th.name().equals(t) && th.isPriority())),
        policy.minimumPriorityThemes(), r.justification().isDefined(), r.restDueBy().isDefined())));
    return unit;
  }

  private static String itemSubject(ImprovementPlanItem item) {
    return item.theme().map(t -> "theme " + t).getOrElse(() -> "criterion " + item.criterion().get().label());
  }
}
