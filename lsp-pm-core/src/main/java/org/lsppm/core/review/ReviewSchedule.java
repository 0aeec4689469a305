package org.lsppm.core.review;

import org.lsppm.core.criterion.PartnershipCriterion;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.lsppm.core.Problem;
import org.lsppm.core.indicator.IndicatorFlag;

/**
 * The date arithmetic behind review findings, kept apart from the decisions (which the rules
 * make): for each requirement, the last review that counts and the due date that follows.
 *
 * <p><b>Months.</b> A review is due again on the same day of the month {@code n} months later; where
 * that month has no such day, on its last day ({@link LocalDate#plusMonths}): a review on 31 August
 * with six months is due on 28 February (29 in a leap year), and a review on 29 February 2004 with
 * twelve months on 28 February 2005.
 *
 * <p><b>What counts.</b> Any review of delivery, the plan or the reward-bearing targets counts,
 * light or full. Only a full review of a criterion restarts its three-year clock; a light one does
 * not. The weak-criterion requirement applies while the last review of the criterion (of any
 * depth, {@link #LATER} deciding which is last) found Amber or Red, and is due within its months of
 * that review ({@link #weakCriterionReview}); whether it applies is a rule's decision, so
 * {@link #dues} leaves it out.
 */
public final class ReviewSchedule {
  private ReviewSchedule() {}

  /** One required review: what, for which criterion, the last review that counts, and when it is next due. */
  public record Due(Requirement requirement, Option<PartnershipCriterion> criterion, Option<LocalDate> lastReview,
      Option<LocalDate> due) {}

  /** {@code date} plus {@code months}, clamped to the end of a shorter month. */
  public static LocalDate plusMonths(LocalDate date, int months) {
    return date.plusMonths(months);
  }

  /** Records dated after {@code asOf}, which cannot have happened yet: each a problem, nothing dropped. */
  public static Seq<Problem> problems(ReviewedPartnership partnership, LocalDate asOf) {
    return partnership.reviews().zipWithIndex()
        .filter(t -> t._1.date().isAfter(asOf))
        .map(t -> Problem.of("reviews[" + t._2 + "].date", "a date on or before the as-of date " + asOf, t._1.date()));
  }

  /**
   * Every required review of {@code partnership} whose need follows from the calendar alone, and
   * when it is next due: delivery, the improvement plan, the reward-bearing targets when there are
   * any, each criterion's full review and the themes a partial delivery review left. Not the
   * weak-criterion re-review, which applies only after a review found weakness
   * ({@link #weakCriterionReview}).
   */
  public static List<Due> dues(ReviewedPartnership partnership, ReviewPolicy policy) {
    Seq<ReviewRecord> reviews = partnership.reviews();
    List<Due> dues = List.of(
        every(Requirement.DELIVERY_REVIEW, Option.none(), latest(reviews.filter(r -> r.kind() == ReviewKind.DELIVERY)),
            policy.deliveryMonths()),
        every(Requirement.IMPROVEMENT_PLAN_REVIEW, Option.none(),
            latest(reviews.filter(r -> r.kind() == ReviewKind.IMPROVEMENT_PLAN)), policy.improvementPlanMonths()));
    boolean rewardBearing = !partnership.stretchTargets().isEmpty()
        || partnership.indicators().exists(i -> i.has(IndicatorFlag.REWARD_BEARING) || i.has(IndicatorFlag.LAA_DESIGNATED));
    if (rewardBearing) {
      dues = dues.append(every(Requirement.REWARD_TARGETS_UPDATE, Option.none(),
          latest(reviews.filter(r -> r.kind() == ReviewKind.REWARD_TARGETS)), policy.rewardTargetsMonths()));
    }
    for (PartnershipCriterion c : PartnershipCriterion.values()) {
      Seq<ReviewRecord> ofCriterion = reviews.filter(r -> r.criterion().contains(c));
      dues = dues.append(every(Requirement.CRITERION_FULL_REVIEW, Option.some(c),
          latest(ofCriterion.filter(r -> r.depth() == ReviewDepth.FULL)), policy.criterionFullReviewMonths()));
    }
    Option<ReviewRecord> lastDelivery = latest(reviews.filter(r -> r.kind() == ReviewKind.DELIVERY));
    if (lastDelivery.exists(r -> !r.themes().isEmpty() && r.restDueBy().isDefined())) {
      dues = dues.append(new Due(Requirement.REMAINING_THEMES_REVIEW, Option.none(),
          lastDelivery.map(ReviewRecord::date), lastDelivery.get().restDueBy()));
    }
    return dues;
  }

  /**
   * The re-review of {@code criterion} that {@code last}, the last review of it, calls for when it
   * found the criterion weak: due within the policy's weak-criterion months of that review.
   */
  public static Due weakCriterionReview(PartnershipCriterion criterion, ReviewRecord last, ReviewPolicy policy) {
    return every(Requirement.WEAK_CRITERION_REVIEW, Option.some(criterion), Option.some(last), policy.weakCriterionMonths());
  }

  private static Due every(Requirement requirement, Option<PartnershipCriterion> criterion, Option<ReviewRecord> last, int months) {
    return new Due(requirement, criterion, last.map(ReviewRecord::date), last.map(r -> plusMonths(r.date(), months)));
  }

  /**
   * Which of two reviews counts as the later: the later date; of two on the same day, one that
   * found weakness over one that did not, then a full one over a light one, then the one covering
   * more themes, whatever order they were recorded in.
   */
  public static final java.util.Comparator<ReviewRecord> LATER = java.util.Comparator.comparing(ReviewRecord::date)
      .thenComparing(ReviewRecord::foundWeakness)
      .thenComparing(r -> r.depth() == ReviewDepth.FULL)
      .thenComparing(r -> r.themes().size());

  /** The latest review, as {@link #LATER} orders them. */
  public static Option<ReviewRecord> latest(Seq<ReviewRecord> reviews) {
    return reviews.maxBy(LATER);
  }
}
