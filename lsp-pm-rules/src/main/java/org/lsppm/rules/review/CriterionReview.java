package org.lsppm.rules.review;

import io.vavr.collection.Seq;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewSchedule;

/**
 * A fact for the rules that ask what the last review of a criterion found: one review of one
 * criterion, with its place among all the partnership's reviews of criteria as
 * {@link ReviewSchedule#LATER} orders them (the higher, the later; no two share a place), so that
 * a rule finds the last review of a criterion by matching that no review of it is later. Never
 * modified.
 */
public final class CriterionReview {
  private final ReviewRecord record;
  private final PartnershipCriterion criterion;
  private final int place;

  private CriterionReview(ReviewRecord record, int place) {
    this.record = record;
    this.criterion = record.criterion().get();
    this.place = place;
  }

  /** One fact per review of a criterion among {@code reviews}, each with its place. */
  public static Seq<CriterionReview> of(Seq<ReviewRecord> reviews) {
    return reviews.filter(r -> r.criterion().isDefined()).sorted(ReviewSchedule.LATER).zipWithIndex()
        .map(t -> new CriterionReview(t._1, t._2));
  }

  /** The review as recorded. */
  public ReviewRecord getRecord() {
    return record;
  }

  /** The criterion reviewed. */
  public PartnershipCriterion getCriterion() {
    return criterion;
  }

  /** Its place among the reviews of criteria, earliest first. */
  public int getPlace() {
    return place;
  }

  /** Whether the review found the criterion weak (Amber or Red). */
  public boolean isFoundWeakness() {
    return record.foundWeakness();
  }

  @Override
  public String toString() {
    return criterion + " reviewed " + record.date();
  }
}
