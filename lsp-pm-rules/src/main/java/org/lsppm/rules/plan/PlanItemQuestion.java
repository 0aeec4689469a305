package org.lsppm.rules.plan;

import org.lsppm.core.plan.ImprovementPlanItem;

/** The fact the plan-item rules reason over: which of the five fields an improvement-plan item has. */
public final class PlanItemQuestion extends Subject {
  private final ImprovementPlanItem item;

  PlanItemQuestion(int order, String subject, ImprovementPlanItem item) {
    super(order, subject);
    this.item = item;
  }

  public boolean isHasAction() {
    return item.action().isDefined();
  }

  public boolean isHasCompletionDate() {
    return item.completionDate().isDefined();
  }

  public boolean isHasKeyContact() {
    return item.keyContact().isDefined();
  }

  public boolean isHasSupportNeeded() {
    return item.supportNeeded().isDefined();
  }

  public boolean isHasSupportProvision() {
    return item.supportProvision().isDefined();
  }
}
