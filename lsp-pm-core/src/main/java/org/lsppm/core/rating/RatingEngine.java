package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.Consumer;

/**
 * Derives traffic lights under one {@link RatingPolicy}. Implementations are built once per policy
 * and are safe to share between threads; every result names the rule that decided it and carries
 * the policy. The Drools implementation lives in {@code lsp-pm-rules}.
 */
public interface RatingEngine {

  /** The policy every result of this engine is made under. */
  RatingPolicy policy();

  /**
   * Rates any number of measurements, in order: one rating per measurement.
   *
   * @throws NullPointerException if {@code measurements} or an element is null
   */
  Seq<IndicatorRating> rate(Iterable<Measurement> measurements);

  /**
   * Rates any number of measurements, handing each rating to {@code sink} in order without keeping
   * them, for inputs too large to hold twice in memory.
   */
  void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink);

  /** Rates one measurement. */
  default IndicatorRating rate(Measurement measurement) {
    return rate(List.of(measurement)).head();
  }

  /** The light of a 1-5 progress score. */
  ScoreRating rate(ProgressScore score);

  /**
   * The overall four-band rating of a partnership (a {@link org.lsppm.core.partnership.Partnership}
   * is one) from its recorded LAA1 outcomes' Progress lights and its improvement plan, and whether
   * it qualifies for lighter reporting.
   */
  PartnershipRating rate(PartnershipOutcomes partnership);

  /**
   * An LAA2 designated target's risk as a light, and whether its annual target was met according
   * to {@code annual}, the rating of the year's outturn against its target (none if not rated).
   */
  DesignatedRating rate(DesignatedTargetAssessment assessment, io.vavr.control.Option<IndicatorRating> annual);

  /** The three LAA1 lights of an outcome from its evidence. */
  OutcomeRating assess(OutcomeEvidence evidence);
}
