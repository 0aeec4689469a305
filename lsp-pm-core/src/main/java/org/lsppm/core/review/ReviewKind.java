package org.lsppm.core.review;

/** What a review looked at. */
public enum ReviewKind {
  /** Delivery of the strategy: all themes, or the themes listed on the record. */
  DELIVERY,
  /** One of the six partnership criteria. */
  PARTNERSHIP_CRITERION,
  /** The improvement plan. */
  IMPROVEMENT_PLAN,
  /** A progress update on the reward-bearing (stretch, designated) targets. */
  REWARD_TARGETS
}
