package org.lsppm.rules.plan;

import org.lsppm.core.criterion.PartnershipCriterion;

/** One of the six criteria with a review, and whether the last review that counts found it weak (Amber or Red). */
public final class CriterionQuestion extends Subject {
  private final PartnershipCriterion criterion;
  private final boolean lastFoundWeak;

  CriterionQuestion(PartnershipCriterion criterion, boolean lastFoundWeak) {
    super(Kind.CRITERION, criterion.ordinal(), "criterion " + criterion.label());
    this.criterion = criterion;
    this.lastFoundWeak = lastFoundWeak;
  }

  public PartnershipCriterion getCriterion() {
    return criterion;
  }

  public boolean isLastFoundWeak() {
    return lastFoundWeak;
  }
}
