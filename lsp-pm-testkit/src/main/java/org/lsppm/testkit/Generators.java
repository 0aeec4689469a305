package org.lsppm.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.indicator.Baseline;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.IndicatorFlag;
import org.lsppm.core.indicator.Milestone;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.AnnualTargetStatus;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PlausibilityScore;
import org.lsppm.core.rating.ProgressScore;
import org.lsppm.core.rating.RiskToDelivery;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.reward.SubTarget;
import org.lsppm.core.reward.Weight;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random valid instances of every lsp-pm core type, for property
 * tests: {@code qt().forAll(Generators.partnerships()).checkAssert(p -> ...)}. Every value they
 * make passes the type's own validation. Text includes characters that stress JSON and CSV
 * (quotes, commas, tabs, non-ASCII). See also {@link LightCase} for the light rule's inputs and
 * {@link LightOracle} for an independent statement of it.
 */
public final class Generators {
  private Generators() {}

  /** Random light-rule inputs; see {@link LightCase#cases()}. */
  public static Gen<LightCase> lightCases() {
    return LightCase.cases();
  }

  /** Random measurements: an outturn of a random polarity against a target, with a tolerance. */
  public static Gen<org.lsppm.core.rating.Measurement> measurements() {
    return LightCase.cases().map(LightCase::measurement);
  }

  private static final List<String> WORDS = List.of(
      "Safer", "Communities", "Streets", "Learning", "Health", "Homes", "Work", "Culture", "Golborne",
      "St Charles", "NRF", "£", "é", "Ω", "\"quoted\"", "a,b", "line\tbreak");

  /** Non-blank text, including characters that stress JSON and CSV. */
  public static Gen<String> words() {
    Gen<String> word = Generate.pick(WORDS.toJavaList());
    return in -> List.range(0, integers().between(1, 4).generate(in)).map(i -> word.generate(in)).mkString(" ");
  }

  public static Gen<Text> texts() {
    return words().map(Text::new);
  }

  public static <T> Gen<Option<T>> options(Gen<T> gen) {
    return in -> Generate.booleans().generate(in) ? Option.some(gen.generate(in)) : Option.none();
  }

  public static <T> Gen<List<T>> lists(Gen<T> gen, int max) {
    return in -> List.range(0, integers().between(0, max).generate(in)).map(i -> gen.generate(in));
  }

