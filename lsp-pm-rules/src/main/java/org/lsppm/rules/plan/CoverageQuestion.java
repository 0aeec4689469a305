package org.lsppm.rules.plan;

/**
 * The fact the coverage rules reason over: a theme with an outcome that is not Green, or a
 * criterion whose last review found weakness, and whether the improvement plan has an item for it.
 */
public final class CoverageQuestion extends Subject {
  private final boolean criterion;
  private final boolean covered;

  CoverageQuestion(int order, String subject, boolean criterion, boolean covered) {
    super(order, subject);
    this.criterion = criterion;
    this.covered = covered;
  }

  /** Whether the subject is a weak criterion (otherwise a theme with a non-Green outcome). */
  public boolean isCriterion() {
    return criterion;
  }

  public boolean isCovered() {
    return covered;
  }
}
