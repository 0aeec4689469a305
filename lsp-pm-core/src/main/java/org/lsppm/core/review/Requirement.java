package org.lsppm.core.review;

/** What a review finding checks. */
public enum Requirement {
  /** Delivery reviewed at least every {@code deliveryMonths}. */
  DELIVERY_REVIEW,
  /** The themes a partial delivery review left out, reviewed by the date it set. */
  REMAINING_THEMES_REVIEW,
  /** Each partnership criterion fully reviewed at least every {@code criterionFullReviewMonths}. */
  CRITERION_FULL_REVIEW,
  /** A criterion whose last review found it weak, reviewed again within {@code weakCriterionMonths}. */
  WEAK_CRITERION_REVIEW,
  /** The improvement plan reviewed at least every {@code improvementPlanMonths}. */
  IMPROVEMENT_PLAN_REVIEW,
  /** Reward-bearing targets given a progress update at least every {@code rewardTargetsMonths}. */
  REWARD_TARGETS_UPDATE
}
