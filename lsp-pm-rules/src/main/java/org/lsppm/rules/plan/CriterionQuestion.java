package org.lsppm.rules.plan;

import org.lsppm.core.criterion.PartnershipCriterion;

/** One of the six partnership criteria, as the subject of a plan finding. */
public final class CriterionQuestion extends Subject {
  private final PartnershipCriterion criterion;

  CriterionQuestion(PartnershipCriterion criterion) {
    super(Kind.CRITERION, criterion.ordinal(), "criterion " + criterion.label());
    this.criterion = criterion;
  }

  public PartnershipCriterion getCriterion() {
    return criterion;
  }
}
