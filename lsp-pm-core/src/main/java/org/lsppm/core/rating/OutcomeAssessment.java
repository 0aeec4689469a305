package org.lsppm.core.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.theme.ThemeName;

/**
 * The LAA1 assessment of one outcome on three lights, as Kensington and Chelsea reported them in
 * 2009: Progress (from the data), Problems (given by an officer) and Confidence (that the final
 * target will be met). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeAssessment.class)
@JsonDeserialize(as = ImmutableOutcomeAssessment.class)
public abstract class OutcomeAssessment {

  /** The outcome's reference. */
  public abstract OutcomeId outcome();

  /** The outcome in words. */
  public abstract Text title();

  /** The theme (LAA block) the outcome belongs to, if recorded. */
  @Value.Default
  public Option<ThemeName> theme() {
    return Option.none();
  }

  /** Progress towards the target, from the data. */
  public abstract TrafficLight progress();

  /** How serious the problems in delivery are. */
  public abstract TrafficLight problems();

  /** Confidence that the final target will be met. */
  public abstract TrafficLight confidence();

  /** The officer's commentary, if any. */
  @Value.Default
  public Option<Text> commentary() {
    return Option.none();
  }

  /**
   * A builder of an LAA1 outcome assessment from untrusted parts; {@link Builder#build()} reports
   * every problem at once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private String outcome;
    private String title;
    private String theme;
    private TrafficLight progress;
    private TrafficLight problems;
    private TrafficLight confidence;
    private String commentary;

    private Builder() {}

    /** The outcome's id, such as {@code SSC1}; required. */
    public Builder outcome(String outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Its title; required. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The theme it belongs to, if any. */
    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    /** The Progress light; required. */
    public Builder progress(TrafficLight progress) {
      this.progress = progress;
      return this;
    }

    /** The Problems light; required. */
    public Builder problems(TrafficLight problems) {
      this.problems = problems;
      return this;
    }

    /** The Confidence light; required. */
    public Builder confidence(TrafficLight confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Commentary for the exception report, if any. */
    public Builder commentary(String commentary) {
      this.commentary = commentary;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, OutcomeAssessment> build() {
      return of(outcome, title, theme, progress, problems, confidence, commentary);
    }
  }
  /** An assessment from untrusted parts; {@code theme} and {@code commentary} may be null. {@link #newBuilder()}
   * is the public way in. */
  static Validation<Seq<Problem>, OutcomeAssessment> of(
      String outcome, String title, String theme, TrafficLight progress, TrafficLight problems,
      TrafficLight confidence, String commentary) {
    return Checks.flat(Validation.combine(
                Checks.at("outcome", OutcomeId.of(outcome)),
                Checks.at("title", Text.of(title)),
                Checks.at("theme", Checks.optional(theme, ThemeName::of)),
                Checks.at("progress", Checks.present(progress, "a traffic light")),
                Checks.at("problems", Checks.present(problems, "a traffic light")),
                Checks.at("confidence", Checks.present(confidence, "a traffic light")),
                Checks.at("commentary", Checks.optional(commentary, Text::of)))
            .ap((o, t, th, p, pr, c, cm) -> ImmutableOutcomeAssessment.builder()
                .outcome(o).title(t).progress(p).problems(pr).confidence(c).theme(th).commentary(cm).build()));
  }
}
