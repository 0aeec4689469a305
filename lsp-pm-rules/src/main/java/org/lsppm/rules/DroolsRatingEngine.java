package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;
import org.lsppm.core.rating.ConfidenceSource;
import org.lsppm.core.rating.DesignatedRating;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.Forecast;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.OutcomeEvidence;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.OutcomeRating;
import org.lsppm.core.rating.PartnershipOutcomes;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.ScoreRating;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.rules.designated.AnnualStatus;
import org.lsppm.rules.designated.DesignatedQuestion;
import org.lsppm.rules.designated.DesignatedUnit;
import org.lsppm.rules.designated.RiskLight;
import org.lsppm.rules.light.LightRules;
import org.lsppm.rules.overall.AssessedOutcome;
import org.lsppm.rules.overall.OverallQuestion;
import org.lsppm.rules.overall.OverallUnit;
import org.lsppm.rules.overall.PlannedAction;
import org.lsppm.rules.overall.Rating;
import org.lsppm.rules.overall.Reporting;
import org.lsppm.rules.score.ScoreLight;
import org.lsppm.rules.score.ScoreUnit;
import org.lsppm.rules.unit.Units;

/**
 * The Drools implementation of {@link RatingEngine}: one engine per policy, cheap to create once
 * the rule units are loaded, and safe to share between threads (every call runs unit instances of
 * its own).
 */
public final class DroolsRatingEngine implements RatingEngine {
  private final RatingPolicy policy;
  private final LightRules lights;

  private DroolsRatingEngine(RatingPolicy policy) {
    this.policy = policy;
    this.lights = new LightRules(policy);
  }

  /**
   * Loads the rating rule units (light, score, overall and designated target) now. Each unit's
   * knowledge base is built once per JVM, on first use, and shared by every engine; without this
   * the first call pays for it. The first unit loaded in a JVM starts Drools too: about 1.5 s on a
   * 2-core machine, against 10-50 ms for each unit after it. Call it at start-up, on any thread;
   * once loaded it returns in a millisecond or so.
   *
   * <pre>{@code
   * DroolsRatingEngine.preload();                       // at start-up
   * RatingEngine engine = DroolsRatingEngine.withDefaults();
   * }</pre>
   */
  public static void preload() {
    Units.preload(new org.lsppm.rules.light.LightUnit(), new ScoreUnit(), new OverallUnit(), new DesignatedUnit());
  }

