package org.lsppm.core.plan;

/** Where an action stands. */
public enum ActionStatus {
  /** Not yet done; overdue once its deadline has passed. */
  OPEN,
  /** Done; never overdue. */
  COMPLETE
}
