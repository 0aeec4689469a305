package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;
import org.lsppm.core.period.ReportingPeriod;

/**
 * What an indicator showed for a period: either {@link Measured} (a value, final, provisional or
 * estimated) or {@link Awaited} (no value yet, and never rated Red). The two states are two types,
 * so a measured outturn always has its value and an awaited one never has one. Immutable and
 * thread-safe.
 *
 * <p>In JSON both are one object, {@code {"indicator", "period", "value", "status", "commentary"}},
 * with {@code value} null exactly when {@code status} is {@code AWAITED}.
 */
@JsonPropertyOrder({"indicator", "period", "value", "status", "commentary"})
public sealed interface Outturn permits Outturn.Measured, Outturn.Awaited {

  /** The indicator measured. */
  @JsonProperty("indicator")
  IndicatorCode indicator();

  /** The period measured. */
  @JsonProperty("period")
  ReportingPeriod period();

  /** The measured value; none exactly when the outturn is {@link Awaited}. */
  @JsonProperty("value")
  Option<Quantity> value();

  /** Final, provisional or estimated when measured; {@link DataStatus#AWAITED} when awaited. */
  @JsonProperty("status")
  DataStatus status();

  /**
   * What the lead officer says of this outturn for the people who read the report: why a target
   * was missed, what is being done. None when nothing was said.
   */
  @JsonProperty("commentary")
  Option<Text> commentary();

  /** Whether the data has not arrived yet. */
  default boolean isAwaited() {
    return this instanceof Awaited;
  }

  /** This outturn with {@code commentary} (none for null or blank text); refused when it holds control characters. */
  default Validation<Seq<Problem>, Outturn> withCommentary(String commentary) {
    if (commentary == null || Checks.isBlank(commentary)) {
      return Checks.valid(with(Option.none()));
    }
    return Checks.at("commentary", Text.of(commentary)).map(t -> with(Option.some(t)));
  }

  private Outturn with(Option<Text> commentary) {
    return this instanceof Measured m
        ? new Measured(m.indicator(), m.period(), m.quantity(), m.status(), commentary)
        : new Awaited(indicator(), period(), commentary);
  }

  /** A measured outturn of the indicator with code {@code indicator} ({@code "NI 16"}). */
  static Validation<Seq<Problem>, Outturn> measured(
      String indicator, ReportingPeriod period, Quantity value, DataStatus status) {
    return of(indicator, period, Option.of(value), status);
  }

  /** An outturn whose data has not arrived yet. */
  static Validation<Seq<Problem>, Outturn> awaited(String indicator, ReportingPeriod period) {
    return of(indicator, period, Option.none(), DataStatus.AWAITED);
  }

  /**
   * An outturn from untrusted parts, every problem reported at once: {@link Measured} when
   * {@code status} carries a value, {@link Awaited} when it is {@code AWAITED}.
   */
  static Validation<Seq<Problem>, Outturn> of(
      String indicator, ReportingPeriod period, Option<Quantity> value, DataStatus status) {
    Option<Quantity> v = value == null ? Option.none() : value;
    return Checks.join(Validation.combine(
                Checks.at("indicator", IndicatorCode.of(indicator)),
                Checks.at("period", Checks.present(period, "a period")),
                Checks.at("status", Checks.present(status, "one of " + List.of(DataStatus.values()).mkString(", "))))
            .ap((i, p, s) -> Checks.buildUnless(problems(v, s), () -> make(i, p, v, s, Option.none()))));
  }

  /** An outturn as its JSON object writes it; refused, with every problem, when value and status disagree. */
  @JsonCreator
  private static Outturn fromJson(
      @JsonProperty(value = "indicator", required = true) IndicatorCode indicator,
      @JsonProperty(value = "period", required = true) ReportingPeriod period,
      @JsonProperty("value") Option<Quantity> value,
      @JsonProperty(value = "status", required = true) DataStatus status,
      @JsonProperty("commentary") Option<Text> commentary) {
    Option<Quantity> v = value == null ? Option.none() : value;
    Checks.require(problems(v, status));
    return make(indicator, period, v, status, commentary == null ? Option.none() : commentary);
  }

  private static Outturn make(
      IndicatorCode indicator, ReportingPeriod period, Option<Quantity> value, DataStatus status, Option<Text> commentary) {
    return value.isDefined()
        ? new Measured(indicator, period, value.get(), status, commentary)
        : new Awaited(indicator, period, commentary);
  }

  private static Seq<Problem> problems(Option<Quantity> value, DataStatus status) {
    if (status.hasValue() && value.isEmpty()) {
      return List.of(Problem.of("value", "a value for a " + status + " outturn (only AWAITED has none)", null));
    }
    if (!status.hasValue() && value.isDefined()) {
      return List.of(Problem.of("value", "no value for an AWAITED outturn", value.get()));
    }
    return Checks.inputProblems("value", value.getOrNull());
  }

  /**
   * An outturn with a value.
   *
   * @param indicator the indicator measured
   * @param period the period measured
   * @param quantity the value measured
   * @param status final, provisional or estimated; never {@code AWAITED}
   * @param commentary what the lead officer says of it, if anything
   */
  record Measured(IndicatorCode indicator, ReportingPeriod period, @JsonIgnore Quantity quantity, DataStatus status,
      Option<Text> commentary) implements Outturn {

    /** Creates a measured outturn; throws {@link org.lsppm.core.InvalidInputException} when {@code status} is {@code AWAITED}. */
    public Measured {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(commentary, "commentary");
      Checks.require(problems(Option.some(quantity), status));
    }

    /** A measured outturn without commentary. */
    public Measured(IndicatorCode indicator, ReportingPeriod period, Quantity quantity, DataStatus status) {
      this(indicator, period, quantity, status, Option.none());
    }

    /** The {@link #quantity()}, always present. */
    @Override
    public Option<Quantity> value() {
      return Option.some(quantity);
    }
  }

  /**
   * An outturn whose data has not arrived yet: no value, status {@code AWAITED}.
   *
   * @param indicator the indicator awaited
   * @param period the period awaited
   * @param commentary what the lead officer says of it, if anything
   */
  record Awaited(IndicatorCode indicator, ReportingPeriod period, Option<Text> commentary) implements Outturn {

    /** Creates an awaited outturn. */
    public Awaited {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(commentary, "commentary");
    }

    /** An awaited outturn without commentary. */
    public Awaited(IndicatorCode indicator, ReportingPeriod period) {
      this(indicator, period, Option.none());
    }

    /** None: nothing has been measured. */
    @Override
    public Option<Quantity> value() {
      return Option.none();
    }

    /** Always {@link DataStatus#AWAITED}. */
    @Override
    public DataStatus status() {
      return DataStatus.AWAITED;
    }
  }
}
