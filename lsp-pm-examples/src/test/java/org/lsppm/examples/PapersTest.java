package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lsppm.core.rating.OverallRating;
import org.lsppm.rules.DroolsRatingEngine;

/** The examples that reproduce the source papers print what the papers say. */
class PapersTest {

  private static String printed(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void kcp_2009_counts_are_exact_and_each_printed_percentage_is_checked_against_both_policies() throws Exception {
    var outcomes = Kcp2009Summary.outcomes();
    String out = printed(o -> Kcp2009Summary.print(o, outcomes));

    assertThat(outcomes).hasSize(21);
    assertThat(out).containsPattern("Progress +14/5/2/0 +67/24/9 +67/24/10 +yes/yes/no +67/24/9 +yes/yes/yes")
        .containsPattern("Problems +12/7/2/0 +57/34/9 +57/33/10 +yes/no/no +57/33/10 +yes/no/no")
        .containsPattern("Confidence +11/7/3/0 +52/34/14 +52/33/14 +yes/no/yes +53/33/14 +no/no/yes");
  }

  @Test
  void halton_2006_is_amber_green_and_moves_to_green_when_the_two_outcomes_are_delivered() {
    var engine = DroolsRatingEngine.withDefaults();
    String out = printed(o -> Halton2006Rating.print(o, engine));

    assertThat(engine.rate(Halton2006Rating.partnership(Halton2006Rating.outcomes(), Halton2006Rating.actions())).overall())
        .contains(OverallRating.AMBER_GREEN);
    assertThat(out).contains("2005 assessment: Amber/Green (MostGreenWithActionsForTheRest, 6 of 8 Green")
        .contains("H4 and H7 delivered (Green):             Green (EveryOutcomeGreen")
        .contains("no improvement action for H7:            Amber/Red");
  }
}
