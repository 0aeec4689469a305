package org.lsppm.core.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.period.FinancialYear;

/**
 * The LAA2 assessment of one designated target for a year: the risk to delivery and whether the
 * annual target was met. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDesignatedTargetAssessment.class)
@JsonDeserialize(as = ImmutableDesignatedTargetAssessment.class)
public abstract class DesignatedTargetAssessment {

  /** The designated indicator. */
  public abstract IndicatorCode indicator();

  /** The year assessed. */
  public abstract FinancialYear year();

  /** Low, medium or high risk that the target will be missed. */
  public abstract RiskToDelivery risk();

  /** Whether the year's annual target was met. */
  public abstract AnnualTargetStatus annualTarget();

  /** An assessment from untrusted parts, every problem reported at once. */
  public static Validation<Seq<Problem>, DesignatedTargetAssessment> of(
      String indicator, String year, RiskToDelivery risk, AnnualTargetStatus annualTarget) {
    return Checks.flat(Validation.combine(
                Checks.at("indicator", IndicatorCode.of(indicator)),
                Checks.at("year", FinancialYear.parse(year)),
                Checks.at("risk", Checks.present(risk, "LOW, MEDIUM or HIGH")),
                Checks.at("annualTarget", Checks.present(annualTarget, "MET, NOT_MET or NOT_YET_KNOWN")))
            .ap((i, y, r, a) -> ImmutableDesignatedTargetAssessment.builder()
                .indicator(i).year(y).risk(r).annualTarget(a).build()));
  }
}
