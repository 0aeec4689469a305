package org.lsppm.reports;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.ComparatorGroup;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.LightThresholds;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PercentRounding;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.SummaryRow;
import org.lsppm.core.rating.TrafficLight;

/**
 * The reports of a set of ratings: the committee paper for people, and the ratings as data.
 *
 * <pre>{@code
 * Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(policy).rate(measurements);
 * Report paper = RatingReports.committeePaper(ratings, policy, true);
 * try (OutputStream out = Files.newOutputStream(Path.of("committee.html"))) {
 *   Format.HTML.render(paper, Provenance.of(Instant.now(), "0.1.0"), out);
 * }
 * }</pre>
 *
 * <p>Ratings are read once, as they come: a streamed rating of a large file is never held, and
 * what its iterator throws (the input's problems, found as it is read) passes through to the
 * caller, from here or from the renderer that reads the rows.
 */
public final class RatingReports {
  private RatingReports() {}

  /** No comparator groups. */
  private static final Map<Tuple2<IndicatorCode, ReportingPeriod>, ComparatorGroup> NO_GROUPS = io.vavr.collection.HashMap.empty();

  /** The title every report of ratings has. */
  static final String TITLE = "Traffic lights";

  /**
   * The committee paper: the lights by theme and the exceptions with their commentary for the
   * latest periods, each indicator's latest light with its outturns over the periods, then every
   * rating (the first {@value Committee#SHOWN} of each table; the foot says how many were left
   * out). Its data, for JSON, is the ratings shown.
   *
   * @param ratings the ratings, read once
   * @param policy the policy they were made under, named in the foot
   * @param explanations whether the table of every rating carries each rating's explanation (the
   *     formats for reading on paper or a page want it; a terminal table is too narrow for it)
   */
  public static Report committeePaper(Iterable<IndicatorRating> ratings, RatingPolicy policy, boolean explanations) {
    return committeePaper(ratings, policy, explanations, Readers.OFFICERS);
  }

  /** Who a committee paper is for. */
  public enum Readers {
    /** Everything: the paper for members, then every rating with its rule (the default). */
    OFFICERS,
    /**
     * The paper a board or scrutiny committee is given: the cover, the position in words, the key,
     * the lights by theme, the exceptions with their commentary and each indicator's line; no
     * table of every rating with its rule.
     */
    MEMBERS
  }

  /**
   * The committee paper for {@code readers}: as {@link #committeePaper(Iterable, RatingPolicy,
   * boolean)} for {@link Readers#OFFICERS}, without the table of every rating for {@link
   * Readers#MEMBERS}.
   */
  public static Report committeePaper(Iterable<IndicatorRating> ratings, RatingPolicy policy, boolean explanations,
      Readers readers) {
    Committee c = Committee.of(ratings);
    Option<Report.Section> all = readers == Readers.MEMBERS ? Option.none()
        : Option.some(section("All ratings (" + c.total() + ")", c.shown(), NO_GROUPS, false, true, explanations));
    return paper(c, policy, all, c.leftOut().append(Report.policyLine("Rating", policy)), c.shown());
  }

  /**
   * The ratings as data: one table, {@code ratings}, a row per rating with the target's parts, the
   * rule, the trend, the tolerance and allowance and the explanation as columns; its data, for
   * JSON, the ratings themselves, written one at a time. Nothing is held: the rows are the
   * ratings as {@code ratings} yields them.
   */
  public static Report ratings(Iterable<IndicatorRating> ratings, RatingPolicy policy) {
    return new Report(TITLE, List.of(section("Ratings", ratings, NO_GROUPS, false, false, true)),
        List.of(Report.policyLine("Rating", policy)), (Format.Streamed<IndicatorRating>) ratings::iterator);
  }

  /**
   * A rating and where its outturn stands among its comparators: the data of a report of placed
   * ratings, one per rating.
   *
   * @param rating the rating
   * @param placement its place in the comparator group, when the group has values for it
   */
  public record Placed(IndicatorRating rating, Option<ComparatorGroup.Placement> placement) {}

