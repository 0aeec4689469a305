package org.lsppm.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import org.lsppm.core.Checks;
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
import org.lsppm.core.rating.OffTargetTrendRule;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.Trend;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The inputs of the traffic-light and trend rules as exact decimals, with the moves a property
 * test makes: another outturn, the mirror image, how far an outturn is from its goal.
 * {@link #measurement()} turns a case into what an engine rates; {@link LightOracle} says what
 * light and trend it should get, under either off-target trend rule and any static band.
 *
 * <pre>{@code
 * // Havering's "improving is Amber", checked against the oracle on cases with a previous outturn
 * RatingEngine havering = DroolsRatingEngine.forPolicy(RatingPolicy.defaults()
 *     .withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER));
 * qt().forAll(LightCase.trendCases()).checkAssert(c -> assertThat(havering.rate(c.measurement()).light())
 *     .containsExactly(c.expectedLight(OffTargetTrendRule.IMPROVING_IS_AMBER, BigDecimal.ZERO)));
 * }</pre>
 *
 * @param polarity whether higher or lower is better, or a range
 * @param lower the target, or the range's lower bound
 * @param upper the target again (equal to {@code lower}), or the range's upper bound
 * @param outturn the outturn
 * @param tolerance the tolerance as a proportion ({@code 0.1} for 10%)
 * @param previous the previous comparable outturn, for the trend; none for no trend
 * @param vitalSign whether the indicator is a vital sign (its policy tolerance is the vital-sign one)
 * @param basis what the outturn is rated against: a target, a trajectory milestone or a forecast's final target
 */
