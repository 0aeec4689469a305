package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.DesignatedRating;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.ScoreRating;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;

/** Every result travels as JSON and comes back equal, on the module path (so core opens its result packages too). */
class ResultsJsonTest {

  private static <T> void roundTrips(T value, Class<T> type) {
    assertThat(Json.read(Json.write(value), type).get()).isEqualTo(value);
  }

  @Test
  void ratings_round_trip_with_their_rule_inputs_and_policy() {
    IndicatorRating rating = DroolsRatingEngine.withDefaults().rate(
        Fixtures.against(Fixtures.indicator(Polarity.LOWER_IS_BETTER), "21.5", "22.4", "23.1"));
    roundTrips(rating, IndicatorRating.class);
    roundTrips(DroolsRatingEngine.withDefaults().rate(new ProgressScore(3)), ScoreRating.class);
    assertThat(Json.write(rating)).contains("\"rule\" : \"MissedWithinTolerance\"", "\"policy\" : {");
  }

  @Test
  void reward_results_round_trip_with_their_schedule_inputs() {
    RewardAgreement a = RewardFixtures.agreement("100000", RewardFixtures.target("1", RewardFixtures.stretch("50", "60", "55")),
        RewardFixtures.target("2", RewardFixtures.stretch("9", "5")));
    RewardResult r = DroolsRewardEngine.withDefaults().evaluate(a, Scenario.named("s").outturn("1", "58").interim("1", "56")).get();
    roundTrips(r, RewardResult.class);
  }

  @Test
  void review_reports_and_partnership_ratings_round_trip() {
    var p = ReviewFixtures.partnership(ReviewFixtures.allCriteria("2002-01-31").append(ReviewFixtures.delivery("2004-04-23")));
    roundTrips(DroolsReviewEngine.withDefaults().check(p, ReviewFixtures.d("2004-06-01")).get(), ReviewReport.class);
    roundTrips(DroolsRatingEngine.withDefaults().rate(p), PartnershipRating.class);
    var designated = org.lsppm.core.rating.DesignatedTargetAssessment.of("NI 16", "2008/09",
        org.lsppm.core.rating.RiskToDelivery.HIGH, org.lsppm.core.rating.AnnualTargetStatus.NOT_YET_KNOWN).get();
    roundTrips(DroolsRatingEngine.withDefaults().rate(designated, io.vavr.control.Option.none()), DesignatedRating.class);
  }
}
