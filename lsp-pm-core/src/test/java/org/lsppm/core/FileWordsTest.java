package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import org.junit.jupiter.api.Test;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.rating.TrafficLight;

/** The words files and database columns use for the enums are read by the enums themselves, with a refusal that says what was expected. */
class FileWordsTest {

  @Test
  void a_polarity_is_read_from_its_short_word_or_its_name_in_any_case() {
    assertThat(Polarity.parse("lower").get()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Polarity.parse(" Higher ").get()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Polarity.parse("RANGE").get()).isEqualTo(Polarity.WITHIN_RANGE);
    assertThat(Polarity.parse("lower-is-better").get()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Polarity.parse("Within range").get()).isEqualTo(Polarity.WITHIN_RANGE);
    assertThat(Polarity.parse("HIGHER_IS_BETTER").get()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    refusedWith(Polarity.parse("down")).containsExactly("value: expected higher, lower or range, got \"down\"");
    refusedWith(Polarity.parse(" ")).hasSize(1);
    refusedWith(Polarity.parse(null)).hasSize(1);
  }

  @Test
  void a_data_status_and_a_light_are_read_in_any_case_and_nothing_else_is() {
    assertThat(DataStatus.parse("Provisional").get()).isEqualTo(DataStatus.PROVISIONAL);
    assertThat(DataStatus.parse("awaited").get()).isEqualTo(DataStatus.AWAITED);
    refusedWith(DataStatus.parse("draft")).containsExactly("value: expected final, provisional, estimated or awaited, got \"draft\"");
    assertThat(TrafficLight.parse("amber").get()).isEqualTo(TrafficLight.AMBER);
    assertThat(TrafficLight.parse("PURPLE").get()).isEqualTo(TrafficLight.PURPLE);
    refusedWith(TrafficLight.parse("amber/green")).containsExactly("value: expected green, amber, red or purple, got \"amber/green\"");
  }
}
