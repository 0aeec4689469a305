package org.lsppm.core.review;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.lsppm.core.Problem;

/**
 * Checks a partnership's reviews, actions and improvement plan against the guidance, as of an
 * explicit date (nothing reads the clock), under one {@link ReviewPolicy}. Implementations are
 * safe to share between threads; the Drools implementation lives in {@code lsp-pm-rules}.
 */
public interface ReviewEngine {

  /** The policy every finding of this engine is made under. */
  ReviewPolicy policy();

  /**
   * The partnership's review position on {@code asOf}; refused (nothing dropped, no partial
   * report) when a review is dated after {@code asOf}.
   */
  Validation<Seq<Problem>, ReviewReport> check(ReviewedPartnership partnership, LocalDate asOf);
}
