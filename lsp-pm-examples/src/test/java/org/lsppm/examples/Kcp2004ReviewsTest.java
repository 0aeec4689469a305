package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lsppm.rules.DroolsReviewEngine;

class Kcp2004ReviewsTest {

  @Test
  void the_2004_position_shows_the_overdue_weak_criterion_the_plan_due_that_day_and_the_stale_2002_actions() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Kcp2004Reviews.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), DroolsReviewEngine.withDefaults());

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .containsPattern("Weak criterion re-review: Inclusive +OVERDUE +2003-01-22 +2004-01-22 +ReviewOverdue")
        .containsPattern("Improvement plan +DUE_SOON +2003-09-17 +2004-03-17 +ReviewDueSoon")
        .containsPattern("Delivery +ON_TIME +2003-04-30 +2004-04-30 +ReviewOnTime")
        .containsPattern("Full review of criterion: Learning and development +ON_TIME +2002-01-31 +2005-01-31")
        .contains("  2004-04-30  Delivery")
        .contains("Commission a racial equality audit of LSP work to set a baseline and performance measures: "
            + "past its due date and not complete (ActionOverdue)")
        .doesNotContain("Commission a communications strategy for the LSP:")
        .contains("improvement plan item 1 (criterion Inclusive): no record of how support will be provided");
  }
}
