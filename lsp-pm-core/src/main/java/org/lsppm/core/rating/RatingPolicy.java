package org.lsppm.core.rating;

import org.lsppm.core.rule.PolicyId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;

/**
 * Every threshold the rating rules use, as one value that each rating remembers, so that a rating
 * made under one policy is never recoloured by another. Every attribute has a default (see
 * {@link #defaults()}); in JSON, {@code {}} is the default policy and a council writes only what it
 * changes. Immutable and thread-safe.
 *
 * <table>
 *   <caption>Defaults and their sources</caption>
 *   <tr><th>attribute</th><th>default</th><th>source</th></tr>
 *   <tr><td>tolerance</td><td>0.10</td><td>Kensington and Chelsea performance reports</td></tr>
 *   <tr><td>vitalSignTolerance</td><td>0.05</td><td>Kensington and Chelsea vital signs</td></tr>
 *   <tr><td>staticBand</td><td>0</td><td>lsp-pm: any change counts unless a band is set</td></tr>
 *   <tr><td>offTargetTrend</td><td>IGNORE_TREND</td><td>Kensington and Chelsea; Havering used IMPROVING_IS_AMBER</td></tr>
 *   <tr><td>greenFromScore, amberFromScore</td><td>4, 3</td><td>5-4 Green, 3 Amber, 2-1 Red</td></tr>
 *   <tr><td>redWhenGreenShareAtMost</td><td>0.25</td><td>Government Office overall rating</td></tr>
 *   <tr><td>lightTouchNrfBelow</td><td>none</td><td>the amount was set locally; none means only a Green rating qualifies</td></tr>
 * </table>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingPolicy.class)
@JsonDeserialize(as = ImmutableRatingPolicy.class)
public abstract class RatingPolicy {
  private static final Ratio HALF = Ratio.ofPercent(50);
  private static final RatingPolicy DEFAULTS = ImmutableRatingPolicy.builder().build();

  /** The policy's name; every rating made under it carries it. */
  @Value.Default
  public PolicyId id() {
    return new PolicyId("lsp-pm-default");
  }

  /** How far below target (as a share of the target) an outturn may miss and still be Amber. */
  @Value.Default
  public Ratio tolerance() {
    return Ratio.ofPercent(10);
  }

  /** The tolerance for vital-sign indicators. */
  @Value.Default
  public Ratio vitalSignTolerance() {
    return Ratio.ofPercent(5);
  }

  /** Indicators with a tolerance of their own; each indicator at most once. */
  @Value.Default
  public List<ToleranceOverride> toleranceOverrides() {
    return List.empty();
  }

  /** A change within this share of the previous value is Static rather than a trend. */
  @Value.Default
  public Ratio staticBand() {
    return Ratio.ZERO;
  }

  /** Whether an improving trend softens a light beyond tolerance to Amber. */
  @Value.Default
  public OffTargetTrendRule offTargetTrend() {
    return OffTargetTrendRule.IGNORE_TREND;
  }

  /** The lowest progress score that is Green. */
  @Value.Default
  public ProgressScore greenFromScore() {
    return new ProgressScore(4);
  }

  /** The lowest progress score that is Amber; scores below it are Red. */
  @Value.Default
  public ProgressScore amberFromScore() {
    return new ProgressScore(3);
  }

  /** An overall rating is Red when at most this share of assessed outcomes is Green. */
  @Value.Default
  public Ratio redWhenGreenShareAtMost() {
    return Ratio.ofPercent(25);
  }

  /** A partnership whose NRF allocation is below this qualifies for lighter reporting. */
  @Value.Default
  public Option<Money> lightTouchNrfBelow() {
    return Option.none();
  }

  /** The default policy. */
  public static RatingPolicy defaults() {
    return DEFAULTS;
  }

  /** The tolerance that applies to {@code indicator}: its own override, else vital sign, else default. */
  public Ratio toleranceFor(Indicator indicator) {
    return toleranceOverrides().find(o -> o.indicator().equals(indicator.code()))
        .map(ToleranceOverride::tolerance)
        .getOrElse(() -> indicator.isVitalSign() ? vitalSignTolerance() : tolerance());
  }

  /**
   * The tolerance a rating of {@code measurement} uses: the measurement's own, else the
   * indicator's override, else the vital-sign tolerance for a vital sign, else the default. The
   * one place this choice is made; the light rules and {@link LightThresholds} both use it.
   */
  public Ratio toleranceFor(Measurement measurement) {
    return measurement.tolerance().getOrElse(() -> toleranceFor(measurement.indicator()));
  }

  /** This policy renamed. */
  public RatingPolicy withId(PolicyId id) {
    return copy().withId(id);
  }

  /**
   * This policy with another default tolerance.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code tolerance} is negative
   */
  public RatingPolicy withTolerance(Ratio tolerance) {
    return copy().withTolerance(tolerance);
  }

  /**
   * This policy with another vital-sign tolerance.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code tolerance} is negative
   */
  public RatingPolicy withVitalSignTolerance(Ratio tolerance) {
    return copy().withVitalSignTolerance(tolerance);
  }

  /**
   * This policy with {@code indicator}'s own tolerance set (replacing any it had).
   *
   * @throws org.lsppm.core.InvalidInputException if {@code tolerance} is negative
   */
  public RatingPolicy withOverride(IndicatorCode indicator, Ratio tolerance) {
    return copy().withToleranceOverrides(
        toleranceOverrides().filter(o -> !o.indicator().equals(indicator)).append(new ToleranceOverride(indicator, tolerance)));
  }

  /**
   * This policy with another static band for trends.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code band} is negative
   */
  public RatingPolicy withStaticBand(Ratio band) {
    return copy().withStaticBand(band);
  }

  /** This policy with the other treatment of trends beyond tolerance. */
  public RatingPolicy withOffTargetTrend(OffTargetTrendRule rule) {
    return copy().withOffTargetTrend(rule);
  }

  /** This policy with a light-touch NRF threshold. */
  public RatingPolicy withLightTouchNrfBelow(Money amount) {
    return copy().withLightTouchNrfBelow(Option.some(amount));
  }

  private ImmutableRatingPolicy copy() {
    return (ImmutableRatingPolicy) ImmutableRatingPolicy.copyOf(this);
  }

  @Value.Check
  final void check() {
    Checks.require(problems());
  }

  private Seq<Problem> problems() {
    List<Problem> found = List.<Problem>empty()
        .appendAll(toleranceProblems("tolerance", tolerance()))
        .appendAll(toleranceProblems("vitalSignTolerance", vitalSignTolerance()))
        .appendAll(toleranceProblems("staticBand", staticBand()));
    if (redWhenGreenShareAtMost().isNegative() || redWhenGreenShareAtMost().compareTo(HALF) >= 0) {
      found = found.append(Problem.of("redWhenGreenShareAtMost",
          "a share from 0 up to but not including 0.5 (Amber/Green needs most outcomes Green)", redWhenGreenShareAtMost().value()));
    }
    if (amberFromScore().compareTo(greenFromScore()) > 0) {
      found = found.append(Problem.of("amberFromScore", "a score not above greenFromScore " + greenFromScore().value(),
          amberFromScore().value()));
    }
    if (lightTouchNrfBelow().exists(Money::isNegative)) {
      found = found.append(Problem.of("lightTouchNrfBelow", "an amount of zero or more", lightTouchNrfBelow().get()));
    }
    Seq<IndicatorCode> repeated = toleranceOverrides().map(ToleranceOverride::indicator)
        .groupBy(c -> c).filter(e -> e._2.size() > 1).keySet().toList().sorted();
    if (!repeated.isEmpty()) {
      found = found.append(Problem.of("toleranceOverrides", "each indicator at most once", repeated.mkString(", ")));
    }
    return found;
  }

  /**
   * A tolerance (or band) is a fraction of the target from zero up to but not including one: 15
   * or 1.5 is not read as 1500% or 150% but refused, saying how 15% is written.
   */
  static Seq<Problem> toleranceProblems(String field, Ratio tolerance) {
    BigDecimal v = tolerance.value();
    Validation<Seq<Problem>, BigDecimal> bounded = Checks.at(field, Checks.number(v));
    if (bounded.isInvalid()) {
      return bounded.getError();
    }
    if (v.signum() >= 0 && v.compareTo(BigDecimal.ONE) < 0) {
      return List.empty();
    }
    String hint = v.signum() < 0 ? "such as 0.1 for ten per cent"
        : "such as 0.15 for 15% (a tolerance of " + v.toPlainString() + "% is written " + v.movePointLeft(2).toPlainString() + ")";
    return List.of(Problem.of(field, "a fraction from 0 up to but not including 1, " + hint, v.toPlainString()));
  }
}