  /**
   * Ratings with each outturn's quartile and rank among its comparators: for people, the
   * committee paper with those columns in the table of every rating; as data, the ratings table
   * with them. The foot names the group, says how quartiles are drawn and lists any comparator
   * values that match no rated outturn. Its data is a {@link Placed} per rating.
   *
   * @param ratings the ratings
   * @param policy the policy they were made under
   * @param groups the comparator groups, at most one per indicator and period
   * @param groupName the group's name for the foot when {@code groups} is empty
   * @param forPeople the committee paper (true) or the ratings as data (false)
   * @param explanations for people, whether the table of every rating carries explanations
   */
  public static Report placed(Seq<IndicatorRating> ratings, RatingPolicy policy, Seq<ComparatorGroup> groups, String groupName,
      boolean forPeople, boolean explanations) {
    Map<Tuple2<IndicatorCode, ReportingPeriod>, ComparatorGroup> byKey = groups.toMap(g -> Tuple.of(g.indicator(), g.period()), g -> g);
    io.vavr.collection.Set<Tuple2<IndicatorCode, ReportingPeriod>> rated = ratings.map(r -> key(r.measurement())).toSet();
    List<String> unused = byKey.values().toList().filter(g -> !rated.contains(Tuple.of(g.indicator(), g.period())))
        .map(g -> g.indicator() + " " + g.period());
    String name = byKey.values().headOption().map(g -> g.name().value()).getOrElse(groupName == null ? "-" : groupName);
    List<String> footer = List.of("Comparator group " + name + ": quartile 1 is the best whichever way is better; quartile points as "
        + "a spreadsheet's QUARTILE.INC over the comparators with a value and this council's outturn; an outturn on a point is "
        + "placed in the better quartile; equal values share a rank."
        + (unused.isEmpty() ? "" : " Comparator values for " + unused.mkString(", ") + " match no rated outturn and were not used."),
        Report.policyLine("Rating", policy));
    List<Placed> placed = List.ofAll(ratings).map(r -> new Placed(r, byKey.get(key(r.measurement())).map(g -> g.place(r.measurement()))));
    if (!forPeople) {
      return new Report(TITLE, List.of(section("Ratings (" + ratings.size() + ")", ratings, byKey, true, false, true)), footer, placed);
    }
    Committee c = Committee.of(ratings);
    return paper(c, policy, Option.some(section("All ratings (" + c.total() + ")", c.shown(), byKey, true, true, explanations)),
        footer.prependAll(c.leftOut()), placed);
  }

  /**
   * The report for people: the position in words and the key first, then the summary and
   * exceptions, then each indicator, then every rating when the paper lists them.
   */
  private static Report paper(Committee c, RatingPolicy policy, Option<Report.Section> ratings, List<String> footer, Object data) {
    return new Report(TITLE, List.of(c.summary(), c.exceptions(), c.indicators()).appendAll(ratings), footer, data,
        ratings.isDefined() ? "ratings" : "exceptions", new Report.Front(Option.none(), List.of(c.headline()), key(policy)));
  }

  /**
   * What the lights, the arrows and the lines mean under {@code policy}: its tolerances (and each
   * indicator's own), its static band and whether an improving miss is Amber.
   */
  static List<Report.Term> key(RatingPolicy policy) {
    String tolerance = "the tolerance (" + policy.tolerance() + " of the target, " + policy.vitalSignTolerance()
        + " for vital signs" + Report.ownTolerances(policy) + ")";
    boolean improvingAmber = policy.offTargetTrend() == org.lsppm.core.rating.OffTargetTrendRule.IMPROVING_IS_AMBER;
    String band = policy.staticBand().value().signum() == 0 ? "unchanged"
        : "within " + policy.staticBand() + " of the previous outturn";
    return List.of(
        new Report.Term("Green", Option.some(TrafficLight.GREEN), "the target was met or beaten"),
        new Report.Term("Amber", Option.some(TrafficLight.AMBER), "the target was missed, but within " + tolerance
            + (improvingAmber ? ", or missed by more while improving" : "")),
        new Report.Term("Red", Option.some(TrafficLight.RED), "the target was missed by more than " + tolerance
            + (improvingAmber ? " and the outturn was not improving" : "")),
        new Report.Term("Purple", Option.some(TrafficLight.PURPLE), "the outturn is awaited"),
        new Report.Term("data only", Option.none(), "the indicator has no target for the period, so no light"),
        new Report.Term("\u2191 Improving, \u2193 Declining, \u2194 Static", Option.none(),
            "the direction of travel against the indicator's previous comparable period: better or worse whichever way is "
                + "better for the indicator (higher, lower, or nearer its range), static when " + band),
        new Report.Term("outturns over the periods", Option.none(),
            "the solid line joins the indicator's outturns, with the first and last written beside it; the dashed line is the "
                + "target each was rated against (two for a range); every line shares one time axis, oldest on the left, each "
                + "point where its period ends; up is better on every line (where lower is better, the scale is turned over)"),
        new Report.Term("(p), (e)", Option.none(),
            "a provisional outturn, not yet confirmed as final by its data owner, or an estimated one; either may change"));
  }

