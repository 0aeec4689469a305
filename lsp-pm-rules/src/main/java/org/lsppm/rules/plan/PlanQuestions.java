package org.lsppm.rules.plan;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.PartnershipCriterion;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewSchedule;
import org.lsppm.core.theme.ThemeName;

/** The facts the plan rules need from a partnership, in report order: actions, plan items, coverage, the partial review. */
public final class PlanQuestions {
  private static final int ITEMS = 100_000;
  private static final int COVERAGE = 200_000;
  private static final int PARTIAL = 300_000;

  private PlanQuestions() {}

  /** Every plan fact of {@code p} on {@code asOf}. */
  public static List<Subject> of(Partnership p, LocalDate asOf, ReviewPolicy policy) {
    List<Subject> actions = p.actions().zipWithIndex().map(t -> new ActionQuestion(t._2,
        "actions[" + t._2 + "]: " + t._1.description(), t._1, asOf));
    List<ImprovementPlanItem> items = p.improvementPlan().items();
    List<Subject> planItems = items.zipWithIndex().map(t -> new PlanItemQuestion(ITEMS + t._2,
        "improvement plan item " + (t._2 + 1) + " (" + itemSubject(t._1) + ")", t._1));
    List<ThemeName> nonGreenThemes = p.outcomes()
        .filter(o -> o.progress() == TrafficLight.AMBER || o.progress() == TrafficLight.RED)
        .flatMap(o -> o.theme()).distinct().sorted();
    List<Subject> themes = nonGreenThemes.zipWithIndex().map(t -> new CoverageQuestion(COVERAGE + t._2,
        "theme " + t._1, false, items.exists(i -> i.theme().contains(t._1))));
    List<PartnershipCriterion> weak = List.of(PartnershipCriterion.values()).filter(c -> latest(p, c).exists(ReviewRecord::foundWeakness));
    List<Subject> criteria = weak.zipWithIndex().map(t -> new CoverageQuestion(COVERAGE + 1000 + t._2,
        "criterion " + t._1.label(), true, items.exists(i -> i.criterion().contains(t._1))));
    Option<ReviewRecord> partial = ReviewSchedule.latest(p.reviews().filter(r -> r.kind() == ReviewKind.DELIVERY))
        .filter(r -> !r.themes().isEmpty());
    List<Subject> partialReview = partial.toList().map(r -> new PartialReviewQuestion(PARTIAL,
        "partial delivery review of " + r.date() + " (" + r.themes().mkString(", ") + ")",
        r.themes().count(t -> p.themes().exists(th -> th.name().equals(t) && th.isPriority())),
        policy.minimumPriorityThemes(), r.justification().isDefined(), r.restDueBy().isDefined()));
    return actions.appendAll(planItems).appendAll(themes).appendAll(criteria).appendAll(partialReview);
  }

  private static Option<ReviewRecord> latest(Partnership p, PartnershipCriterion c) {
    return ReviewSchedule.latest(p.reviews().filter(r -> r.criterion().contains(c)));
  }

  private static String itemSubject(ImprovementPlanItem item) {
    return item.theme().map(t -> "theme " + t).getOrElse(() -> "criterion " + item.criterion().get().label());
  }
}
