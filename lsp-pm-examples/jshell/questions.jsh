// The questions officers and councillors ask about the colours and the grant. Run from any
// directory with
//   lsp-pm-examples/jshell/start questions.jsh      (a checkout, once built)
//   bin/lsp-pm-jshell questions.jsh                 (the distribution)
import java.nio.file.*;
import io.vavr.collection.*;
import org.lsppm.core.*;
import org.lsppm.core.partnership.*;
import org.lsppm.core.rating.*;
import org.lsppm.core.rule.*;
import org.lsppm.core.reward.*;
import org.lsppm.rules.*;

// The bundled files: bin/lsp-pm-jshell and jshell/start say where they are; from the repository root, lsp-pm-examples/data.
var data = Path.of(System.getProperty("lsppm.data", "lsp-pm-examples/data"));

// Checks.orThrow unwraps a Validation: the value, or an exception that names every problem.
var partnership = Checks.orThrow(Json.read(Files.newInputStream(data.resolve("sample-partnership.json")), Partnership.class));
var measurements = Measurements.of(partnership);
var policy = RatingPolicy.defaults();

// What outturn turns each indicator Green, and where does it stop being Red?
for (var m : measurements) {
  LightThresholds.of(m, policy).forEach(t -> System.out.println(m.indicator().code() + " " + m.period() + ": Green "
      + t.green() + ", not Red " + t.notRed() + "; outturn " + m.outturn().value().map(String::valueOf).getOrElse("awaited")
      + t.distanceToGreen().map(d -> ", " + d + " from Green").getOrElse("")));
}

// A councillor proposes 15% tolerance (10% for vital signs): which lights would change?
var proposed = policy.withId(new PolicyId("proposed-15")).withTolerance(Ratio.ofPercent(15)).withVitalSignTolerance(Ratio.ofPercent(10));
var comparison = PolicyComparison.of(DroolsRatingEngine.forPolicy(policy), DroolsRatingEngine.forPolicy(proposed), measurements);
comparison.changes().forEach(c -> System.out.println(c.measurement().indicator().code() + ": " + c.current().light().map(String::valueOf).getOrElse("none")
    + " (" + c.current().rule() + ") becomes " + c.proposed().light().map(String::valueOf).getOrElse("none") + " (" + c.proposed().rule() + ")"));
System.out.println(comparison.unchanged() + " lights unchanged; Red " + comparison.overall().current().get(TrafficLight.RED).getOrElse(0)
    + " -> " + comparison.overall().proposed().get(TrafficLight.RED).getOrElse(0));

// How likely is each 60% trigger, and what grant should we budget? 10,000 seeded draws.
var agreement = Checks.orThrow(Json.read(Files.newInputStream(data.resolve("lpsa-agreement.json")), RewardAgreement.class));
Map<TargetId, OutturnForecast> forecasts = HashMap.empty();
for (var m : agreement.measures()) {
  var w = m.stretch().withoutAgreement();
  var t = m.stretch().withStretch();
  var low = w.compareTo(t) < 0 ? w : t;
  var high = w.compareTo(t) < 0 ? t : w;
  // No better knowledge: anywhere from W to T, most likely two thirds of the way to T.
  var likely = new Quantity(w.value().add(t.value().subtract(w.value()).multiply(new java.math.BigDecimal("0.667"))));
  forecasts = forecasts.put(m.id(), Checks.orThrow(OutturnForecast.between(low, likely, high)));
}
var simulation = Checks.orThrow(RewardSimulation.of(DroolsRewardEngine.withDefaults(), agreement, forecasts));
var risk = simulation.withPlaces(2).run(10_000, 2026L, Runtime.getRuntime().availableProcessors());
risk.measures().forEach(r -> System.out.println(r.measure().id() + ": 60% trigger in " + r.reachesThreshold()
    + " of draws, expected " + r.expectedPayable()));
System.out.println("expected " + risk.expected() + "; 5th/50th/95th percentiles " + risk.p5() + " / " + risk.median() + " / " + risk.p95()
    + "; nothing in " + risk.earnsNothing() + " of draws");

// Where does NI 16 stand among its neighbours? (the bundled comparator values are illustrative)
var ni16 = measurements.find(m -> m.indicator().code().value().equals("NI 16") && m.period().toString().equals("2008/09")).
    getOrElseThrow(() -> new IllegalStateException("no NI 16 outturn for 2008/09"));
var neighbours = Checks.orThrow(ComparatorGroup.of("Inner London neighbours", "NI 16", ni16.period(), List.of("19.8", "24.6", "21.0", "27.3", "22.4", "18.9")
    .zipWithIndex().map(v -> new ComparatorGroup.Member(new Text("Neighbour " + (v._2 + 1)), io.vavr.control.Option.some(Checks.orThrow(Quantity.parse(v._1)))))));
System.out.println("NI 16 2008/09: " + neighbours.place(ni16));
/exit
