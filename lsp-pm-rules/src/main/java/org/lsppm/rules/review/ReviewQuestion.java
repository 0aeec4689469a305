package org.lsppm.rules.review;

import java.time.LocalDate;
import org.lsppm.core.review.ReviewSchedule.Due;

/**
 * The fact the review-frequency rules reason over: one required review with its due date
 * ({@link org.lsppm.core.review.ReviewSchedule}), the as-of date and the end of the due-soon
 * window, all as epoch days so that the rules compare whole numbers. Never modified.
 */
public final class ReviewQuestion {
  private final Due due;
  private final boolean hasDue;
  private final long dueDay;
  private final long asOfDay;
  private final long dueSoonUntilDay;

  public ReviewQuestion(Due due, LocalDate asOf, int dueSoonDays) {
    this.due = due;
    this.hasDue = due.due().isDefined();
    this.dueDay = due.due().map(LocalDate::toEpochDay).getOrElse(0L);
    this.asOfDay = asOf.toEpochDay();
    this.dueSoonUntilDay = asOf.plusDays(dueSoonDays).toEpochDay();
  }

  /** The required review and its due date. */
  public Due due() {
    return due;
  }

  /** Whether there is a due date (there is none when never reviewed). */
  public boolean isHasDue() {
    return hasDue;
  }

  public long getDueDay() {
    return dueDay;
  }

  public long getAsOfDay() {
    return asOfDay;
  }

  /** The last day of the due-soon window. */
  public long getDueSoonUntilDay() {
    return dueSoonUntilDay;
  }

  @Override
  public String toString() {
    return due.toString();
  }
}
