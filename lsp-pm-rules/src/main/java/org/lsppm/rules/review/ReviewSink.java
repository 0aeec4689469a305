package org.lsppm.rules.review;

import org.lsppm.core.review.ReviewStatus;

/** Where the review-frequency rules write one status per question. Used by one session on one thread. */
public final class ReviewSink {
  private final ReviewStatus[] statuses;
  private final String[] rules;

  /** A sink for {@code size} questions. */
  public ReviewSink(int size) {
    statuses = new ReviewStatus[size];
    rules = new String[size];
  }

  /** Records question {@code q}'s status; a second decision is a defect in the rules. */
  public void status(ReviewQuestion q, ReviewStatus status, String rule) {
    int i = q.getIndex();
    if (rules[i] != null) {
      throw new IllegalStateException("two review rules fired for " + q.due() + ": " + rules[i] + ", " + rule);
    }
    statuses[i] = status;
    rules[i] = rule;
  }

  /** The status decided for question {@code i}. */
  public ReviewStatus statusOf(int i) {
    return statuses[i];
  }

  /** The rule that decided question {@code i}. */
  public String ruleOf(int i) {
    if (rules[i] == null) {
      throw new IllegalStateException("no review rule fired for question " + i);
    }
    return rules[i];
  }
}
