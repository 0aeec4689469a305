package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.lsppm.core.Money;

/**
 * What the overall rating reads of a partnership: its recorded LAA1 outcomes, the outcomes its
 * improvement plan has an action for, and its NRF allocation. A
 * {@link org.lsppm.core.partnership.Partnership} is one.
 */
public interface PartnershipOutcomes {
  /** The recorded LAA1 outcomes. */
  List<OutcomeAssessment> outcomes();

  /** The outcomes an improvement-plan item names. */
  Set<OutcomeId> outcomesWithAction();

  /** The Neighbourhood Renewal Fund allocation, against which light-touch reporting is judged. */
  Money nrfAllocation();
}
