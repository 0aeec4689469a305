// Traffic lights for analysts. Run from any directory with
//   lsp-pm-examples/jshell/start ratings.jsh      (a checkout, once built)
//   bin/lsp-pm-jshell ratings.jsh                 (the distribution)
import java.nio.file.*;
import org.lsppm.core.*;
import org.lsppm.core.partnership.*;
import org.lsppm.core.rating.*;
import org.lsppm.core.rule.*;
import org.lsppm.rules.*;

// The bundled files: bin/lsp-pm-jshell and jshell/start say where they are; from the repository root, lsp-pm-examples/data.
var data = Path.of(System.getProperty("lsppm.data", "lsp-pm-examples/data"));

// Checks.orThrow unwraps a Validation: the value, or an exception that names every problem (Vavr's get() loses them).
var partnership = Checks.orThrow(Json.read(Files.newInputStream(data.resolve("sample-partnership.json")), Partnership.class));

// Every light with the rule that decided it, under the default policy...
DroolsRatingEngine.withDefaults().rate(Measurements.of(partnership)).forEach(r -> System.out.println(r.explanation()));

// ...and under a policy with a 15% tolerance and the Havering trend rule: old ratings stay as they were.
var havering = RatingPolicy.defaults().withId(new PolicyId("havering")).withTolerance(Ratio.ofPercent(15)).
    withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER);
DroolsRatingEngine.forPolicy(havering).rate(Measurements.of(partnership)).forEach(r -> System.out.println(r.explanation()));
/exit
