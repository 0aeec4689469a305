package org.lsppm.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import org.lsppm.core.Checks;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.partnership.Measurements;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.Stretch;
import org.lsppm.rules.DroolsRatingEngine;
import org.lsppm.rules.DroolsRewardEngine;

/** The README's tour of the library; ReadmeTest compiles and runs it, so the README cannot drift. */
public final class Tour {
  private Tour() {}

  /** Prints what each step of the tour shows. */
  public static void main(String[] args) throws IOException {
    Validation<Seq<Problem>, Indicator> crime = Indicator.newBuilder().code("NI 16")
        .title("Serious acquisitive crime").theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER)
        .unit("crimes per 1,000").flags(List.of(IndicatorFlag.VITAL_SIGN)).build();
    System.out.println(Checks.orThrow(crime).title());   // the one way to unwrap: every problem, or the value

    Validation<Seq<Problem>, Stretch> stretch = Stretch.of(Quantity.ofWhole(25), Quantity.ofWhole(25), null);
    stretch.getError().forEach(p -> System.out.println(p.message()));
    // withStretch: expected T different from W = 25 (T = W is not a stretch), got 25

    String jsonText = Files.readString(BundledData.file("sample-partnership.json"));
    Validation<Seq<Problem>, Partnership> kcp = Json.read(jsonText, Partnership.class);
    // every problem of the document at once, each with its path: themes[1].name: expected non-blank text, got " "
    Partnership partnership = Checks.orThrow(kcp);

    // tag::rate[]
    RatingEngine engine = DroolsRatingEngine.forPolicy(RatingPolicy.defaults());   // thread-safe, once per policy
    Seq<IndicatorRating> ratings = engine.rate(Measurements.of(partnership));      // any number, chunked internally
    ratings.forEach(r -> System.out.println(r.explanation()));
    // NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5, missed by 0.9, within the 5%
    //   tolerance (1.075); improving from 23.1. Policy lsp-pm-default.   (r.rule(), r.shortfall() ... for machines)
    // end::rate[]

    String agreementText = Files.readString(BundledData.file("lpsa-agreement.json"));
    RewardAgreement agreement = Checks.orThrow(Json.read(agreementText, RewardAgreement.class));
    RewardEngine prg = DroolsRewardEngine.withDefaults();                            // 60% threshold, 50:50 split
    Scenario typed = Scenario.named("current").outturn("1", "16.1").outturn("2", "abc");   // never throws
    prg.evaluate(agreement, typed).getError().forEach(p -> System.out.println(p.message()));
    // outturns.2: expected a number such as 12.5, got "abc"
    RewardResult current = Checks.orThrow(prg.evaluate(agreement, Scenario.named("current").outturn("1", "16.1")));
    System.out.println(current.totalPayable() + " earned, " + current.pendingPotential() + " still pending; "
        + current.schedule().size() + " payments scheduled");   // to the penny, by financial year
  }
}
