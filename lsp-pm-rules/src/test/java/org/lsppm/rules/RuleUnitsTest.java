package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lsppm.rules.unit.Units;

/** The generated rule units load, and a unit that decides a fact twice, or not at all, fails loudly. */
class RuleUnitsTest {

  @Test
  void every_decision_is_a_generated_unit_with_its_rules() {
    Map<String, Set<String>> units = Units.ruleNames();

    assertThat(units.keySet()).containsExactlyInAnyOrder("LightUnit", "ScoreUnit", "OverallUnit", "DesignatedUnit",
        "RewardUnit", "ReviewUnit", "PlanUnit");
    assertThat(units.get("LightUnit")).contains("MetOrBeaten", "Improving");
    assertThat(units.get("RewardUnit")).contains("FromThresholdPaysShareAchieved", "EntitlementBelowPaymentOnAccountIsRecovered");
    assertThat(units.values()).allSatisfy(rules -> assertThat(rules).isNotEmpty());
  }

  @Test
  void the_engines_preloads_load_every_unit_of_the_module_in_a_fresh_jvm() throws Exception {
    // A JVM of its own: in this one, other tests have loaded units already.
    // Everything this test runs with, the module path's jars and its own classes included, on a plain class path.
    String path = String.join(java.io.File.pathSeparator, System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""),
        java.nio.file.Path.of(Preloaded.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", path,
        Preloaded.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(out).isZero();

    assertThat(out.lines().toList()).as("loaded before any preload, then after all three")
        .containsExactly("[]", String.valueOf(new java.util.TreeSet<>(Units.ruleNames().keySet())));
  }

  /** Prints the units loaded before and after the three engines' preloads. */
  static final class Preloaded {
    public static void main(String[] args) {
      System.out.println(names());
      DroolsRatingEngine.preload();
      DroolsRewardEngine.preload();
      DroolsReviewEngine.preload();
      DroolsRatingEngine.preload(); // a second time is harmless
      System.out.println(names());
    }

    private static java.util.SortedSet<String> names() {
      java.util.SortedSet<String> names = new java.util.TreeSet<>();
      Units.loaded().forEach(c -> names.add(c.getSimpleName()));
      return names;
    }
  }

  @Test
  void decisions_are_found_by_the_fact_they_decided() {
    String first = new String("first");
    String second = new String("first");

    Map<String, String> byFact = Units.byFact(List.of(first + ":a", second + ":b"),
        d -> d.startsWith(first) && d.endsWith("a") ? first : second, "test");

    assertThat(byFact.get(first)).isEqualTo("first:a");
    assertThat(byFact.get(second)).isEqualTo("first:b");
  }

  @Test
  void a_second_decision_about_one_fact_is_refused_naming_both() {
    assertThatThrownBy(() -> Units.byFact(List.of("x:1", "x:2"), d -> "x", "light"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two light rules fired for x: x:1, x:2");
  }

  @Test
  void a_single_question_unit_must_decide_exactly_once() {
    assertThat(Units.only(List.of("Green"), "the light")).isEqualTo("Green");
    assertThatThrownBy(() -> Units.only(List.of(), "the light"))
        .isInstanceOf(IllegalStateException.class).hasMessage("no rule decided the light: []");
    assertThatThrownBy(() -> Units.only(List.of("Green", "Red"), "the light"))
        .isInstanceOf(IllegalStateException.class).hasMessage("two rules decided the light: [Green, Red]");
  }
}