  /** The ratings table; with comparator groups, each outturn's place in its group. */
  private static Report.Section section(String heading, Iterable<IndicatorRating> ratings,
      Map<Tuple2<IndicatorCode, ReportingPeriod>, ComparatorGroup> groups, boolean placed, boolean people, boolean explain) {
    List<Object> columns = List.<Object>of("indicator", "title", "period", Report.Column.forPeople("against", "against"),
            Report.Column.forMachines("basis"), Report.Column.forMachines("target"), Report.Column.forMachines("target_lower"),
            Report.Column.forMachines("target_upper"), "outturn", "light", "rule", "trend",
            Report.Column.forMachines("previous"), Report.Column.forMachines("previous_period"),
            Report.Column.forMachines("tolerance"), Report.Column.forMachines("shortfall"), Report.Column.forMachines("allowance"),
            "commentary")
        .appendAll(placed ? List.of("quartile", "rank", "of", "comparators") : List.empty())
        .appendAll(explain ? List.of("explanation") : List.empty());
    Iterable<java.util.List<Object>> rows = () -> io.vavr.collection.Iterator.ofAll(ratings).map(r -> {
      Measurement m = r.measurement();
      Option<Goal> goal = m.goal();
      boolean range = goal.exists(Goal::isRange);
      java.util.List<Object> row = new ArrayList<>(columns.size());
      Collections.addAll(row, m.indicator().code(), m.indicator().title(), m.period(),
          people ? Committee.against(m) : null,
          m.basis(), range ? null : goal.map(Goal::lower).getOrNull(),
          range ? goal.get().lower() : null, range ? goal.get().upper() : null,
          Committee.outturn(m), Report.Cell.lightOf(r), r.rule(),
          people ? Committee.direction(r) : r.trend().map(t -> t.trend()).getOrNull(),
          m.previous().getOrNull(), m.previousPeriod().getOrNull(),
          r.tolerance().getOrNull(), r.shortfall().getOrNull(), r.allowance().getOrNull(),
          m.outturn().commentary().getOrNull());
      if (placed) {
        row.addAll(placement(groups.get(key(m)).map(g -> g.place(m))).asJava());
      }
      if (explain) {
        row.add(r.explanation());
      }
      return row;
    });
    return Report.section("ratings", heading, columns, rows);
  }

  private static Tuple2<IndicatorCode, ReportingPeriod> key(Measurement m) {
    return Tuple.of(m.indicator().code(), m.period());
  }

  private static List<Object> placement(Option<ComparatorGroup.Placement> placement) {
    return placement.map(p -> List.<Object>of(p.quartile().getOrNull(), p.rank().getOrNull(),
            p.reason().isDefined() ? null : p.of(), p.note()))
        .getOrElse(List.of(null, null, null, "no comparator values"));
  }

  /**
   * The lights that one rating policy changes from another, each with both rules and allowances,
   * and each light counted by theme under both; every period of every indicator is rated and
   * counted, not only the latest as in the committee paper, and both headings say so. Its data is
   * the comparison.
   *
   * <pre>{@code
   * PolicyComparison c = PolicyComparison.of(DroolsRatingEngine.withDefaults(), DroolsRatingEngine.forPolicy(proposed), measurements);
   * Report report = RatingReports.comparison(c);
   * }</pre>
   */
  public static Report comparison(PolicyComparison c) {
    List<List<Object>> changes = c.changes().map(ch -> List.<Object>of(ch.measurement().indicator().code(),
        ch.measurement().indicator().title(), ch.measurement().period(),
        Report.Cell.orMissing(ch.measurement().outturn().value(), "awaited"),
        Report.Cell.lightOf(ch.current()), ch.current().rule(), ch.current().allowance().getOrNull(),
        Report.Cell.lightOf(ch.proposed()), ch.proposed().rule(), ch.proposed().allowance().getOrNull(),
        ch.isBetter() ? "better" : "worse"));
    List<List<Object>> counts = c.themes().append(c.overall()).map(t -> List.<Object>of(t.theme())
        .appendAll(LIT.flatMap(l -> List.<Object>of(t.current().get(l).get(), t.proposed().get(l).get()))));
    String current = c.current().id().value();
    String proposed = c.proposed().id().value();
    return new Report("Traffic lights under " + current + " and " + proposed, List.of(
        Report.section("changes", "Lights that change from " + current + " to " + proposed + ", every period rated ("
                + c.changes().size() + "; " + c.unchanged() + " unchanged)",
            List.of("indicator", "title", "period", "outturn", "current_light", "current_rule", "current_allowance",
                "proposed_light", "proposed_rule", "proposed_allowance", "change"), changes),
        Report.section("themes", "Lights by theme under " + current + " (current) and " + proposed + " (proposed), every period counted ("
                + c.overall().current().values().sum().intValue() + " lights)",
            List.<Object>of("theme").appendAll(LIT.flatMap(l -> List.of(
                Report.Column.of(key(l) + "_current", Report.word(l) + " current"),
                Report.Column.of(key(l) + "_proposed", Report.word(l) + " proposed")))), counts).withTotals(1)),
        List.of(Report.policyLine("Current rating", c.current()), Report.policyLine("Proposed rating", c.proposed())), c);
  }

