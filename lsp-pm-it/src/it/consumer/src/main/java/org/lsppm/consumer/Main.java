package org.lsppm.consumer;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.partnership.Measurements;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.rules.DroolsRatingEngine;
import org.lsppm.rules.DroolsReviewEngine;
import org.lsppm.rules.DroolsRewardEngine;

/**
 * Rates the bundled Kensington and Chelsea partnership, evaluates the LPSA agreement's current
 * scenario and checks the partnership's reviews, as a council's system would; exits 1 when any
 * figure differs from what the lsp-pm command line prints for the same files.
 */
public final class Main {
  private static int failures;

  private Main() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    String where = args[1];
    System.out.println("lsp-pm consumer on the " + where + ": module " + Main.class.getModule().getName());

    Partnership kcp = orExit(Json.read(Files.readString(data.resolve("sample-partnership.json")), Partnership.class));
    DroolsRatingEngine rating = DroolsRatingEngine.withDefaults();
    Seq<IndicatorRating> lights = rating.rate(Measurements.of(kcp));
    lights.forEach(r -> System.out.println("  " + r.explanation()));
    check("ratings", lights.size(), 12);
    check("NI 39 2008/09", lights.find(r -> r.measurement().indicator().code().value().equals("NI 39")
        && r.light().contains(TrafficLight.RED)).map(r -> r.rule().value()).getOrElse("none"), "MissedBeyondTolerance");
    PartnershipRating overall = rating.rate(kcp);
    System.out.println("  overall: " + overall.overall() + " by " + overall.overallRule().value());

    RewardAgreement lpsa = orExit(Json.read(Files.readString(data.resolve("lpsa-agreement.json")), RewardAgreement.class));
    Scenario current = Scenario.named("current")
        .outturn("1", "16.1").outturn("2", "13.2").awaiting("3i").awaiting("3ii")
        .outturn("4", "8.9").interim("4", "9.6").outturn("5", "41.5").outturn("6", "23.1")
        .outturn("7", "1010").interim("7", "960").outturn("8", "151").outturn("9", "27.0")
        .outturn("10i", "66").outturn("10ii", "349").outturn("11", "58.7").outturn("12", "22.9");
    RewardResult reward = orExit(DroolsRewardEngine.withDefaults().evaluate(lpsa, current));
    System.out.println("  reward grant earned: " + reward.totalPayable() + " of a pot of " + reward.pot());
    check("reward earned", reward.totalPayable(), Money.parse("990915.97").get());

    ReviewReport reviews = orExit(DroolsReviewEngine.withDefaults().check(kcp, LocalDate.of(2009, 3, 31)));
    System.out.println("  reviews needing action on 2009-03-31: " + reviews.needingAction().size());
    check("reviews needing action", reviews.needingAction().size(), 10);

    if (failures > 0) {
      System.out.println("FAILED on the " + where + ": " + failures + " difference(s)");
      System.exit(1);
    }
    System.out.println("OK on the " + where);
  }

  private static <T> T orExit(Validation<Seq<Problem>, T> v) {
    if (v.isInvalid()) {
      v.getError().forEach(p -> System.out.println("  problem: " + p.message()));
      System.exit(1);
    }
    return v.get();
  }

  private static void check(String what, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      failures++;
      System.out.println("  MISMATCH " + what + ": expected " + expected + ", got " + actual);
    }
  }
}
