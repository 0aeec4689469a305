// Traffic lights for analysts. Start from the repository root with
//   lsp-pm-examples/jshell/start lsp-pm-examples/jshell/ratings.jsh
import java.nio.file.*;
import org.lsppm.core.*;
import org.lsppm.core.partnership.*;
import org.lsppm.core.rating.*;
import org.lsppm.core.rule.*;
import org.lsppm.rules.*;

// Checks.orThrow unwraps a Validation: the value, or an exception that names every problem (Vavr's get() loses them).
var partnership = Checks.orThrow(Json.read(Files.newInputStream(Path.of("lsp-pm-examples/data/sample-partnership.json")), Partnership.class));

// Every light with the rule that decided it, under the default policy...
DroolsRatingEngine.withDefaults().rate(Measurements.of(partnership)).forEach(r -> System.out.println(r.explanation()));

// ...and under a policy with a 15% tolerance and the Havering trend rule: old ratings stay as they were.
var havering = RatingPolicy.defaults().withId(new PolicyId("havering")).withTolerance(Ratio.ofPercent(15)).
    withOffTargetTrend(OffTargetTrendRule.IMPROVING_IS_AMBER);
DroolsRatingEngine.forPolicy(havering).rate(Measurements.of(partnership)).forEach(r -> System.out.println(r.explanation()));
/exit
