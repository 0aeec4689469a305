package org.lsppm.examples.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.ComparatorGroup;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lsp-pm rate}: the traffic light and trend of every outturn, with the rule that decided it. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = "Traffic lights and trends for indicators, each with the rule that decided it.")
final class RateCommand extends ReportCommand {

  @Mixin
  RatingInputs inputs;

  @Option(names = "--compare-policy", paramLabel = "JSON",
      description = "A proposed rating policy: list every light that would change from the --policy one, and count each light "
          + "before and after by theme.")
  Path proposed;

  @Option(names = "--comparators", paramLabel = "CSV",
      description = "Comparator values (group, indicator, period, authority, value): adds each outturn's quartile and rank "
          + "in its comparator group.")
  Path comparators;

  @Option(names = "--comparator-group", paramLabel = "NAME",
      description = "Which group of the --comparators file. Default: the file's first.")
  String group;

  @Override
  Report report() throws BadInput {
    if (proposed != null && comparators != null) {
      throw BadInput.of("--comparators: expected on its own, got it with --compare-policy (compare policies and place outturns in two runs)");
    }
    RatingPolicy p = inputs.policy();
    RatingPolicy other = proposed == null ? null : Inputs.json(proposed, RatingPolicy.class);
    Seq<Measurement> measurements = inputs.measurements(progress());
    if (other != null) {
      return comparison(PolicyComparison.of(DroolsRatingEngine.forPolicy(p), DroolsRatingEngine.forPolicy(other), measurements));
    }
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(p).rate(measurements);
    io.vavr.collection.Map<Tuple2<IndicatorCode, ReportingPeriod>, ComparatorGroup> groups = comparators == null
        ? io.vavr.collection.HashMap.empty()
        : Inputs.comparators(comparators, group, progress()).toMap(g -> Tuple.of(g.indicator(), g.period()), g -> g);
    boolean explain = format != Format.TABLE;
    List<List<Object>> rows = List.ofAll(ratings).map(r -> List.<Object>of(
        r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
        r.measurement().basis() == RatingBasis.NONE ? "-" : r.measurement().basis().name().toLowerCase(java.util.Locale.UK)
            + " " + r.measurement().goal().get(),
        r.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"), Report.Cell.lightOf(r),
        r.rule(), r.trend().map(t -> t.trend().name()).getOrElse("-"))
        .appendAll(comparators == null ? List.empty() : placement(groups.get(key(r.measurement())).map(g -> g.place(r.measurement()))))
        .appendAll(explain ? List.of(r.explanation()) : List.empty()));
    List<String> columns = List.of("indicator", "title", "period", "against", "outturn", "light", "rule", "trend")
        .appendAll(comparators == null ? List.empty() : List.of("quartile", "rank", "of", "comparators"));
    List<String> footer = List.of(policyLine("Rating", p));
    if (comparators != null) {
      io.vavr.collection.Set<Tuple2<IndicatorCode, ReportingPeriod>> rated = ratings.map(r -> key(r.measurement())).toSet();
      List<String> unused = groups.values().toList().filter(g -> !rated.contains(Tuple.of(g.indicator(), g.period())))
          .map(g -> g.indicator() + " " + g.period());
      String name = groups.values().headOption().map(g -> g.name().value()).getOrElse(group == null ? "-" : group);
      footer = footer.prepend("Comparator group " + name + ": quartile 1 is the best whichever way is better; quartile points as "
          + "a spreadsheet's QUARTILE.INC over the comparators with a value and this council's outturn; an outturn on a point is "
          + "placed in the better quartile; equal values share a rank."
          + (unused.isEmpty() ? "" : " Comparator values for " + unused.mkString(", ") + " match no rated outturn and were not used."));
    }
    return new Report("Traffic lights", List.of(Report.section("Ratings (" + ratings.size() + ")",
        explain ? columns.append("explanation") : columns, rows)), footer);
  }

  private static Tuple2<IndicatorCode, ReportingPeriod> key(Measurement m) {
    return Tuple.of(m.indicator().code(), m.period());
  }

  private static List<Object> placement(io.vavr.control.Option<ComparatorGroup.Placement> placement) {
    return placement.map(p -> List.<Object>of(p.quartile().map(Object.class::cast).getOrElse(""),
            p.rank().map(Object.class::cast).getOrElse(""), p.reason().isDefined() ? "" : p.of(), p.note()))
        .getOrElse(List.of("", "", "", "no comparator values"));
  }

  private static Report comparison(PolicyComparison c) {
    List<List<Object>> changes = c.changes().map(ch -> List.<Object>of(ch.measurement().indicator().code(),
        ch.measurement().indicator().title(), ch.measurement().period(),
        ch.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        Report.Cell.lightOf(ch.current()), ch.current().rule(), ch.current().allowance().map(String::valueOf).getOrElse(""),
        Report.Cell.lightOf(ch.proposed()), ch.proposed().rule(), ch.proposed().allowance().map(String::valueOf).getOrElse(""),
        ch.isBetter() ? "better" : "worse"));
    List<List<Object>> counts = c.themes().append(c.overall()).map(t -> List.<Object>of(t.theme())
        .appendAll(LIT.flatMap(l -> List.<Object>of(t.current().get(l).get(), t.proposed().get(l).get()))));
    String current = c.current().id().value();
    String proposed = c.proposed().id().value();
    return new Report("Traffic lights under " + current + " and " + proposed, List.of(
        Report.section("Lights that change from " + current + " to " + proposed + " (" + c.changes().size() + "; " + c.unchanged()
                + " unchanged)",
            List.of("indicator", "title", "period", "outturn", "current light", "current rule", "current allowance",
                "proposed light", "proposed rule", "proposed allowance", "change"), changes),
        Report.section("Lights by theme under " + current + " (current) and " + proposed + " (proposed)",
            List.of("theme").appendAll(LIT.flatMap(l -> List.of(word(l) + " current", word(l) + " proposed"))), counts)),
        List.of(policyLine("Current rating", c.current()), policyLine("Proposed rating", c.proposed())));
  }

  private static final List<TrafficLight> LIT = List.of(TrafficLight.values());

  private static String word(TrafficLight l) {
    return l.name().charAt(0) + l.name().substring(1).toLowerCase(java.util.Locale.UK);
  }
}
