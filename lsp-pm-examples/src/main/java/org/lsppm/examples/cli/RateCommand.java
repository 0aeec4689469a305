package org.lsppm.examples.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.nio.file.Path;

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

  @Override
  Report report() throws BadInput {
    RatingPolicy p = inputs.policy();
    RatingPolicy other = proposed == null ? null : Inputs.json(proposed, RatingPolicy.class);
    Seq<Measurement> measurements = inputs.measurements(progress());
    if (other != null) {
      return comparison(PolicyComparison.of(DroolsRatingEngine.forPolicy(p), DroolsRatingEngine.forPolicy(other), measurements));
    }
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(p).rate(measurements);
    boolean explain = format != Format.TABLE;
    List<List<Object>> rows = List.ofAll(ratings).map(r -> List.<Object>of(
        r.measurement().indicator().code(), r.measurement().indicator().title(), r.measurement().period(),
        r.measurement().basis() == RatingBasis.NONE ? "-" : r.measurement().basis().name().toLowerCase(java.util.Locale.UK)
            + " " + r.measurement().goal().get(),
        r.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        r.light().map(l -> (Object) Report.Cell.light(l, r.explanation())).getOrElse("data only"),
        r.rule(), r.trend().map(t -> t.trend().name()).getOrElse("-")).appendAll(explain ? List.of(r.explanation()) : List.empty()));
    List<String> columns = List.of("indicator", "title", "period", "against", "outturn", "light", "rule", "trend");
    return new Report("Traffic lights", List.of(Report.section("Ratings (" + ratings.size() + ")",
        explain ? columns.append("explanation") : columns, rows)), List.of(policyLine("Rating", p)));
  }

  private static Report comparison(PolicyComparison c) {
    List<List<Object>> changes = c.changes().map(ch -> List.<Object>of(ch.measurement().indicator().code(),
        ch.measurement().indicator().title(), ch.measurement().period(),
        ch.measurement().outturn().value().map(String::valueOf).getOrElse("awaited"),
        light(ch.current()), ch.current().rule(), ch.current().allowance().map(String::valueOf).getOrElse(""),
        light(ch.proposed()), ch.proposed().rule(), ch.proposed().allowance().map(String::valueOf).getOrElse(""),
        ch.isBetter() ? "better" : "worse"));
    List<List<Object>> counts = c.themes().append(c.overall()).map(t -> List.<Object>of(t.theme())
        .appendAll(LIT.flatMap(l -> List.<Object>of(t.current().get(l).get(), t.proposed().get(l).get()))));
    String current = c.current().id().value();
    String proposed = c.proposed().id().value();
    return new Report("Traffic lights under " + current + " and " + proposed, List.of(
        Report.section("Lights that change (" + c.changes().size() + "; " + c.unchanged() + " unchanged)",
            List.of("indicator", "title", "period", "outturn", "light under " + current, "rule under " + current,
                "allowance under " + current, "light under " + proposed, "rule under " + proposed, "allowance under " + proposed,
                "change"), changes),
        Report.section("Lights by theme",
            List.of("theme").appendAll(LIT.flatMap(l -> List.of(word(l) + " under " + current, word(l) + " under " + proposed))), counts)),
        List.of(policyLine("Current rating", c.current()), policyLine("Proposed rating", c.proposed())));
  }

  private static final List<TrafficLight> LIT = List.of(TrafficLight.values());

  private static String word(TrafficLight l) {
    return l.name().charAt(0) + l.name().substring(1).toLowerCase(java.util.Locale.UK);
  }

  private static Object light(IndicatorRating r) {
    return r.light().map(l -> (Object) Report.Cell.light(l, r.explanation())).getOrElse("data only");
  }
}