public record LightCase(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance,
    Option<BigDecimal> previous, boolean vitalSign, RatingBasis basis) {
  private static final ReportingPeriod YEAR = ReportingPeriod.year(Checks.orThrow(FinancialYear.parse("2008/09")));

  /**
   * Creates a case; no part may be null, {@code lower} may not exceed {@code upper}, and the basis
   * is one with a goal.
   */
  public LightCase {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(basis, "basis");
    if (basis == RatingBasis.NONE) {
      throw new IllegalArgumentException("basis NONE has no goal to rate against");
    }
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(outturn, "outturn");
    Objects.requireNonNull(tolerance, "tolerance");
    if (lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException("lower " + lower + " above upper " + upper);
    }
  }

  /** A case against a target, not a vital sign, with no previous outturn. */
  public LightCase(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance) {
    this(polarity, lower, upper, outturn, tolerance, Option.none(), false, RatingBasis.TARGET);
  }

  /**
   * Random cases of every polarity: targets between -100,000 and 100,000 with up to four decimal
   * places, outturns near the target half the time (so every light is common), tolerances from 0
   * to 30%.
   */
  public static Gen<LightCase> cases() {
    Gen<Polarity> polarity = Generate.enumValues(Polarity.class);
    return in -> {
      Polarity p = polarity.generate(in);
      BigDecimal a = decimals().generate(in);
      BigDecimal b = p == Polarity.WITHIN_RANGE ? a.add(BigDecimal.valueOf(integers().between(1, 100_000).generate(in), 2)) : a;
      BigDecimal outturn = Generate.booleans().generate(in) ? decimals().generate(in)
          : a.add(BigDecimal.valueOf(integers().between(-200, 200).generate(in), 1));
      return new LightCase(p, a, b, outturn, tolerances().generate(in));
    };
  }

  /**
   * Random cases with every dimension: those of {@link #cases()}, and a previous outturn two times
   * in three (near the outturn half of those, so that each trend and the static band are common),
   * a vital sign one time in four, and each basis with a goal. Built from QuickTheories' own
   * generators, so a failing case shrinks.
   */
  public static Gen<LightCase> trendCases() {
    Gen<LightCase> plain = cases();
    Gen<RatingBasis> basis = Generate.pick(java.util.List.of(RatingBasis.TARGET, RatingBasis.MILESTONE, RatingBasis.FORECAST));
    return in -> {
      LightCase c = plain.generate(in);
      int previousKind = integers().between(0, 2).generate(in);
      Option<BigDecimal> previous = switch (previousKind) {
        case 0 -> Option.none();
        case 1 -> Option.some(c.outturn().add(BigDecimal.valueOf(integers().between(-50, 50).generate(in), 1)));
        default -> Option.some(decimals().generate(in));
      };
      boolean vital = integers().between(0, 3).generate(in) == 0;
      return new LightCase(c.polarity(), c.lower(), c.upper(), c.outturn(), c.tolerance(), previous, vital, basis.generate(in));
    };
  }

  /** Static bands from 0 to 10% in steps of 0.5%. */
  public static Gen<BigDecimal> staticBands() {
    return integers().between(0, 20).map(i -> BigDecimal.valueOf(i * 5L, 3));
  }

  /** Exact decimals between -100,000 and 100,000 with up to four places. */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-10_000_000L, 10_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  /** Tolerances from 0 to 30% in steps of 0.1%. */
  public static Gen<BigDecimal> tolerances() {
    return integers().between(0, 300).map(i -> BigDecimal.valueOf(i, 3));
  }

  /** The code of the indicator every case measures, for policy overrides: {@code LIGHT 1}. */
  public static final String INDICATOR = "LIGHT 1";

  /**
   * This case as a measurement of indicator {@code LIGHT 1} (a vital sign when the case says so)
   * against its 2008/09 goal on the case's basis, with the case's own tolerance and its previous
   * outturn.
   */
  public Measurement measurement() {
    Indicator i = Checks.orThrow(Indicator.newBuilder().code(INDICATOR).title("Generated indicator")
        .theme("Generated theme").polarity(polarity).unit("units")
        .flags(vitalSign ? List.of(IndicatorFlag.VITAL_SIGN) : List.empty()).build());
    Outturn o = Checks.orThrow(Outturn.measured(i.code().value(), YEAR, new Quantity(outturn), DataStatus.FINAL));
    Goal g = polarity == Polarity.WITHIN_RANGE ? new Goal(new Quantity(lower), new Quantity(upper)) : Goal.of(new Quantity(lower));
    return Checks.orThrow(Measurement.newBuilder().indicator(i).outturn(o).basis(basis).goal(g)
        .previous(previous.map(Quantity::new).getOrNull()).tolerance(new Ratio(tolerance)).build());
  }

  /**
   * This case as a measurement that carries no tolerance of its own, so that the engine's policy
   * decides it (its default, its vital-sign tolerance or its override for {@code LIGHT 1}); the
   * case's {@link #tolerance()} is not used.
   */
  public Measurement measurementUnderPolicy() {
    Measurement m = measurement();
    return Checks.orThrow(Measurement.newBuilder().indicator(m.indicator()).outturn(m.outturn())
        .basis(basis).goal(m.goal().get()).previous(m.previous().getOrNull()).build());
  }

  /** The light {@link LightOracle} says this case should get when a miss beyond tolerance is Red whatever the trend. */
  public org.lsppm.core.rating.TrafficLight expectedLight() {
    return LightOracle.light(polarity, lower, upper, outturn, tolerance);
  }

  /** The light {@link LightOracle} says this case should get under {@code rule}, with static band {@code staticBand}. */
  public org.lsppm.core.rating.TrafficLight expectedLight(OffTargetTrendRule rule, BigDecimal staticBand) {
    return LightOracle.light(polarity, lower, upper, outturn, tolerance, previous, staticBand, rule);
  }

  /** The trend {@link LightOracle} says this case should show with static band {@code staticBand}; none without a previous outturn. */
  public Option<Trend> expectedTrend(BigDecimal staticBand) {
    return previous.map(p -> LightOracle.trend(polarity, lower, upper, p, outturn, staticBand));
  }

  /** The same case seen in a mirror: values negated, higher and lower swapped. */
  public LightCase mirrored() {
    Polarity p = switch (polarity) {
      case HIGHER_IS_BETTER -> Polarity.LOWER_IS_BETTER;
      case LOWER_IS_BETTER -> Polarity.HIGHER_IS_BETTER;
      case WITHIN_RANGE -> Polarity.WITHIN_RANGE;
    };
    return new LightCase(p, upper.negate(), lower.negate(), outturn.negate(), tolerance, previous.map(BigDecimal::negate), vitalSign,
        basis);
  }

  /** This case with another outturn. */
  public LightCase withOutturn(BigDecimal a) {
    return new LightCase(polarity, lower, upper, a, tolerance, previous, vitalSign, basis);
  }

  /** This case with another previous outturn (none for no trend). */
  public LightCase withPrevious(Option<BigDecimal> p) {
    return new LightCase(polarity, lower, upper, outturn, tolerance, p, vitalSign, basis);
  }

  /** How far outturn {@code a} is from where it should be (zero when it is met): smaller is better. */
  public BigDecimal badness(BigDecimal a) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> lower.subtract(a).max(BigDecimal.ZERO);
      case LOWER_IS_BETTER -> a.subtract(upper).max(BigDecimal.ZERO);
      case WITHIN_RANGE -> lower.subtract(a).max(a.subtract(upper)).max(BigDecimal.ZERO);
    };
  }
}
