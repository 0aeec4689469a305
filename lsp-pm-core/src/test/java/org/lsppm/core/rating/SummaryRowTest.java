package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The Kensington and Chelsea July 2009 summary table, checked against each rounding policy. */
class SummaryRowTest {

  private static List<TrafficLight> lights(int green, int amber, int red, int purple) {
    return List.fill(green, TrafficLight.GREEN).appendAll(List.fill(amber, TrafficLight.AMBER))
        .appendAll(List.fill(red, TrafficLight.RED)).appendAll(List.fill(purple, TrafficLight.PURPLE));
  }

  private static List<Integer> percents(int g, int a, int r, PercentRounding rounding) {
    SummaryRow row = SummaryRow.of(SummaryDimension.PROGRESS, lights(g, a, r, 0), rounding);
    return List.of(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED).map(l -> row.percent(l).get());
  }

  @Test
  void progress_14_5_2_printed_67_24_9_matches_largest_remainder_not_half_up() {
    assertThat(percents(14, 5, 2, PercentRounding.LARGEST_REMAINDER)).containsExactly(67, 24, 9);
    assertThat(percents(14, 5, 2, PercentRounding.HALF_UP)).containsExactly(67, 24, 10);
  }

  @Test
  void problems_12_7_2_printed_57_34_9_matches_neither_policy() {
    assertThat(percents(12, 7, 2, PercentRounding.HALF_UP)).containsExactly(57, 33, 10);
    assertThat(percents(12, 7, 2, PercentRounding.LARGEST_REMAINDER)).containsExactly(57, 33, 10);
  }

  @Test
  void confidence_11_7_3_printed_52_34_14_matches_neither_policy() {
    assertThat(percents(11, 7, 3, PercentRounding.HALF_UP)).containsExactly(52, 33, 14);
    assertThat(percents(11, 7, 3, PercentRounding.LARGEST_REMAINDER)).containsExactly(53, 33, 14);
  }

  @Test
  void purple_is_counted_but_left_out_of_the_percentages() {
    SummaryRow row = SummaryRow.of(SummaryDimension.CONFIDENCE, lights(1, 1, 0, 2), PercentRounding.HALF_UP);

    assertThat(row.count(TrafficLight.PURPLE)).isEqualTo(2);
    assertThat(row.percent(TrafficLight.GREEN)).contains(50);
    assertThat(row.percent(TrafficLight.PURPLE)).isEmpty();
    assertThat(SummaryRow.of(SummaryDimension.PROGRESS, lights(0, 0, 0, 3), PercentRounding.HALF_UP).percents()).isEmpty();
  }

  @Test
  void largest_remainder_columns_always_total_100() {
    for (int g = 0; g <= 12; g++) {
      for (int a = 0; a <= 12; a++) {
        for (int r = 0; r <= 12; r++) {
          if (g + a + r > 0) {
            assertThat(percents(g, a, r, PercentRounding.LARGEST_REMAINDER).sum().intValue()).isEqualTo(100);
          }
        }
      }
    }
  }
}
