package org.lsppm.core.criterion;

/**
 * The six criteria on which Government Offices judged partnership working (accreditation 2002,
 * core requirements 2004). Each needs a full review at least every three years.
 */
public enum PartnershipCriterion {
  STRATEGIC("Strategic"),
  INCLUSIVE("Inclusive"),
  ACTION_FOCUSED("Action-focused"),
  PERFORMANCE_MANAGED("Performance managed"),
  EFFICIENT("Efficient"),
  LEARNING_AND_DEVELOPMENT("Learning and development");

  private final String label;

  PartnershipCriterion(String label) {
    this.label = label;
  }

  /** As the guidance writes it. */
  public String label() {
    return label;
  }
}
