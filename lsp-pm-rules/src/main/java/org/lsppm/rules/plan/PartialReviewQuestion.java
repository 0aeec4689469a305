package org.lsppm.rules.plan;

/** The fact about a partnership's latest delivery review when it covered only some themes. */
public final class PartialReviewQuestion extends Subject {
  private final int priorityThemes;
  private final int minimumPriorityThemes;
  private final boolean hasJustification;
  private final boolean hasDateForTheRest;

  PartialReviewQuestion(int position, String subject, int priorityThemes, int minimumPriorityThemes,
      boolean hasJustification, boolean hasDateForTheRest) {
    super(Kind.PARTIAL_REVIEW, position, subject);
    this.priorityThemes = priorityThemes;
    this.minimumPriorityThemes = minimumPriorityThemes;
    this.hasJustification = hasJustification;
    this.hasDateForTheRest = hasDateForTheRest;
  }

  /** How many of the covered themes answer to a priority area. */
  public int getPriorityThemes() {
    return priorityThemes;
  }

  public int getMinimumPriorityThemes() {
    return minimumPriorityThemes;
  }

  public boolean isHasJustification() {
    return hasJustification;
  }

  public boolean isHasDateForTheRest() {
    return hasDateForTheRest;
  }
}
