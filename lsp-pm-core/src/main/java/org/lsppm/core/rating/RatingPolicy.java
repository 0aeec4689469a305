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

  /**
   * A builder from the defaults, whose {@link Builder#build()} reports every problem at once, where
   * a chain of {@code withX} calls throws at the first.
   *
   * <pre>{@code
   * Validation<Seq<Problem>, RatingPolicy> havering = RatingPolicy.newBuilder()
   *     .id("havering-2009").tolerance(Ratio.ofPercent(10)).offTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER)
   *     .override("NI 195a", Ratio.ofPercent(15))
   *     .build();
   * }</pre>
   */
  public static Builder newBuilder() {
    return new Builder(DEFAULTS);
  }

  /** A builder from this policy: {@code policy.toBuilder().tolerance(...).build()}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The parts of a policy, set in any order from untrusted values and checked together when built.
   * Not thread-safe: a builder belongs to the code that fills it.
   */
  public static final class Builder {
    private final java.util.List<Problem> problems = new java.util.ArrayList<>();
    private final java.util.Map<String, ToleranceOverride> overrides = new java.util.LinkedHashMap<>();
    private int override;
    private PolicyId id;
    private Ratio tolerance;
    private Ratio vitalSignTolerance;
    private Ratio staticBand;
    private OffTargetTrendRule offTargetTrend;
    private ProgressScore greenFromScore;
    private ProgressScore amberFromScore;
    private Ratio redWhenGreenShareAtMost;
    private Option<Money> lightTouchNrfBelow;

    private Builder(RatingPolicy from) {
      id = from.id();
      tolerance = from.tolerance();
      vitalSignTolerance = from.vitalSignTolerance();
      from.toleranceOverrides().forEach(o -> overrides.put(o.indicator().value(), o));
      staticBand = from.staticBand();
      offTargetTrend = from.offTargetTrend();
      greenFromScore = from.greenFromScore();
      amberFromScore = from.amberFromScore();
      redWhenGreenShareAtMost = from.redWhenGreenShareAtMost();
      lightTouchNrfBelow = from.lightTouchNrfBelow();
    }

    /** The policy's name, which every rating made under it carries. */
    public Builder id(String id) {
      set("id", PolicyId.of(id), v -> this.id = v);
      return this;
    }

    /** The default tolerance, a fraction of the target (0.1 for ten per cent). */
    public Builder tolerance(Ratio tolerance) {
      this.tolerance = java.util.Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /** The vital signs' tolerance. */
    public Builder vitalSignTolerance(Ratio tolerance) {
      this.vitalSignTolerance = java.util.Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /** {@code indicator}'s own tolerance, replacing any it had. */
    public Builder override(String indicator, Ratio tolerance) {
      set("toleranceOverrides[" + override++ + "]", ToleranceOverride.of(indicator, tolerance), o -> overrides.put(o.indicator().value(), o));
      return this;
    }

    /** The share of the previous value within which a change is Static. */
    public Builder staticBand(Ratio band) {
      this.staticBand = java.util.Objects.requireNonNull(band, "band");
      return this;
    }

    /** Whether an improving trend softens a light beyond tolerance to Amber. */
    public Builder offTargetTrend(OffTargetTrendRule rule) {
      this.offTargetTrend = java.util.Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The lowest progress score that is Green (1 to 5). */
    public Builder greenFromScore(int score) {
      set("greenFromScore", ProgressScore.of(score), v -> greenFromScore = v);
      return this;
    }

    /** The lowest progress score that is Amber (1 to 5); scores below it are Red. */
    public Builder amberFromScore(int score) {
      set("amberFromScore", ProgressScore.of(score), v -> amberFromScore = v);
      return this;
    }

    /** An overall rating is Red when at most this share of assessed outcomes is Green. */
    public Builder redWhenGreenShareAtMost(Ratio share) {
      this.redWhenGreenShareAtMost = java.util.Objects.requireNonNull(share, "share");
      return this;
    }

    /** The NRF allocation below which a partnership qualifies for lighter reporting. */
    public Builder lightTouchNrfBelow(Money amount) {
      this.lightTouchNrfBelow = Option.some(java.util.Objects.requireNonNull(amount, "amount"));
      return this;
    }

    /** Sets a part that was read, or notes its problems at {@code field}. */
    private <T> void set(String field, Validation<Seq<Problem>, T> part, java.util.function.Consumer<T> into) {
      if (part.isValid()) {
        into.accept(part.get());
      } else {
        part.getError().forEach(p -> problems.add(p.at(field)));
      }
    }

    /** The policy, or every problem of its parts and of the parts together. */
    public Validation<Seq<Problem>, RatingPolicy> build() {
      List<Problem> found = List.ofAll(problems);
      try {
        RatingPolicy built = ImmutableRatingPolicy.builder().id(id).tolerance(tolerance).vitalSignTolerance(vitalSignTolerance)
            .toleranceOverrides(List.ofAll(overrides.values())).staticBand(staticBand).offTargetTrend(offTargetTrend)
            .greenFromScore(greenFromScore).amberFromScore(amberFromScore).redWhenGreenShareAtMost(redWhenGreenShareAtMost)
            .lightTouchNrfBelow(lightTouchNrfBelow).build();
        return found.isEmpty() ? Validation.valid(built) : Validation.invalid(found);
      } catch (org.lsppm.core.InvalidInputException e) {
        return Validation.invalid(found.appendAll(e.problems()));
      }
    }
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
