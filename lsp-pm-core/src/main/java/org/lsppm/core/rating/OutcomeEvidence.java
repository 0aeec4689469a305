package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;

/**
 * What an LAA1 outcome is assessed from: its indicator, final target (with trajectory) and
 * outturns; the Problems light an officer gives; and optionally a Confidence light an officer
 * gives instead of the forecast. Immutable and thread-safe.
 *
 * @param outcome the outcome's reference
 * @param title the outcome in words
 * @param indicator the indicator that measures it
 * @param target the final target, for {@code indicator}
 * @param outturns the indicator's outturns, in any order
 * @param problems the officer's Problems light
 * @param officerConfidence a Confidence light given by an officer, if the forecast is not to be used
 */
public record OutcomeEvidence(
    OutcomeId outcome, Text title, Indicator indicator, Target target, List<Outturn> outturns,
    TrafficLight problems, Option<TrafficLight> officerConfidence) {

  /** Creates evidence; throws {@link org.lsppm.core.InvalidInputException} on the mistakes {@link #of} reports. */
  public OutcomeEvidence {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outturns, "outturns");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(officerConfidence, "officerConfidence");
    Checks.require(problems(indicator, target, outturns));
  }

  /**
   * The measurement behind the Progress light: the final outturn against the target when it
   * exists (awaited is Purple); else the latest measured in-year outturn against its trajectory
   * milestone; else Purple, too early to assess.
   */
  public Measurement progressMeasurement() {
    Option<Outturn> finalOutturn = outturns.find(o -> o.period().equals(target.period()));
    if (finalOutturn.isDefined()) {
      return Checks.orThrow(Measurement.againstTarget(indicator, finalOutturn.get(), target, Option.none()));
    }
    return outturns
        .filter(o -> o.value().isDefined() && target.milestoneFor(o.period()).isDefined())
        .maxBy(o -> o.period().end())
        .map(o -> Checks.orThrow(Measurement.againstMilestone(indicator, o, target.milestoneFor(o.period()).get(), Option.none())))
        .getOrElse(this::tooEarly);
  }

  /**
   * The measurement behind the forecast Confidence light: the {@code forecast} final outturn
   * (an estimate) against the final target; Purple, too early to assess, when there is no forecast.
   */
  public Measurement confidenceMeasurement(Option<Quantity> forecast) {
    if (forecast.isEmpty()) {
      return tooEarly();
    }
    Outturn estimated = Checks.orThrow(Outturn.measured(indicator.code().value(), target.period(), forecast.get(),
        DataStatus.ESTIMATED));
    return Checks.orThrow(Measurement.newBuilder().indicator(indicator).outturn(estimated).basis(RatingBasis.FORECAST)
        .goal(target.goal()).build());
  }

  private Measurement tooEarly() {
    return Checks.orThrow(Measurement.againstTarget(indicator,
        Checks.orThrow(Outturn.awaited(indicator.code().value(), target.period())), target, Option.none()));
  }

  /**
   * A builder of the evidence for an LAA1 outcome assessment; {@link Builder#build()} reports every
   * problem at once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private OutcomeId outcome;
    private Text title;
    private Indicator indicator;
    private Target target;
    private Iterable<Outturn> outturns;
    private TrafficLight problems;
    private TrafficLight officerConfidence;

    private Builder() {}

    /** The LAA1 outcome; required. */
    public Builder outcome(OutcomeId outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Its title; required. */
    public Builder title(Text title) {
      this.title = title;
      return this;
    }

    /** The indicator that evidences it; required. */
    public Builder indicator(Indicator indicator) {
      this.indicator = indicator;
      return this;
    }

    /** That indicator's target; required. */
    public Builder target(Target target) {
      this.target = target;
      return this;
    }

    /** The outturns so far, oldest first. */
    public Builder outturns(Iterable<Outturn> outturns) {
      this.outturns = outturns;
      return this;
    }

    /** The Problems light the partnership gave; required. */
    public Builder problems(TrafficLight problems) {
      this.problems = problems;
      return this;
    }

    /** The officers' own Confidence light, if they gave one. */
    public Builder officerConfidence(TrafficLight officerConfidence) {
      this.officerConfidence = officerConfidence;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, OutcomeEvidence> build() {
      return of(outcome, title, indicator, target, outturns, problems, officerConfidence);
    }
  }
  /**
   * Evidence from untrusted parts; {@code outturns} may be null for none, {@code officerConfidence}
   * null for none. {@link #newBuilder()} is the public way in.
   */
  static Validation<Seq<Problem>, OutcomeEvidence> of(
      OutcomeId outcome, Text title, Indicator indicator, Target target, Iterable<Outturn> outturns,
      TrafficLight problems, TrafficLight officerConfidence) {
    List<Outturn> os = outturns == null ? List.empty() : List.ofAll(outturns);
    return Checks.join(Validation.combine(
            Checks.at("outcome", Checks.present(outcome, "an outcome reference")),
            Checks.at("title", Checks.present(title, "a title")),
            Checks.at("indicator", Checks.present(indicator, "an indicator")),
            Checks.at("target", Checks.present(target, "a target")),
            Checks.at("problems", Checks.present(problems, "a traffic light")))
        .ap((o, t, i, tg, p) -> Checks.buildUnless(problems(i, tg, os),
            () -> new OutcomeEvidence(o, t, i, tg, os, p, Option.of(officerConfidence)))));
  }

  private static Seq<Problem> problems(Indicator indicator, Target target, List<Outturn> outturns) {
    List<Problem> found = List.empty();
    if (!target.indicator().equals(indicator.code())) {
      found = found.append(Problem.of("target.indicator", "the outcome's indicator " + indicator.code(), target.indicator()));
    }
    return found.appendAll(outturns.zipWithIndex()
        .filter(t -> t._1 == null || !t._1.indicator().equals(indicator.code()))
        .map(t -> Problem.of("outturns[" + t._2 + "]", "an outturn of " + indicator.code(),
            t._1 == null ? null : t._1.indicator())));
  }
}
