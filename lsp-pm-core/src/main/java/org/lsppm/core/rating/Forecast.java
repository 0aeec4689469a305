package org.lsppm.core.rating;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;

/**
 * The forecast of a final outturn behind an LAA1 Confidence light: a least-squares straight line
 * through the baseline (at the end of its period) and every measured outturn of the indicator that
 * ends by the target's end (each at the end of its period), extrapolated to the end of the
 * target's period. Where the outturn for the target's own period is already measured, that is the
 * forecast. With fewer than two points on different days there is no forecast. The one division
 * is done to 16 significant digits ({@link MathContext#DECIMAL64}); the forecast is a judgement,
 * not money. A line that runs beyond the bounds of the numbers lsp-pm reads gives no forecast.
 */
public final class Forecast {
  private Forecast() {}

  /** The forecast final outturn for {@code target} from {@code outturns}; none if too early to tell. */
  public static Option<Quantity> straightLine(Target target, Seq<Outturn> outturns) {
    Seq<Outturn> own = outturns.filter(o -> o.indicator().equals(target.indicator()) && o.value().isDefined());
    Option<Outturn> finalOutturn = own.find(o -> o.period().equals(target.period()));
    if (finalOutturn.isDefined()) {
      return finalOutturn.get().value();
    }
    LocalDate origin = target.period().start();
    List<Tuple2<BigDecimal, BigDecimal>> points = List.ofAll(own)
        .filter(o -> !o.period().end().isAfter(target.period().end()))
        .map(o -> point(origin, o.period().end(), o.value().get()))
        .prependAll(target.baseline().map(b -> point(origin, b.period().end(), b.value())));
    if (points.map(Tuple2::_1).distinct().size() < 2) {
      return Option.none();
    }
    BigDecimal n = BigDecimal.valueOf(points.size());
    BigDecimal meanX = points.map(Tuple2::_1).fold(BigDecimal.ZERO, BigDecimal::add).divide(n, MathContext.DECIMAL64);
    BigDecimal meanY = points.map(Tuple2::_2).fold(BigDecimal.ZERO, BigDecimal::add).divide(n, MathContext.DECIMAL64);
    BigDecimal sxy = points.map(p -> p._1.subtract(meanX).multiply(p._2.subtract(meanY))).fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sxx = points.map(p -> p._1.subtract(meanX).pow(2)).fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal slope = sxy.divide(sxx, MathContext.DECIMAL64);
    BigDecimal end = days(origin, target.period().end());
    // A line that runs beyond the bounds of any number read is no forecast of an outturn.
    BigDecimal forecast = meanY.add(slope.multiply(end.subtract(meanX))).round(MathContext.DECIMAL64);
    return org.lsppm.core.Checks.number(forecast).toOption().map(Quantity::new);
  }

  private static Tuple2<BigDecimal, BigDecimal> point(LocalDate origin, LocalDate day, Quantity value) {
    return Tuple.of(days(origin, day), value.value());
  }

  private static BigDecimal days(LocalDate origin, LocalDate day) {
    return BigDecimal.valueOf(ChronoUnit.DAYS.between(origin, day));
  }
}
