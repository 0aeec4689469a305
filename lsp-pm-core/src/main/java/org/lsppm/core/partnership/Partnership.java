package org.lsppm.core.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.util.function.Function;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.rating.PartnershipOutcomes;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewedPartnership;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.theme.Theme;
import org.lsppm.core.theme.ThemeName;

/**
 * A Local Strategic Partnership and everything lsp-pm knows of it: themes, indicators with their
 * targets and outturns, LAA outcome assessments, stretch targets, reviews, the improvement plan
 * and its actions. The parts refer to each other only by identifiers, and every reference must
 * resolve: an indicator's theme is one of the themes, a target's or outturn's indicator is one of
 * the indicators, and so on. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnership.class)
public abstract class Partnership implements PartnershipOutcomes, ReviewedPartnership {

  /** The partnership's name, such as {@code Kensington and Chelsea Partnership}. */
  public abstract Text name();

  /** The area it serves. */
  public abstract Text area();

  /** Its Neighbourhood Renewal Fund allocation for the year; zero where it receives none. */
  public abstract Money nrfAllocation();

  /** Its themes, names unique. */
  @Value.Default
  public List<Theme> themes() {
    return List.empty();
  }

  /** Its indicators, codes unique. */
  @Value.Default
  public List<Indicator> indicators() {
    return List.empty();
  }

  /** Targets, at most one per indicator and period. */
  @Value.Default
  public List<Target> targets() {
    return List.empty();
  }

  /** Outturns, at most one per indicator and period. */
  @Value.Default
  public List<Outturn> outturns() {
    return List.empty();
  }

  /** LAA1 outcome assessments, one per outcome. */
  @Value.Default
  public List<OutcomeAssessment> outcomes() {
    return List.empty();
  }

  /** LAA2 designated-target assessments, one per indicator and year. */
  @Value.Default
  public List<DesignatedTargetAssessment> designatedTargets() {
    return List.empty();
  }

  /** Reward-bearing stretch targets, ids unique. */
  @Value.Default
  public List<StretchTarget> stretchTargets() {
    return List.empty();
  }

  /** Review records, oldest first as given; no two identical. */
  @Value.Default
  public List<ReviewRecord> reviews() {
    return List.empty();
  }

  /** The improvement plan. */
  @Value.Default
  public ImprovementPlan improvementPlan() {
    return ImprovementPlan.empty();
  }

  /** Actions (such as an accreditation action plan). */
  @Value.Default
  public List<SmartAction> actions() {
    return List.empty();
  }

  /** The outcomes an improvement-plan item names. */
  @Override
  public Set<OutcomeId> outcomesWithAction() {
    return improvementPlan().items().flatMap(ImprovementPlanItem::outcomes).toSet();
  }

  /** The indicator with {@code code}, if there is one. */
  public io.vavr.control.Option<Indicator> indicator(IndicatorCode code) {
    return indicators().find(i -> i.code().equals(code));
  }

  /** A partnership from its JSON document, through {@link Builder#build()}'s checks. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Partnership fromJson(com.fasterxml.jackson.databind.node.ObjectNode document) {
    return PartnershipDocument.read(document);
  }

  /** A partnership with no themes, indicators or records yet. */
  public static Validation<Seq<Problem>, Partnership> of(String name, String area, Money nrfAllocation) {
    return Checks.join(Validation.combine(
                Checks.at("name", Text.of(name)),
                Checks.at("area", Text.of(area)),
                Checks.at("nrfAllocation", Checks.present(nrfAllocation, "an amount in pounds")))
            .ap((n, a, m) -> Checks.buildUnless(allocationProblems(m),
                () -> ImmutablePartnership.builder().name(n).area(a).nrfAllocation(m).build())));
  }

  /**
   * A builder of a partnership with its parts: set what you have, leave out what you do not (a
   * list left out is empty, as is the improvement plan), and {@link Builder#build()} checks every
   * field and every reference between the parts and reports every problem at once.
   *
   * <pre>{@code
   * Validation<Seq<Problem>, Partnership> kcp = Partnership.newBuilder()
   *     .name("Kensington and Chelsea Partnership").area("Royal Borough of Kensington and Chelsea")
   *     .nrfAllocation(Money.ofPounds(1_790_000)).themes(crime).indicators(ni16).targets(target)
   *     .build();
   * }</pre>
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Collects a partnership's parts for {@link #build()}. Each setter replaces what was set before.
   * A builder is not thread-safe; the partnerships it builds are.
   */
  public static final class Builder {
    private String name;
    private String area;
    private Money nrfAllocation;
    private Iterable<Theme> themes = List.empty();
    private Iterable<Indicator> indicators = List.empty();
    private Iterable<Target> targets = List.empty();
    private Iterable<Outturn> outturns = List.empty();
    private Iterable<OutcomeAssessment> outcomes = List.empty();
    private Iterable<DesignatedTargetAssessment> designatedTargets = List.empty();
    private Iterable<StretchTarget> stretchTargets = List.empty();
    private Iterable<ReviewRecord> reviews = List.empty();
    private ImprovementPlan improvementPlan = ImprovementPlan.empty();
    private Iterable<SmartAction> actions = List.empty();

    private Builder() {}

    /** The partnership's name; required, non-blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The area it serves; required, non-blank. */
    public Builder area(String area) {
      this.area = area;
      return this;
    }

    /** Its Neighbourhood Renewal Fund allocation; required, zero or more. */
    public Builder nrfAllocation(Money nrfAllocation) {
      this.nrfAllocation = nrfAllocation;
      return this;
    }

    /** Its themes; a theme's name is what indicators and reviews refer to. */
    public Builder themes(Iterable<Theme> themes) {
      this.themes = orEmpty(themes);
      return this;
    }

    /** Its themes. */
    public Builder themes(Theme... themes) {
      return themes(java.util.Arrays.asList(themes));
    }

    /** Its indicators; each one's theme must be one of the themes. */
    public Builder indicators(Iterable<Indicator> indicators) {
      this.indicators = orEmpty(indicators);
      return this;
    }

    /** Its indicators. */
    public Builder indicators(Indicator... indicators) {
      return indicators(java.util.Arrays.asList(indicators));
    }

    /** Its targets; each one's indicator must be one of the indicators. */
    public Builder targets(Iterable<Target> targets) {
      this.targets = orEmpty(targets);
      return this;
    }

    /** Its targets. */
    public Builder targets(Target... targets) {
      return targets(java.util.Arrays.asList(targets));
    }

    /** Its outturns; each one's indicator must be one of the indicators. */
    public Builder outturns(Iterable<Outturn> outturns) {
      this.outturns = orEmpty(outturns);
      return this;
    }

    /** Its outturns. */
    public Builder outturns(Outturn... outturns) {
      return outturns(java.util.Arrays.asList(outturns));
    }

    /** Its LAA1 outcome assessments. */
    public Builder outcomes(Iterable<OutcomeAssessment> outcomes) {
      this.outcomes = orEmpty(outcomes);
      return this;
    }

    /** Its LAA2 designated-target assessments. */
    public Builder designatedTargets(Iterable<DesignatedTargetAssessment> designatedTargets) {
      this.designatedTargets = orEmpty(designatedTargets);
      return this;
    }

    /** Its stretch targets. */
    public Builder stretchTargets(Iterable<StretchTarget> stretchTargets) {
      this.stretchTargets = orEmpty(stretchTargets);
      return this;
    }

    /** The reviews it has held. */
    public Builder reviews(Iterable<ReviewRecord> reviews) {
      this.reviews = orEmpty(reviews);
      return this;
    }

    /** Its reviews. */
    public Builder reviews(ReviewRecord... reviews) {
      return reviews(java.util.Arrays.asList(reviews));
    }

    /** Its improvement plan; none set is an empty plan. */
    public Builder improvementPlan(ImprovementPlan improvementPlan) {
      this.improvementPlan = improvementPlan == null ? ImprovementPlan.empty() : improvementPlan;
      return this;
    }

    /** The SMART actions of its plans. */
    public Builder actions(Iterable<SmartAction> actions) {
      this.actions = orEmpty(actions);
      return this;
    }

    /** The partnership, or every problem with its fields and with the references between its parts. */
    public Validation<Seq<Problem>, Partnership> build() {
      return build(List.empty(), List.empty());
    }

    /**
     * As {@link #build()}, where the themes and indicators with the given names and codes were
     * given but refused (and are absent here): references to them are not reported as unknown.
     */
    Validation<Seq<Problem>, Partnership> build(Seq<ThemeName> refusedThemes, Seq<IndicatorCode> refusedIndicators) {
      List<Theme> ts = List.ofAll(themes);
      List<Indicator> is = List.ofAll(indicators);
      List<Target> tg = List.ofAll(targets);
      List<Outturn> os = List.ofAll(outturns);
      List<OutcomeAssessment> oc = List.ofAll(outcomes);
      List<DesignatedTargetAssessment> ds = List.ofAll(designatedTargets);
      List<StretchTarget> ss = List.ofAll(stretchTargets);
      List<ReviewRecord> rs = List.ofAll(reviews);
      List<SmartAction> as = List.ofAll(actions);
      Seq<Problem> gaps = nulls("themes", ts).appendAll(nulls("indicators", is)).appendAll(nulls("targets", tg))
          .appendAll(nulls("outturns", os)).appendAll(nulls("outcomes", oc)).appendAll(nulls("designatedTargets", ds))
          .appendAll(nulls("stretchTargets", ss)).appendAll(nulls("reviews", rs)).appendAll(nulls("actions", as));
      Validation<Seq<Problem>, Text> n = Checks.at("name", Text.of(name));
      Validation<Seq<Problem>, Text> a = Checks.at("area", Text.of(area));
      Validation<Seq<Problem>, Money> m = Checks.at("nrfAllocation", Checks.present(nrfAllocation, "an amount in pounds"));
      // Every problem at once: the fields', the empty entries', and those between the parts that
      // are there (an empty entry, or a refused theme or indicator, is nobody's unknown reference).
      Seq<Problem> found = List.of(n, a, m).flatMap(v -> v.isInvalid() ? v.getError() : List.empty())
          .appendAll(gaps)
          .appendAll(problems(m.getOrNull(), ts, is, tg, os, oc, ds, ss, rs, refusedThemes, refusedIndicators));
      return Checks.buildUnless(found, () -> ImmutablePartnership.builder().name(n.get()).area(a.get()).nrfAllocation(m.get())
          .themes(ts).indicators(is).targets(tg).outturns(os).outcomes(oc).designatedTargets(ds)
          .stretchTargets(ss).reviews(rs).improvementPlan(improvementPlan).actions(as).build());
    }

    private static <T> Iterable<T> orEmpty(Iterable<T> items) {
      return items == null ? List.empty() : items;
    }
  }

  private static Seq<Problem> nulls(String field, List<?> items) {
    return items.zipWithIndex().filter(t -> t._1 == null).map(t -> Problem.of(field + "[" + t._2 + "]", "an entry", null));
  }

  private static Seq<Problem> allocationProblems(Money m) {
    return m != null && m.isNegative()
        ? List.of(Problem.of("nrfAllocation", "an amount of zero or more", m))
        : List.empty();
  }

  /**
   * The problems between a partnership's parts, among those present (a list may hold an empty
   * entry where a part was refused): repeats and references that resolve to nothing. A reference
   * to a refused theme or indicator is not unknown.
   */
  private static Seq<Problem> problems(
      Money nrfAllocation, List<Theme> themes, List<Indicator> indicators, List<Target> targets,
      List<Outturn> outturns, List<OutcomeAssessment> outcomes, List<DesignatedTargetAssessment> designated,
      List<StretchTarget> stretchTargets, List<ReviewRecord> reviews,
      Seq<ThemeName> refusedThemes, Seq<IndicatorCode> refusedIndicators) {
    Set<ThemeName> themeNames = present(themes).map(t -> t._1.name()).toSet().addAll(refusedThemes);
    io.vavr.collection.Map<IndicatorCode, Indicator> byCode = present(indicators).map(t -> t._1).toMap(Indicator::code, i -> i);
    Set<IndicatorCode> codes = byCode.keySet().addAll(refusedIndicators);
    List<Problem> found = List.ofAll(allocationProblems(nrfAllocation))
        .appendAll(duplicates("themes", themes, Theme::name))
        .appendAll(duplicates("indicators", indicators, Indicator::code))
        .appendAll(duplicates("targets", targets, t -> Tuple.of(t.indicator(), t.period())))
        .appendAll(duplicates("outturns", outturns, o -> Tuple.of(o.indicator(), o.period())))
        .appendAll(duplicates("outcomes", outcomes, OutcomeAssessment::outcome))
        .appendAll(duplicates("designatedTargets", designated, d -> Tuple.of(d.indicator(), d.year())))
        .appendAll(duplicates("stretchTargets", stretchTargets, StretchTarget::id))
        .appendAll(duplicates("reviews", reviews, r -> r));
    found = found.appendAll(unknown("indicators", indicators, "theme", Indicator::theme, themeNames, "a theme of the partnership"));
    found = found.appendAll(unknown("targets", targets, "indicator", Target::indicator, codes, "an indicator of the partnership"));
    found = found.appendAll(present(reviews).flatMap(r -> r._1.themes().zipWithIndex()
        .filter(t -> !themeNames.contains(t._1))
        .map(t -> Problem.of("reviews[" + r._2 + "].themes[" + t._2 + "]", "a theme of the partnership", t._1))));
    found = found.appendAll(unknown("outturns", outturns, "indicator", Outturn::indicator, codes, "an indicator of the partnership"));
    found = found.appendAll(unknown("designatedTargets", designated, "indicator",
        DesignatedTargetAssessment::indicator, codes, "an indicator of the partnership"));
    found = found.appendAll(present(targets).flatMap(t -> byCode.get(t._1.indicator()).toList().flatMap(i ->
        goalProblems(i, "targets[" + t._2 + "].goal", t._1.goal())
            .appendAll(t._1.trajectory().zipWithIndex().flatMap(m ->
                goalProblems(i, "targets[" + t._2 + "].trajectory[" + m._2 + "].goal", m._1.goal()))))));
    return found;
  }

  /** The entries that are there, each with its index in the list. */
  private static <T> List<io.vavr.Tuple2<T, Integer>> present(List<T> items) {
    return items.zipWithIndex().filter(t -> t._1 != null);
  }

  private static Seq<Problem> goalProblems(Indicator indicator, String field, org.lsppm.core.indicator.Goal goal) {
    boolean range = indicator.polarity() == Polarity.WITHIN_RANGE;
    return goal.isRange() == range ? List.empty() : List.of(Problem.of(field, range
        ? "a range (lower and upper) for a WITHIN_RANGE indicator"
        : "a single value for a " + indicator.polarity() + " indicator", goal));
  }

  private static <T, K> Seq<Problem> duplicates(String field, List<T> items, Function<T, K> key) {
    return present(items)
        .groupBy(t -> key.apply(t._1))
        .filter(e -> e._2.size() > 1)
        .toList()
        .sortBy(e -> e._2.head()._2)
        .map(e -> Problem.of(field + "[" + e._2.get(1)._2 + "]",
            "no repeat of " + field + "[" + e._2.head()._2 + "]", e._1));
  }

  private static <T, K> Seq<Problem> unknown(
      String field, List<T> items, String part, Function<T, K> ref, Set<K> known, String expected) {
    return present(items)
        .filter(t -> !known.contains(ref.apply(t._1)))
        .map(t -> Problem.of(field + "[" + t._2 + "]." + part, expected, ref.apply(t._1)));
  }
}
