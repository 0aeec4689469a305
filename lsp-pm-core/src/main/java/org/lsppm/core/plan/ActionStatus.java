package org.lsppm.core.plan;

/** Where an action stands. */
public enum ActionStatus {
  OPEN,
  COMPLETE
}
