package org.lsppm.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The inputs of the traffic-light rule as exact decimals, with the moves a property test makes:
 * another outturn, the mirror image, how far an outturn is from its goal. {@link #measurement()}
 * turns a case into what an engine rates; {@link LightOracle} says what light it should get.
 *
 * @param polarity whether higher or lower is better, or a range
 * @param lower the target, or the range's lower bound
 * @param upper the target again (equal to {@code lower}), or the range's upper bound
 * @param outturn the outturn
 * @param tolerance the tolerance as a proportion ({@code 0.1} for 10%)
 */
public record LightCase(Polarity polarity, BigDecimal lower, BigDecimal upper, BigDecimal outturn, BigDecimal tolerance) {
  private static final ReportingPeriod YEAR = ReportingPeriod.year(Checks.orThrow(FinancialYear.parse("2008/09")));

  /** Creates a case; no part may be null, and {@code lower} may not exceed {@code upper}. */
  public LightCase {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(outturn, "outturn");
    Objects.requireNonNull(tolerance, "tolerance");
    if (lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException("lower " + lower + " above upper " + upper);
    }
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

  /** This case as a measurement of indicator {@code LIGHT 1} against its 2008/09 target, with the case's own tolerance. */
  public Measurement measurement() {
    Indicator i = Checks.orThrow(Indicator.newBuilder().code(INDICATOR).title("Generated indicator")
        .theme("Generated theme").polarity(polarity).unit("units").flags(List.empty()).build());
    Outturn o = Checks.orThrow(Outturn.measured(i.code().value(), YEAR, new Quantity(outturn), DataStatus.FINAL));
    Goal g = polarity == Polarity.WITHIN_RANGE ? new Goal(new Quantity(lower), new Quantity(upper)) : Goal.of(new Quantity(lower));
    return Checks.orThrow(Measurement.newBuilder().indicator(i).outturn(o).basis(RatingBasis.TARGET).goal(g)
        .tolerance(new Ratio(tolerance)).build());
  }

  /**
   * This case as a measurement that carries no tolerance of its own, so that the engine's policy
   * decides it (its default, its vital-sign tolerance or its override for {@code LIGHT 1}); the
   * case's {@link #tolerance()} is not used.
   */
  public Measurement measurementUnderPolicy() {
    Measurement m = measurement();
    return Checks.orThrow(Measurement.newBuilder().indicator(m.indicator()).outturn(m.outturn())
        .basis(RatingBasis.TARGET).goal(m.goal().get()).build());
  }

  /** The light {@link LightOracle} says this case should get. */
  public org.lsppm.core.rating.TrafficLight expectedLight() {
    return LightOracle.light(polarity, lower, upper, outturn, tolerance);
  }

  /** The same case seen in a mirror: values negated, higher and lower swapped. */
  public LightCase mirrored() {
    Polarity p = switch (polarity) {
      case HIGHER_IS_BETTER -> Polarity.LOWER_IS_BETTER;
      case LOWER_IS_BETTER -> Polarity.HIGHER_IS_BETTER;
      case WITHIN_RANGE -> Polarity.WITHIN_RANGE;
    };
    return new LightCase(p, upper.negate(), lower.negate(), outturn.negate(), tolerance);
  }

  /** This case with another outturn. */
  public LightCase withOutturn(BigDecimal a) {
    return new LightCase(polarity, lower, upper, a, tolerance);
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