  /** An engine for {@code policy}. */
  public static DroolsRatingEngine forPolicy(RatingPolicy policy) {
    return new DroolsRatingEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** An engine for the default policy. */
  public static DroolsRatingEngine withDefaults() {
    return forPolicy(RatingPolicy.defaults());
  }

  @Override
  public RatingPolicy policy() {
    return policy;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Held whole: for more measurements than fit in memory, {@link #rateEach} hands each rating to
   * a sink instead. Rated on the calling thread, a thousand at a time.
   *
   * <pre>{@code
   * Seq<IndicatorRating> ratings = DroolsRatingEngine.withDefaults().rate(Measurements.of(partnership));
   * ratings.filter(r -> r.light().contains(TrafficLight.RED)).forEach(r -> System.out.println(r.explanation()));
   * }</pre>
   */
  @Override
  public Seq<IndicatorRating> rate(Iterable<Measurement> measurements) {
    java.util.List<IndicatorRating> out = new ArrayList<>();
    rateEach(measurements, out::add);
    return List.ofAll(out);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The sink is called on the calling thread, in the order of the measurements, a thousand at a
   * time: each thousand is rated, then handed to the sink one by one, so memory stays bounded
   * whatever the iterable's length. A sink that throws stops the rating there.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(path)) {
   *   engine.rateEach(measurements, r -> write(out, r));
   * }
   * }</pre>
   */
  @Override
  public void rateEach(Iterable<Measurement> measurements, Consumer<? super IndicatorRating> sink) {
    lights.rateEach(Objects.requireNonNull(measurements, "measurements"), Objects.requireNonNull(sink, "sink"));
  }

  /**
   * {@inheritDoc}
   *
   * <pre>{@code
   * ScoreRating s = engine.rate(Checks.orThrow(ProgressScore.of(4)));   // Green by default, rule ScoreAtOrAboveGreen
   * }</pre>
   */
  @Override
  public ScoreRating rate(ProgressScore score) {
    ScoreUnit unit = new ScoreUnit(policy);
    unit.getScores().add(Objects.requireNonNull(score, "score"));
    ScoreLight light = Units.only(Units.fire(unit).getLights(), "the light of " + score);
    return new ScoreRating(score, light.light(), light.rule(), policy);
  }

  @Override
  public PartnershipRating rate(PartnershipOutcomes partnership) {
    Seq<OutcomeAssessment> assessed = partnership.outcomes().filter(o -> o.progress().isAssessed());
    int green = assessed.count(o -> o.progress() == TrafficLight.GREEN);
    OverallUnit unit = new OverallUnit(policy);
    unit.getPartnership().add(new OverallQuestion(assessed.size(), green, partnership.nrfAllocation().amount(), policy));
    assessed.forEach(o -> unit.getOutcomes().add(new AssessedOutcome(o.outcome(), o.progress())));
    partnership.outcomesWithAction().forEach(o -> unit.getActions().add(new PlannedAction(o)));
    Units.fire(unit);
    Rating rating = Units.only(unit.getRatings(), "the overall rating");
    Reporting reporting = Units.only(unit.getReporting(), "the reporting regime");
    List<OutcomeId> withoutAction = List.ofAll(assessed).map(OutcomeAssessment::outcome).filter(unit.getWithoutAction()::contains);
    return new PartnershipRating(rating.rating(), rating.rule(), assessed.size(), green, withoutAction,
        reporting.regime(), reporting.rule(), policy);
  }

  @Override
  public DesignatedRating rate(DesignatedTargetAssessment assessment, Option<IndicatorRating> annual) {
    Objects.requireNonNull(assessment, "assessment");
    TrafficLight annualLight = Objects.requireNonNull(annual, "annual").flatMap(IndicatorRating::light).getOrNull();
    DesignatedUnit unit = new DesignatedUnit();
    unit.getTargets().add(new DesignatedQuestion(assessment.risk(), annualLight));
    Units.fire(unit);
    RiskLight risk = Units.only(unit.getRisks(), "the risk light of " + assessment);
    AnnualStatus status = Units.only(unit.getAnnual(), "the annual target of " + assessment);
    return new DesignatedRating(assessment, risk.light(), risk.rule(), status.status(), status.rule(), policy);
  }

  @Override
  public OutcomeRating assess(OutcomeEvidence evidence) {
    Objects.requireNonNull(evidence, "evidence");
    IndicatorRating progress = rate(evidence.progressMeasurement());
    Option<IndicatorRating> confidence = Option.none();
    Option<org.lsppm.core.Quantity> forecast = Option.none();
    TrafficLight confidenceLight;
    ConfidenceSource source;
    if (evidence.officerConfidence().isDefined()) {
      source = ConfidenceSource.OFFICER;
      confidenceLight = evidence.officerConfidence().get();
    } else {
      source = ConfidenceSource.FORECAST;
      forecast = Forecast.straightLine(evidence.target(), evidence.outturns());
      IndicatorRating rated = rate(evidence.confidenceMeasurement(forecast));
      confidence = Option.some(rated);
      confidenceLight = rated.light().get();
    }
    OutcomeAssessment assessment = org.lsppm.core.Checks.orThrow(
        OutcomeAssessment.newBuilder().outcome(evidence.outcome().value())
        .title(evidence.title().value()).theme(evidence.indicator().theme().value())
        .progress(progress.light().get()).problems(evidence.problems()).confidence(confidenceLight).build());
    return new OutcomeRating(assessment, progress, source, forecast, confidence);
  }
}
