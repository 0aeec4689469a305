package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lsppm.rules.unit.Units;

/**
 * The rule units and their rules are exactly the ones the module README's table documents, and its
 * links lead to them. Reads the README beside this module, so mutation runs (from another module)
 * leave it out.
 */
@Tag("files")
class RuleCatalogueTest {
  private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");

  @Test
  void the_readme_table_lists_every_unit_with_its_rules_and_no_others() throws IOException {
    Map<String, Set<String>> documented = new LinkedHashMap<>();
    String unit = null;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (!line.startsWith("| ") || line.startsWith("| decision")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (!cells[2].isBlank()) {
        unit = first(NAME, cells[2]);
        for (int c = 2; c <= 3; c++) {
          assertThat(Path.of(first(LINK, cells[c]))).as("the table's link for %s", unit).isRegularFile();
        }
      }
      if (cells.length > 6 && !cells[6].isBlank()) {
        assertThat(Path.of(first(LINK, cells[6]))).as("the table's link to the test of %s", unit).isRegularFile();
      }
      Matcher rules = NAME.matcher(cells[4]);
      while (rules.find()) {
        documented.computeIfAbsent(unit, k -> new TreeSet<>()).add(rules.group(1));
      }
    }

    assertThat(documented).isEqualTo(Units.ruleNames());
    assertThat(documented.keySet()).containsExactlyInAnyOrder("LightUnit", "ScoreUnit", "OverallUnit",
        "DesignatedUnit", "RewardUnit", "ReviewUnit", "PlanUnit");
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as("a match of %s in %s", p, text).isTrue();
    return m.group(1);
  }
}
