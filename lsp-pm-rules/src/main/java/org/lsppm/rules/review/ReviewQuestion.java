package org.lsppm.rules.review;

import java.time.LocalDate;
import org.lsppm.core.review.ReviewSchedule.Due;

/**
 * The fact the review-frequency rules reason over: one required review with its due date
 * ({@link org.lsppm.core.review.ReviewSchedule}) as an epoch day, so that the rules compare whole
 * numbers with the unit's as-of date and due-soon window ({@link ReviewUnit}). Never modified.
 */
public final class ReviewQuestion {
  private final Due due;
  private final boolean hasDue;
  private final long dueDay;

  /** The question of when {@code due} is due. */
  public ReviewQuestion(Due due) {
    this.due = due;
    this.hasDue = due.due().isDefined();
    this.dueDay = due.due().map(LocalDate::toEpochDay).getOrElse(0L);
  }

  /** The required review and its due date. */
  public Due due() {
    return due;
  }

  /** Whether there is a due date (there is none when never reviewed). */
  public boolean isHasDue() {
    return hasDue;
  }

  /** The due date as an epoch day; 0 when there is none. */
  public long getDueDay() {
    return dueDay;
  }

  @Override
  public String toString() {
    return due.toString();
  }
}
