package org.lsppm.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;
import org.lsppm.core.period.ReportingPeriod;

/**
 * A measured value of an indicator for a period, with how far it can be relied on. An awaited
 * outturn has no value; every other status has one. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutturn.class)
@JsonDeserialize(as = ImmutableOutturn.class)
public abstract class Outturn {

  /** The indicator measured. */
  public abstract IndicatorCode indicator();

  /** The period measured. */
  public abstract ReportingPeriod period();

  /** The measured value; none exactly when the data is awaited. */
  @Value.Default
  public Option<Quantity> value() {
    return Option.none();
  }

  /** Final, provisional, estimated or awaited. */
  public abstract DataStatus status();

  /**
   * What the lead officer says of this outturn for the people who read the report: why a target
   * was missed, what is being done. None when nothing was said.
   */
  @Value.Default
  public Option<Text> commentary() {
    return Option.none();
  }

  /** This outturn with {@code commentary} (none for null or blank text); refused when it holds control characters. */
  public Validation<Seq<Problem>, Outturn> withCommentary(String commentary) {
    if (commentary == null || Checks.isBlank(commentary)) {
      return Checks.valid(with(Option.none()));
    }
    return Checks.at("commentary", Text.of(commentary)).map(t -> with(Option.some(t)));
  }

  private Outturn with(Option<Text> commentary) {
    return ImmutableOutturn.builder().indicator(indicator()).period(period()).status(status()).value(value())
        .commentary(commentary).build();
  }

  /** Whether the data has not arrived yet. */
  public boolean isAwaited() {
    return status() == DataStatus.AWAITED;
  }

  @Value.Check
  final void check() {
    Checks.require(problems(value(), status()));
  }

  /** A measured outturn of the indicator with code {@code indicator} ({@code "NI 16"}). */
  public static Validation<Seq<Problem>, Outturn> measured(
      String indicator, ReportingPeriod period, Quantity value, DataStatus status) {
    return of(indicator, period, Option.of(value), status);
  }

  /** An outturn whose data has not arrived yet. */
  public static Validation<Seq<Problem>, Outturn> awaited(String indicator, ReportingPeriod period) {
    return of(indicator, period, Option.none(), DataStatus.AWAITED);
  }

  /** An outturn from untrusted parts, every problem reported at once. */
  public static Validation<Seq<Problem>, Outturn> of(
      String indicator, ReportingPeriod period, Option<Quantity> value, DataStatus status) {
    Option<Quantity> v = value == null ? Option.none() : value;
    return Checks.join(Validation.combine(
                Checks.at("indicator", IndicatorCode.of(indicator)),
                Checks.at("period", Checks.present(period, "a period")),
                Checks.at("status", Checks.present(status, "one of " + List.of(DataStatus.values()).mkString(", "))))
            .ap((i, p, s) -> Checks.buildUnless(problems(v, s), () -> ImmutableOutturn.builder()
                .indicator(i).period(p).status(s).value(v).build())));
  }

  private static Seq<Problem> problems(Option<Quantity> value, DataStatus status) {
    if (status.hasValue() && value.isEmpty()) {
      return List.of(Problem.of("value", "a value for a " + status + " outturn (only AWAITED has none)", null));
    }
    if (!status.hasValue() && value.isDefined()) {
      return List.of(Problem.of("value", "no value for an AWAITED outturn", value.get()));
    }
    return List.empty();
  }
}
