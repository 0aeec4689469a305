package org.lsppm.rules.plan;

import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.theme.ThemeName;

/** The fact the plan-item rules reason over: which of the five fields an improvement-plan item has, and what it is for. */
public final class PlanItemQuestion extends Subject {
  private final ImprovementPlanItem item;

  PlanItemQuestion(int position, String subject, ImprovementPlanItem item) {
    super(Kind.PLAN_ITEM, position, subject);
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

  /** The theme the item is for; null when it is for a criterion. */
  public ThemeName getTheme() {
    return item.theme().getOrNull();
  }

  /** The criterion the item is for; null when it is for a theme. */
  public PartnershipCriterion getCriterion() {
    return item.criterion().getOrNull();
  }
}
