package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;

/**
 * What an analyst believes a measure's final outturn will be, as a distribution to draw from:
 * a range with a most likely value, a normal distribution, a single value, or a normal derived
 * from the in-year figures' straight-line trend and its residual error. Immutable and thread-safe.
 * In JSON each names its kind: {@code {"kind": "range", "low": 15.4, "likely": 16.1, "high": 17.6}},
 * {@code "normal"} (mean, standardDeviation) or {@code "fixed"} (value).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OutturnForecast.Triangular.class, name = "range"),
    @JsonSubTypes.Type(value = OutturnForecast.Normal.class, name = "normal"),
    @JsonSubTypes.Type(value = OutturnForecast.Fixed.class, name = "fixed")})
public sealed interface OutturnForecast {

  /** The most decimal places the forecast's own figures are written with, to which each draw is rounded. */
  int scale();

  /**
   * One draw, rounded half even to {@code places} decimal places; {@code random} is the draw's own
   * generator.
   */
  BigDecimal draw(SplittableRandom random, int places);

  /** The forecast's centre: the most likely value, the mean, or the value. */
  Quantity centre();

  /** The same forecast with no spread: always {@link #centre()}. */
  default OutturnForecast withoutSpread() {
    return new Fixed(centre());
  }

  /**
   * A triangular distribution: from {@code low} to {@code high}, most likely {@code likely}.
   * Refused unless {@code low <= likely <= high}.
   */
  static Validation<Seq<Problem>, OutturnForecast> between(Quantity low, Quantity likely, Quantity high) {
    return Checks.buildUnless(triangularProblems(low, likely, high), () -> new Triangular(low, likely, high));
  }

  /** A normal distribution; refused for a negative standard deviation. */
  static Validation<Seq<Problem>, OutturnForecast> normal(Quantity mean, Quantity standardDeviation) {
    return Checks.buildUnless(normalProblems(mean, standardDeviation), () -> new Normal(mean, standardDeviation));
  }

  /**
   * The forecast from in-year figures: a least-squares straight line through {@code figures}
   * (periods 1 to k of a year of {@code periods}, such as quarters 1 to 3 of 4) extrapolated to
   * the last period, as a normal whose standard deviation is the line's prediction error there:
   * {@code s * sqrt(1 + 1/k + (periods - mean)^2 / Sxx)}, {@code s} the residual standard error
   * with k - 2 degrees of freedom. Needs at least three figures and a later period to forecast.
   * Worked to 16 significant digits and rounded to two places more than the figures carry.
   */
  static Validation<Seq<Problem>, OutturnForecast> fromTrend(Seq<Quantity> figures, int periods) {
    if (figures == null || figures.contains(null)) {
      return Checks.invalid(Problem.of("figures", "in-year figures such as 3.1; 3.4; 3.9, every one a number",
          figures == null ? null : "a missing figure"));
    }
    int k = figures.size();
    if (k < 3) {
      return Checks.invalid(Problem.of("figures", "at least three in-year figures for a trend and its error", k));
    }
    if (periods <= k) {
      return Checks.invalid(Problem.of("periods", "more periods in the year than the " + k + " figures given", periods));
    }
    MathContext mc = MathContext.DECIMAL64;
    List<BigDecimal> y = List.ofAll(figures).map(Quantity::value);
    List<BigDecimal> x = List.rangeClosed(1, k).map(BigDecimal::valueOf);
    BigDecimal n = BigDecimal.valueOf(k);
    BigDecimal meanX = x.fold(BigDecimal.ZERO, BigDecimal::add).divide(n, mc);
    BigDecimal meanY = y.fold(BigDecimal.ZERO, BigDecimal::add).divide(n, mc);
    BigDecimal sxx = x.map(v -> v.subtract(meanX).pow(2)).fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sxy = x.zip(y).map(p -> p._1.subtract(meanX).multiply(p._2.subtract(meanY))).fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal slope = sxy.divide(sxx, mc);
    BigDecimal intercept = meanY.subtract(slope.multiply(meanX));
    BigDecimal sse = x.zip(y).map(p -> p._2.subtract(intercept.add(slope.multiply(p._1))).pow(2)).fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal s2 = sse.divide(BigDecimal.valueOf(k - 2L), mc);
    BigDecimal at = BigDecimal.valueOf(periods);
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.ONE.divide(n, mc)).add(at.subtract(meanX).pow(2).divide(sxx, mc));
    int scale = figures.map(f -> Math.max(0, f.value().scale())).max().get() + 2;
    BigDecimal mean = intercept.add(slope.multiply(at)).setScale(scale, RoundingMode.HALF_EVEN);
    BigDecimal sd = s2.multiply(factor, mc).sqrt(mc).setScale(scale, RoundingMode.HALF_EVEN);
    return normal(new Quantity(mean), new Quantity(sd));
  }

  private static Seq<Problem> triangularProblems(Quantity low, Quantity likely, Quantity high) {
    Seq<Problem> missing = missing("low", low, "a lowest outturn such as 15.4").appendAll(missing("likely", likely,
        "a most likely outturn such as 16.1")).appendAll(missing("high", high, "a highest outturn such as 17.6"));
    if (!missing.isEmpty()) {
      return missing;
    }
    Seq<Problem> bounds = Checks.inputProblems("low", low).appendAll(Checks.inputProblems("likely", likely))
        .appendAll(Checks.inputProblems("high", high));
    if (!bounds.isEmpty()) {
      return bounds;
    }
    if (low.compareTo(high) > 0) {
      return List.of(Problem.of("high", "a highest outturn not below the lowest, low " + low, high));
    }
    return low.compareTo(likely) <= 0 && likely.compareTo(high) <= 0 ? List.empty()
        : List.of(Problem.of("likely", "a most likely value from low " + low + " to high " + high, likely));
  }

  private static Seq<Problem> normalProblems(Quantity mean, Quantity standardDeviation) {
    Seq<Problem> missing = missing("mean", mean, "a mean outturn such as 16.1")
        .appendAll(missing("sd", standardDeviation, "a standard deviation of zero or more"));
    if (!missing.isEmpty()) {
      return missing;
    }
    Seq<Problem> bounds = Checks.inputProblems("mean", mean).appendAll(Checks.inputProblems("sd", standardDeviation));
    if (!bounds.isEmpty()) {
      return bounds;
    }
    if (standardDeviation.value().signum() < 0) {
      return List.of(Problem.of("sd", "a standard deviation of zero or more", standardDeviation));
    }
    // Every draw is within nine standard deviations of the mean (Box-Muller from doubles); so no
    // draw can be an outturn beyond the bounds of the numbers lsp-pm reads.
    int deviations = 9;
    BigDecimal reach = mean.value().abs().add(standardDeviation.value().multiply(BigDecimal.valueOf(deviations)));
    return reach.compareTo(BigDecimal.TEN.pow(Checks.MAX_INTEGER_DIGITS)) < 0 ? List.empty()
        : List.of(Problem.of("sd", "a spread whose draws stay below 10^" + Checks.MAX_INTEGER_DIGITS + " (the mean plus "
            + deviations + " standard deviations)", standardDeviation));
  }


  /** A missing part of a forecast as a problem: none when it is there. */
  private static Seq<Problem> missing(String field, Object value, String expected) {
    return value == null ? List.of(Problem.of(field, expected, null)) : List.empty();
  }

  /** {@code v} rounded half even to {@code places}: through a {@code long} when it fits, else through its decimal form. */
  private static BigDecimal rounded(double v, int places) {
    double scaled = v * StrictMath.pow(10, places); // exact: 10^0 to 10^18 are doubles
    if (Math.abs(scaled) < 1e15) {
      return BigDecimal.valueOf((long) Math.rint(scaled), places);
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN);
  }

  private static int scaleOf(Quantity... values) {
    int scale = 0;
    for (Quantity v : values) {
      scale = Math.max(scale, v.value().scale());
    }
    return scale;
  }

  /**
   * A range and its most likely value; draws by the inverse of the triangular distribution.
   *
   * @param low the lowest outturn thought possible
   * @param likely the most likely outturn
   * @param high the highest outturn thought possible
   */
  record Triangular(Quantity low, Quantity likely, Quantity high) implements OutturnForecast {
    /** Creates a forecast; use {@link OutturnForecast#between} for untrusted parts. */
    public Triangular {
      Checks.require(triangularProblems(low, likely, high));
    }

    @Override
    public int scale() {
      return scaleOf(low, likely, high);
    }

    @Override
    public BigDecimal draw(SplittableRandom random, int places) {
      double a = low.value().doubleValue();
      double c = likely.value().doubleValue();
      double b = high.value().doubleValue();
      if (b == a) {
        return likely.value().setScale(places, RoundingMode.HALF_EVEN);
      }
      double u = random.nextDouble();
      double split = (c - a) / (b - a);
      double v = u < split ? a + StrictMath.sqrt(u * (b - a) * (c - a)) : b - StrictMath.sqrt((1 - u) * (b - a) * (b - c));
      return rounded(v, places);
    }

    @Override
    public Quantity centre() {
      return likely;
    }
  }

  /**
   * A normal distribution; draws by the Box-Muller transform (with {@link StrictMath}, so the
   * same seed gives the same draws on every platform).
   *
   * @param mean the mean outturn
   * @param standardDeviation its standard deviation, zero or more
   */
  record Normal(Quantity mean, Quantity standardDeviation) implements OutturnForecast {
    /** Creates a forecast; use {@link OutturnForecast#normal} for untrusted parts. */
    public Normal {
      Checks.require(normalProblems(mean, standardDeviation));
    }

    @Override
    public int scale() {
      return scaleOf(mean, standardDeviation);
    }

    @Override
    public BigDecimal draw(SplittableRandom random, int places) {
      double u1 = 1.0 - random.nextDouble(); // (0, 1]: the logarithm is finite
      double u2 = random.nextDouble();
      double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
      return rounded(mean.value().doubleValue() + z * standardDeviation.value().doubleValue(), places);
    }

    @Override
    public Quantity centre() {
      return mean;
    }
  }

  /**
   * A single value: no uncertainty.
   *
   * @param value the outturn
   */
  record Fixed(Quantity value) implements OutturnForecast {
    /** Creates a forecast; the value may not be null. */
    public Fixed {
      Checks.require(missing("value", value, "an outturn such as 16.1"));
      Checks.require(Checks.inputProblems("value", value));
    }

    @Override
    public int scale() {
      return scaleOf(value);
    }

    @Override
    public BigDecimal draw(SplittableRandom random, int places) {
      return value.value().setScale(places, RoundingMode.HALF_EVEN);
    }

    @Override
    public Quantity centre() {
      return value;
    }
  }
}
