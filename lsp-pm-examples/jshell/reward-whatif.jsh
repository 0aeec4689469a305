// What-if Performance Reward Grant for analysts. Run from any directory with
//   lsp-pm-examples/jshell/start reward-whatif.jsh      (a checkout, once built)
//   bin/lsp-pm-jshell reward-whatif.jsh                 (the distribution)
// or open jshell with `lsp-pm-examples/jshell/start` and paste the lines you need.
import java.nio.file.*;
import org.lsppm.core.*;
import org.lsppm.core.reward.*;
import org.lsppm.rules.*;

// The bundled files: bin/lsp-pm-jshell and jshell/start say where they are; from the repository root, lsp-pm-examples/data.
var data = Path.of(System.getProperty("lsppm.data", "lsp-pm-examples/data"));

// Checks.orThrow unwraps a Validation: the value, or an exception that names every problem (Vavr's get() loses them).
var agreement = Checks.orThrow(Json.read(Files.newInputStream(data.resolve("lpsa-agreement.json")), RewardAgreement.class));
var prg = DroolsRewardEngine.withDefaults();

// What outturn do we need to hit the 60% trigger?
prg.triggers(agreement).forEach(t -> System.out.println(t.measure().id() + ": 60% at " + t.threshold() + ", 100% at " + t.full()));

// What is the grant now, and how much is still undetermined?
var current = Scenario.named("current").outturn("1", "16.1").outturn("2", "13.2").outturn("4", "8.9").interim("4", "9.6").
    outturn("6", "23.1").outturn("8", "151").outturn("12", "22.9");
var result = Checks.orThrow(prg.evaluate(agreement, current));
System.out.println("earned " + result.totalPayable() + "; undetermined " + result.pendingPotential());

// What is the grant if three targets slip?
var slipped = current.outturn("6", "22.0").outturn("8", "140").outturn("12", "21.0");
System.out.println("if 6, 8 and 12 slip: " + Checks.orThrow(prg.evaluate(agreement, slipped)).totalPayable());

// How does the grant move as target 2's outturn varies? (the threshold step is at 13.0)
Checks.orThrow(prg.sensitivity(agreement, current, new TargetId("2"), Quantity.ofWhole(12),
    Checks.orThrow(Quantity.parse("14.5")), Checks.orThrow(Quantity.parse("0.5")))).
    forEach(p -> System.out.println(p.outturn() + " -> " + p.measurePayable() + " (" + p.decision() + ")"));
/exit