  /** Exact decimals from -10^9 to 10^9 with up to 6 decimal places. */
  public static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .zip(integers().between(0, 6), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale + 3));
  }

  public static Gen<Quantity> quantities() {
    return decimals().map(Quantity::new);
  }

  public static Gen<Money> money() {
    return longs().between(-100_000_000_00L, 100_000_000_00L).map(p -> new Money(BigDecimal.valueOf(p, 2)));
  }

  public static Gen<Ratio> ratios() {
    return decimals().map(Ratio::new);
  }

  public static Gen<LocalDate> dates() {
    return integers().between(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  public static Gen<FinancialYear> financialYears() {
    return integers().between(1990, 2040).map(FinancialYear::new);
  }

  public static Gen<ReportingPeriod> periods() {
    return dates().zip(integers().between(0, 800), (d, n) -> new ReportingPeriod(d, d.plusDays(n)));
  }

  public static Gen<IndicatorCode> codes() {
    return in -> new IndicatorCode(Generate.pick(java.util.List.of("NI", "BV", "LOC", "KC")).generate(in) + " "
        + integers().between(1, 999).generate(in) + Generate.pick(java.util.List.of("", "a", "b")).generate(in));
  }

  public static Gen<Goal> goals() {
    return quantities().zip(quantities(), (a, b) -> a.compareTo(b) <= 0 ? new Goal(a, b) : new Goal(b, a));
  }

  public static Gen<Theme> themes() {
    return texts().zip(options(Generate.enumValues(PriorityArea.class)),
        (n, a) -> Theme.of(new org.lsppm.core.theme.ThemeName(n.value()), a));
  }

  public static Gen<Indicator> indicators() {
    return in -> Indicator.newBuilder().code(codes().generate(in).value()).title(words().generate(in))
        .theme(words().generate(in)).polarity(Generate.enumValues(Polarity.class).generate(in))
        .unit(words().generate(in)).flags(lists(Generate.enumValues(IndicatorFlag.class), 4).generate(in))
        .build().get();
  }

  public static Gen<Target> targets() {
    return in -> {
      ReportingPeriod period = ReportingPeriod.year(financialYears().generate(in));
      List<Milestone> trajectory = List.range(1, integers().between(1, 4).generate(in))
          .map(q -> new Milestone(ReportingPeriod.quarter(FinancialYear.containing(period.start()), q).get(), goals().generate(in)));
      Baseline baseline = new Baseline(ReportingPeriod.year(FinancialYear.containing(period.start()).previous()), quantities().generate(in));
      return Target.of(codes().generate(in).value(), period, goals().generate(in),
          Generate.booleans().generate(in) ? baseline : null, trajectory).get();
    };
  }

  public static Gen<Outturn> outturns() {
    return in -> {
      DataStatus status = Generate.enumValues(DataStatus.class).generate(in);
      Option<Quantity> value = status.hasValue() ? Option.some(quantities().generate(in)) : Option.none();
      return Outturn.of(codes().generate(in).value(), periods().generate(in), value, status).get();
    };
  }

  public static Gen<ProgressScore> progressScores() {
    return integers().between(1, 5).map(ProgressScore::new);
  }

  public static Gen<PlausibilityScore> plausibilityScores() {
    return integers().between(1, 5).map(PlausibilityScore::new);
  }

  public static Gen<TrafficLight> lights() {
    return Generate.enumValues(TrafficLight.class);
  }

  public static Gen<OutcomeAssessment> outcomes() {
    return in -> OutcomeAssessment.newBuilder().outcome(words().generate(in)).title(words().generate(in))
        .theme(options(words()).generate(in).getOrNull()).progress(lights().generate(in))
        .problems(lights().generate(in)).confidence(lights().generate(in))
        .commentary(options(words()).generate(in).getOrNull()).build().get();
  }

  public static Gen<DesignatedTargetAssessment> designated() {
    return in -> DesignatedTargetAssessment.of(codes().generate(in).value(), financialYears().generate(in).toString(),
        Generate.enumValues(RiskToDelivery.class).generate(in),
        Generate.enumValues(AnnualTargetStatus.class).generate(in)).get();
  }

  public static Gen<Stretch> stretches() {
    return in -> {
      Quantity w = quantities().generate(in);
      Quantity step = new Quantity(BigDecimal.valueOf(integers().between(1, 10_000).generate(in), 2));
      boolean higher = Generate.booleans().generate(in);
      Quantity t = higher ? w.plus(step) : w.minus(step);
      Quantity interim = higher ? w.plus(new Quantity(step.value().divide(BigDecimal.valueOf(2))))
          : w.minus(new Quantity(step.value().divide(BigDecimal.valueOf(2))));
      return Stretch.of(w, t, Generate.booleans().generate(in) ? interim : null).get();
    };
  }

  public static Gen<Weight> weights() {
    return integers().between(1, 1000).map(i -> new Weight(BigDecimal.valueOf(i, 1)));
  }

  public static Gen<StretchTarget> stretchTargets() {
    return in -> {
      String id = String.valueOf(integers().between(1, 40).generate(in));
      if (Generate.booleans().generate(in)) {
        return StretchTarget.of(id, words().generate(in), null, stretches().generate(in),
            options(weights()).generate(in).getOrNull()).get();
      }
      boolean weighted = Generate.booleans().generate(in);
      List<SubTarget> subs = List.range(0, integers().between(2, 4).generate(in))
          .map(i -> SubTarget.of(id + "." + (i + 1), words().generate(in), codes().generate(in).value(),
              stretches().generate(in), weighted ? weights().generate(in) : null).get());
      return StretchTarget.withSubTargets(id, words().generate(in), subs, options(weights()).generate(in).getOrNull()).get();
    };
  }

  public static Gen<org.lsppm.core.reward.RewardAgreement> rewardAgreements() {
    return in -> {
      List<StretchTarget> chosen = List.range(0, integers().between(1, 4).generate(in)).map(i -> Generate.booleans().generate(in)
          ? StretchTarget.of("T" + i, words().generate(in), null, stretches().generate(in), null).get()
          : StretchTarget.withSubTargets("T" + i, words().generate(in), List.range(0, 2).map(j -> SubTarget.of(
              "T" + i + "." + j, words().generate(in), null, stretches().generate(in), null).get()), null).get());
      FinancialYear first = financialYears().generate(in);
      return Generate.booleans().generate(in)
          ? org.lsppm.core.reward.RewardAgreement.withGrant(words().generate(in), first, first.plusYears(2),
              new Money(BigDecimal.valueOf(longs().between(0, 10_000_000_00L).generate(in), 2)), chosen).get()
          : org.lsppm.core.reward.RewardAgreement.newBuilder().name(words().generate(in)).firstYear(first)
              .lastYear(first.plusYears(2))
              .netBudgetRequirement(new Money(BigDecimal.valueOf(longs().between(0, 500_000_000_00L).generate(in), 2)))
              .potRoundingStep(Money.ofPounds(1000)).targets(chosen).build().get();
    };
  }

  public static Gen<org.lsppm.core.reward.RewardPolicy> rewardPolicies() {
    return in -> org.lsppm.core.reward.RewardPolicy.defaults()
        .withScheme(Generate.enumValues(org.lsppm.core.reward.RewardScheme.class).generate(in))
        .withThreshold(Ratio.ofPercent(integers().between(1, 100).generate(in)))
        .withCapitalShare(Ratio.ofPercent(integers().between(0, 100).generate(in)));
  }

  public static Gen<org.lsppm.core.rating.RatingPolicy> ratingPolicies() {
    return in -> org.lsppm.core.rating.RatingPolicy.defaults()
        .withTolerance(Ratio.ofPercent(integers().between(0, 30).generate(in)))
        .withStaticBand(Ratio.ofPercent(integers().between(0, 5).generate(in)))
        .withOverride(codes().generate(in), Ratio.ofPercent(integers().between(0, 30).generate(in)))
        .withOffTargetTrend(Generate.enumValues(org.lsppm.core.rating.OffTargetTrendRule.class).generate(in));
  }

  public static Gen<ReviewRecord> reviews() {
    return in -> {
      ReviewKind kind = Generate.enumValues(ReviewKind.class).generate(in);
      LocalDate date = dates().generate(in);
      boolean partial = kind == ReviewKind.DELIVERY && Generate.booleans().generate(in);
      return ReviewRecord.newBuilder().kind(kind)
          .criterion(kind == ReviewKind.PARTNERSHIP_CRITERION
              ? Generate.enumValues(PartnershipCriterion.class).generate(in) : null)
          .themes(partial ? List.of("Crime", "Health", "Housing") : null)
          .justification(partial ? words().generate(in) : null).restDueBy(partial ? date.plusMonths(3) : null)
          .date(date).depth(Generate.enumValues(ReviewDepth.class).generate(in))
          .finding(options(lights()).generate(in).getOrNull()).build().get();
    };
  }

  public static Gen<SmartAction> actions() {
    return in -> SmartAction.newBuilder().description(words().generate(in))
        .measure(options(words()).generate(in).getOrNull()).lead(options(words()).generate(in).getOrNull())
        .due(options(dates()).generate(in).getOrNull()).resources(options(words()).generate(in).getOrNull())
        .reportingSchedule(options(words()).generate(in).getOrNull())
        .status(Generate.enumValues(ActionStatus.class).generate(in)).build().get();
  }

  public static Gen<ImprovementPlanItem> planItems() {
    return in -> {
      boolean theme = Generate.booleans().generate(in);
      return ImprovementPlanItem.newBuilder().theme(theme ? words().generate(in) : null)
          .criterion(theme ? null : Generate.enumValues(PartnershipCriterion.class).generate(in))
          .action(options(words()).generate(in).getOrNull())
          .completionDate(options(dates()).generate(in).getOrNull())
          .keyContact(options(words()).generate(in).getOrNull())
          .supportNeeded(options(words()).generate(in).getOrNull())
          .supportProvision(options(words()).generate(in).getOrNull())
          .outcomes(lists(words(), 2).generate(in)).build().get();
    };
  }

  public static Gen<ImprovementPlan> plans() {
    return lists(planItems(), 3).map(ImprovementPlan::of);
  }

  /** A consistent partnership: every reference resolves, no duplicates. */
  public static Gen<Partnership> partnerships() {
    return in -> {
      List<Theme> themes = lists(themes(), 4).generate(in).distinctBy(Theme::name);
      List<Indicator> indicators = themes.isEmpty() ? List.empty()
          : lists(indicators(), 5).generate(in).distinctBy(Indicator::code)
              .map(i -> Indicator.newBuilder().code(i.code().value()).title(i.title().value())
                  .theme(themes.get(integers().between(0, themes.size() - 1).generate(in)).name().value())
                  .polarity(i.polarity()).unit(i.unit().value()).flags(i.flags()).build().get());
      List<Target> targets = indicators.map(i -> {
        Target t = targets().generate(in);
        java.util.function.Function<Goal, Goal> shaped = goal -> i.polarity() == Polarity.WITHIN_RANGE
            ? new Goal(goal.lower(), goal.lower().plus(Quantity.ofWhole(1))) : Goal.of(goal.lower());
        return Target.of(i.code().value(), t.period(), shaped.apply(t.goal()), t.baseline().getOrNull(),
            t.trajectory().map(m -> new Milestone(m.period(), shaped.apply(m.goal())))).get();
      });
      List<Outturn> outturns = indicators.map(i -> {
        Outturn o = outturns().generate(in);
        return Outturn.of(i.code().value(), o.period(), o.value(), o.status()).get();
      });
      return Partnership.newBuilder().name(texts().generate(in).value())
          .area(texts().generate(in).value())
          .nrfAllocation(new Money(BigDecimal.valueOf(longs().between(0, 10_000_000_00L).generate(in), 2)))
          .themes(themes)
          .indicators(indicators)
          .targets(targets)
          .outturns(outturns)
          .outcomes(lists(outcomes(), 3).generate(in).distinctBy(OutcomeAssessment::outcome))
          .designatedTargets(List.empty())
          .stretchTargets(lists(stretchTargets(), 3).generate(in).distinctBy(StretchTarget::id))
          .reviews(lists(reviews(), 4).generate(in).filter(r -> r.themes().isEmpty()).distinct())
          .improvementPlan(plans().generate(in))
          .actions(lists(actions(), 3).generate(in))
          .build().get();
    };
  }
}
