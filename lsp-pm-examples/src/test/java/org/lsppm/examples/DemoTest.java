package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lsppm.core.partnership.Partnership;

class DemoTest {

  @Test
  void the_bundled_sample_partnership_is_valid() throws Exception {
    Partnership sample = Demo.loadSample().get();

    assertThat(sample.name().value()).isEqualTo("Kensington and Chelsea Partnership");
    assertThat(sample.themes()).hasSize(7);
    assertThat(sample.indicators()).hasSize(8);
    assertThat(sample.outturns()).hasSize(12);
    assertThat(sample.stretchTargets()).hasSize(2);
  }

  @Test
  void the_report_shows_polarity_targets_awaited_data_and_the_plan() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PartnershipReport(Demo.loadSample().get()).printTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains("NRF allocation: £1,790,000.00")
        .containsPattern("NI 16 +Serious acquisitive crime rate +Lower is better +at most 21.5 +2008/09 +22.4 \\(Final, 2008/09\\)")
        .containsPattern("LOC 4 .* 90 to 95 ")
        .containsPattern("NI 75 .* awaited \\(2008/09\\)")
        .containsPattern("NI 8 .* data only")
        .contains("Partnership criterion: Inclusive")
        .contains("Improvement plan (2 items)");
  }

  @Test
  void the_ratings_show_each_light_with_its_rule_and_the_overall_rating() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RatingReport(Demo.loadSample().get(), org.lsppm.rules.DroolsRatingEngine.withDefaults())
        .printTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .containsPattern("NI 16 +2008/09 +target 21.5 +22.4 +AMBER +MissedWithinTolerance +0.9 +1.075 +IMPROVING \\(Improving\\)")
        .containsPattern("NI 39 +2008/09 +target 1330 +1502 +RED +MissedBeyondTolerance .* DECLINING")
        .containsPattern("NI 154 +2008/09 .* AMBER .* STATIC")
        .containsPattern("NI 75 +2008/09 +target 62 +awaited +PURPLE +AwaitedIsPurple")
        .containsPattern("NI 8 +2008/09 +- +24.1 +data only +NoTargetIsDataOnly")
        .contains("Overall rating: Amber/Red (OtherwiseAmberRed: 1 of 2 assessed outcomes Green)");
  }
}
