package org.lsppm.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.period.ReportingPeriod;

/**
 * The measured value a target starts from, and the period it was measured over.
 * Immutable and thread-safe.
 *
 * @param period when the baseline was measured, never null
 * @param value the baseline value, never null
 */
public record Baseline(ReportingPeriod period, Quantity value) {

  /** Creates a baseline; neither part may be null. */
  @JsonCreator
  public Baseline(@JsonProperty("period") ReportingPeriod period, @JsonProperty("value") Quantity value) {
    this.period = Objects.requireNonNull(period, "period");
    this.value = Objects.requireNonNull(value, "value");
    Checks.require(Checks.inputProblems("value", value));
  }

  /** A baseline from untrusted parts. */
  public static Validation<Seq<Problem>, Baseline> of(ReportingPeriod period, Quantity value) {
    return Checks.flat(Validation.combine(
            Checks.at("period", Checks.present(period, "a period")),
            Checks.at("value", Checks.present(value, "a number")).flatMap(v -> Checks.unless(Checks.inputProblems("value", v), v)))
        .ap(Baseline::new));
  }
}
