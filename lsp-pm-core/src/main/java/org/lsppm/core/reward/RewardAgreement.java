package org.lsppm.core.reward;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.period.FinancialYear;

/**
 * A reward agreement (an LPSA, or the reward element of an LAA1): its period in financial years,
 * the potential grant (the pot), and the stretch targets it divides between. The pot is either
 * given outright, or a rate (2.5% by default) of one year's net budget requirement, optionally
 * rounded half up to a step such as £1,000. Every measure (a target with a stretch of its own, or
 * a sub-target) has an id unique across the agreement, since scenarios name outturns by it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRewardAgreement.class)
@JsonDeserialize(as = ImmutableRewardAgreement.class)
public abstract class RewardAgreement {

  /** The agreement's name. */
  public abstract Text name();

  /** The first financial year of the agreement. */
  public abstract FinancialYear firstYear();

  /** The last financial year of the agreement; payments follow in the years after it. */
  public abstract FinancialYear lastYear();

  /** The pot, when the agreement gives it outright. */
  @Value.Default
  public Option<Money> grant() {
    return Option.none();
  }

  /** The net budget requirement the pot is a rate of, when not given outright. */
  @Value.Default
  public Option<Money> netBudgetRequirement() {
    return Option.none();
  }

  /** The rate of the net budget requirement. */
  @Value.Default
  public Ratio potRate() {
    return Ratio.ofPercent(new BigDecimal("2.5"));
  }

  /** The step the rate-based pot is rounded to, half up, such as £1,000. */
  @Value.Default
  public Option<Money> potRoundingStep() {
    return Option.none();
  }

  /** The stretch targets, in the agreement's order (which breaks ties when pennies are placed). */
  public abstract List<StretchTarget> targets();

  /** The potential grant: given, or the rate of the net budget requirement rounded to the step and the penny. */
  public Money pot() {
    if (grant().isDefined()) {
      return grant().get();
    }
    BigDecimal raw = netBudgetRequirement().get().amount().multiply(potRate().value());
    if (potRoundingStep().isDefined()) {
      BigDecimal step = potRoundingStep().get().amount();
      return Money.of(raw.divide(step, 0, RoundingMode.HALF_UP).multiply(step), RoundingMode.UNNECESSARY);
    }
    return Money.of(raw, RoundingMode.HALF_UP);
  }

  /** Every measure (a target's own stretch, or a sub-target), in order. */
  public List<Measure> measures() {
    return targets().flatMap(Measure::of);
  }

  /** The measure with {@code id}, if any. */
  public Option<Measure> measure(TargetId id) {
    return measures().find(m -> m.id().equals(id));
  }

  @Value.Check
  final void check() {
    Checks.require(problems(firstYear(), lastYear(), grant(), netBudgetRequirement(), potRate(), potRoundingStep(), targets()));
  }

  /** An agreement with a pot given outright. */
  public static Validation<Seq<Problem>, RewardAgreement> withGrant(
      String name, FinancialYear firstYear, FinancialYear lastYear, Money grant, Iterable<StretchTarget> targets) {
    return build(name, firstYear, lastYear, Option.of(grant), Option.none(), null, null, targets,
        grant == null ? Option.some("grant") : Option.none());
  }

  /**
   * A builder of an agreement whose pot is a rate of the council's net budget requirement:
   * {@code RewardAgreement.newBuilder().name(...).firstYear(...).lastYear(...)
   * .netBudgetRequirement(...).potRate(...).potRoundingStep(...).targets(...).build()}. The rate
   * left out is 2.5%, the rounding step left out is none. (A pot given outright is
   * {@link #withGrant}.) {@link Builder#build()} reports every problem at once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private String name;
    private FinancialYear firstYear;
    private FinancialYear lastYear;
    private Money netBudgetRequirement;
    private Ratio potRate;
    private Money potRoundingStep;
    private Iterable<StretchTarget> targets;

    private Builder() {}

    /** The agreement's name; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Its first financial year; required. */
    public Builder firstYear(FinancialYear firstYear) {
      this.firstYear = firstYear;
      return this;
    }

    /** Its last financial year; required. */
    public Builder lastYear(FinancialYear lastYear) {
      this.lastYear = lastYear;
      return this;
    }

    /** The council's net budget requirement the pot is a rate of; required. */
    public Builder netBudgetRequirement(Money netBudgetRequirement) {
      this.netBudgetRequirement = netBudgetRequirement;
      return this;
    }

    /** The rate; none set is 2.5%. */
    public Builder potRate(Ratio potRate) {
      this.potRate = potRate;
      return this;
    }

    /** The step the pot is rounded to; none set is no rounding. */
    public Builder potRoundingStep(Money potRoundingStep) {
      this.potRoundingStep = potRoundingStep;
      return this;
    }

    /** Its stretch targets. */
    public Builder targets(Iterable<StretchTarget> targets) {
      this.targets = targets;
      return this;
    }

    /** What was set, checked: the agreement, or every problem with it at once. */
    public Validation<Seq<Problem>, RewardAgreement> build() {
      return withRate(name, firstYear, lastYear, netBudgetRequirement, potRate, potRoundingStep, targets);
    }
  }

  /** An agreement whose pot is {@code rate} (null for 2.5%) of a net budget requirement, rounded to {@code step} (null for none). */
  static Validation<Seq<Problem>, RewardAgreement> withRate(
      String name, FinancialYear firstYear, FinancialYear lastYear, Money netBudgetRequirement, Ratio rate,
      Money step, Iterable<StretchTarget> targets) {
    return build(name, firstYear, lastYear, Option.none(), Option.of(netBudgetRequirement), rate, step, targets,
        netBudgetRequirement == null ? Option.some("netBudgetRequirement") : Option.none());
  }

  private static Validation<Seq<Problem>, RewardAgreement> build(
      String name, FinancialYear first, FinancialYear last, Option<Money> grant, Option<Money> nbr, Ratio rate,
      Money step, Iterable<StretchTarget> targets, Option<String> missingPot) {
    Ratio r = rate == null ? Ratio.ofPercent(new BigDecimal("2.5")) : rate;
    Validation<Seq<Problem>, Boolean> pot = missingPot.isDefined()
        ? Checks.at(missingPot.get(), Checks.invalid(Problem.of("an amount in pounds", null)))
        : Checks.valid(true);
    return Checks.join(Validation.combine(
                Checks.at("name", Text.of(name)),
                Checks.at("firstYear", Checks.present(first, "a financial year")),
                Checks.at("lastYear", Checks.present(last, "a financial year")),
                pot,
                Checks.each("targets", targets, t -> Checks.present(t, "a stretch target")))
            .ap((n, f, l, unused, ts) -> Checks.buildUnless(problems(f, l, grant, nbr, r, Option.of(step), ts),
                () -> ImmutableRewardAgreement.builder().name(n).firstYear(f).lastYear(l).targets(ts)
                    .grant(grant).netBudgetRequirement(nbr).potRate(r).potRoundingStep(Option.of(step)).build())));
  }

  private static Seq<Problem> problems(
      FinancialYear first, FinancialYear last, Option<Money> grant, Option<Money> nbr, Ratio rate,
      Option<Money> step, List<StretchTarget> targets) {
    List<Problem> found = List.empty();
    if (last.compareTo(first) < 0) {
      found = found.append(Problem.of("lastYear", "a year not before the first year " + first, last));
    }
    if (grant.isDefined() == nbr.isDefined()) {
      found = found.append(Problem.of("grant", "either a grant or a net budget requirement, not "
          + (grant.isDefined() ? "both" : "neither"), grant.getOrNull()));
    }
    found = found.appendAll(grant.filter(Money::isNegative).map(g -> Problem.of("grant", "an amount of zero or more", g)));
    found = found.appendAll(nbr.filter(Money::isNegative).map(g -> Problem.of("netBudgetRequirement", "an amount of zero or more", g)));
    if (rate.isNegative()) {
      found = found.append(Problem.of("potRate", "a rate of zero or more, such as 0.025", rate.value()));
    }
    found = found.appendAll(step.filter(s -> !s.isPositive()).map(s -> Problem.of("potRoundingStep", "an amount above zero", s)));
    if (targets.isEmpty()) {
      found = found.append(Problem.of("targets", "at least one stretch target", "none"));
    }
    Seq<TargetId> repeatedTargets = repeated(targets.map(StretchTarget::id));
    if (!repeatedTargets.isEmpty()) {
      found = found.append(Problem.of("targets", "target ids that are unique within the agreement", repeatedTargets.mkString(", ")));
    }
    Seq<TargetId> repeatedMeasures = repeated(targets.flatMap(Measure::of).map(Measure::id)).removeAll(repeatedTargets);
    if (!repeatedMeasures.isEmpty()) {
      found = found.append(Problem.of("targets", "sub-target ids that are unique within the agreement (scenarios name outturns by them)",
          repeatedMeasures.mkString(", ")));
    }
    boolean someWeighted = targets.exists(t -> t.weight().isDefined());
    if (someWeighted && !targets.forAll(t -> t.weight().isDefined())) {
      found = found.append(Problem.of("targets", "a weight on every target or on none",
          targets.count(t -> t.weight().isDefined()) + " of " + targets.size() + " weighted"));
    }
    return found;
  }

  private static Seq<TargetId> repeated(List<TargetId> ids) {
    return ids.groupBy(i -> i).filter(e -> e._2.size() > 1).keySet().toList().sorted();
  }
}
