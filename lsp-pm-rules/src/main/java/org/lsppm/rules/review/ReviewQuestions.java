package org.lsppm.rules.review;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewSchedule.Due;

/** The review-frequency facts for a list of required reviews, indexed in order. */
public final class ReviewQuestions {
  private ReviewQuestions() {}

  /** One question per due, in order. */
  public static List<ReviewQuestion> of(List<Due> dues, LocalDate asOf, ReviewPolicy policy) {
    return dues.zipWithIndex().map(t -> new ReviewQuestion(t._2, t._1, asOf, policy.dueSoonDays()));
  }
}
