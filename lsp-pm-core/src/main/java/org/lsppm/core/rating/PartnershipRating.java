package org.lsppm.core.rating;

import org.lsppm.core.rule.RuleName;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The overall four-band rating of a partnership from its LAA1 outcomes' Progress lights and its
 * improvement plan, and whether it qualifies for lighter reporting, each with the rule that
 * decided. Purple outcomes are left out of the counts; with no assessed outcome there is no
 * overall rating. Immutable and thread-safe.
 *
 * @param overall the rating; none when no outcome is assessed
 * @param overallRule the rule that decided it
 * @param assessedOutcomes outcomes with a Green, Amber or Red Progress light
 * @param greenOutcomes of those, the Green ones
 * @param notGreenWithoutAction assessed outcomes that are not Green and that no improvement-plan item addresses
 * @param reporting light-touch or full reporting
 * @param reportingRule the rule that decided the reporting regime
 * @param policy the policy the rating was made under
 */
public record PartnershipRating(
    Option<OverallRating> overall, RuleName overallRule, int assessedOutcomes, int greenOutcomes,
    List<OutcomeId> notGreenWithoutAction, ReportingRegime reporting, RuleName reportingRule, RatingPolicy policy) {

  /** Creates a rating; no part may be null. */
  public PartnershipRating {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(overallRule, "overallRule");
    Objects.requireNonNull(notGreenWithoutAction, "notGreenWithoutAction");
    Objects.requireNonNull(reporting, "reporting");
    Objects.requireNonNull(reportingRule, "reportingRule");
    Objects.requireNonNull(policy, "policy");
  }
}