  private static final List<TrafficLight> LIT = List.of(TrafficLight.values());

  private static String key(TrafficLight l) {
    return l.name().toLowerCase(java.util.Locale.UK);
  }

  /**
   * The outturn needed for each light: for every rated outturn with a target, where it becomes
   * Green and where it stops being Red, and how far it must move to get there; data-only outturns
   * are counted in the foot. Its data is the thresholds.
   *
   * <pre>{@code
   * Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(policy).rate(measurements);
   * Report report = RatingReports.needed(ratings, policy);
   * }</pre>
   */
  public static Report needed(Seq<IndicatorRating> ratings, RatingPolicy policy) {
    List<Tuple2<IndicatorRating, LightThresholds>> needed = List.ofAll(ratings)
        .flatMap(r -> LightThresholds.of(r.measurement(), policy).map(t -> Tuple.of(r, t)));
    List<List<Object>> rows = needed.map(rt -> {
      IndicatorRating r = rt._1;
      LightThresholds t = rt._2;
      return List.<Object>of(r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
              Report.Cell.orMissing(r.measurement().outturn().value(), "awaited"), Report.Cell.lightOf(r), t.green())
          .appendAll(ends(t.green())).append(t.distanceToGreen().getOrNull()).append(t.notRed()).appendAll(ends(t.notRed()))
          .append(t.distanceToNotRed().getOrNull()).append(t.tolerance());
    });
    int dataOnly = ratings.size() - rows.size();
    List<Object> columns = List.<Object>of("indicator", "title", "period", "outturn", "light", Report.Column.forPeople("green", "green"))
        .appendAll(endColumns("green")).append("distance_to_green").append(Report.Column.forPeople("not_red", "not red"))
        .appendAll(endColumns("not_red")).append("distance_to_not_red").append("tolerance");
    return new Report("Outturn needed for each light", List.of(Report.section("thresholds", "Thresholds (" + rows.size() + ")",
        columns, rows)),
        List.of("Distances are how far the outturn must move in the better direction (0: already there). "
            + dataOnly + " data-only outturn" + (dataOnly == 1 ? "" : "s") + " (no target) not listed.",
            Report.policyLine("Rating", policy)),
        needed.map(rt -> rt._2));
  }

  /** A band's ends for machines: each end's value (empty when open) and whether it is inside. */
  private static List<Object> ends(LightThresholds.Band band) {
    return List.of(band.from().map(LightThresholds.Bound::value).getOrNull(),
        band.from().map(LightThresholds.Bound::inclusive).getOrNull(),
        band.to().map(LightThresholds.Bound::value).getOrNull(),
        band.to().map(LightThresholds.Bound::inclusive).getOrNull());
  }

  private static List<Report.Column> endColumns(String band) {
    return List.of("_from", "_from_inclusive", "_to", "_to_inclusive").map(end -> Report.Column.forMachines(band + end));
  }

  /** The lights an outcome is rated in: Purple is counted, not rated. */
  private static final List<TrafficLight> RATED = List.of(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED);

  /**
   * The summary table of LAA1 outcomes: for each dimension (progress, problems, confidence), each
   * light's count and whole per cent of the rated outcomes, rounded by {@code rounding}, and the
   * Purple ones. Its data is the rows.
   *
   * <pre>{@code
   * Report report = RatingReports.summary(partnership.outcomes(), PercentRounding.LARGEST_REMAINDER);
   * }</pre>
   */
  public static Report summary(List<OutcomeAssessment> all, PercentRounding rounding) {
    List<SummaryRow> summary = SummaryRow.of(all, rounding);
    List<List<Object>> rows = summary.map(r -> List.<Object>of(Report.Cell.of(r.dimension().label(), r.dimension()))
        .appendAll(RATED.flatMap(l -> List.of(summaryCell(r, l), r.count(l), r.percent(l).getOrNull()))).append(r.count(TrafficLight.PURPLE)));
    List<Object> columns = List.<Object>of("dimension").appendAll(RATED.flatMap(l -> List.of(Report.Column.forPeople(key(l), Report.word(l)),
        Report.Column.forMachines(key(l)), Report.Column.forMachines(key(l) + "_percent")))).append(Report.Column.of("purple", "Purple"));
    return new Report("Summary of " + all.size() + " outcomes", List.of(Report.section("summary", "Lights per dimension",
        columns, rows)),
        List.of("Percentages of rated (non-Purple) outcomes, rounded " + rounding.name().toLowerCase(java.util.Locale.UK).replace('_', '-')
            + (rounding == PercentRounding.LARGEST_REMAINDER ? " (each column totals 100)." : " (each on its own).")),
        summary);
  }

  private static String summaryCell(SummaryRow row, TrafficLight light) {
    return row.count(light) + row.percent(light).map(p -> " (" + p + "%)").getOrElse("");
  }
}
