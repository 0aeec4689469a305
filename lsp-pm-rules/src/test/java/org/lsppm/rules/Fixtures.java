package org.lsppm.rules;

import io.vavr.control.Option;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;

/** Indicators and measurements for rule tests, written the way a council would say them. */
public final class Fixtures {
  public static final ReportingPeriod YEAR = FinancialYear.parse("2008/09").get().toPeriod();

  private Fixtures() {}

  public static Indicator indicator(Polarity polarity, IndicatorFlag... flags) {
    return Indicator.newBuilder().code("NI 16").title("Serious acquisitive crime").theme("Safer Communities")
        .polarity(polarity).unit("rate").flags(java.util.List.of(flags)).build().get();
  }

  public static Quantity q(String value) {
    return Quantity.parse(value).get();
  }

  public static Outturn outturn(Indicator i, String value) {
    return Outturn.measured(i.code().value(), YEAR, q(value), DataStatus.FINAL).get();
  }

  /** An outturn against a single-valued target ("at least" or "at most" by polarity). */
  public static Measurement against(Indicator i, String target, String outturn) {
    return Measurement.newBuilder().indicator(i).outturn(outturn(i, outturn)).basis(RatingBasis.TARGET)
        .goal(Goal.of(q(target))).build().get();
  }

  /** An outturn against a target, with the previous period's outturn for the trend. */
  public static Measurement against(Indicator i, String target, String outturn, String previous) {
    return Measurement.newBuilder().indicator(i).outturn(outturn(i, outturn)).basis(RatingBasis.TARGET)
        .goal(Goal.of(q(target))).previous(q(previous)).build().get();
  }

  /** An outturn against a range target. */
  public static Measurement within(Indicator i, String lower, String upper, String outturn) {
    return Measurement.newBuilder().indicator(i).outturn(outturn(i, outturn)).basis(RatingBasis.TARGET)
        .goal(Goal.between(q(lower), q(upper)).get()).build().get();
  }

  public static Measurement awaited(Indicator i, String target) {
    return Measurement.newBuilder().indicator(i).outturn(Outturn.awaited(i.code().value(), YEAR).get())
        .basis(RatingBasis.TARGET).goal(Goal.of(q(target))).build().get();
  }

  public static Measurement dataOnly(Indicator i, String outturn) {
    return Measurement.dataOnly(i, outturn(i, outturn), Option.none()).get();
  }

  public static Ratio percent(long p) {
    return Ratio.ofPercent(p);
  }
}
