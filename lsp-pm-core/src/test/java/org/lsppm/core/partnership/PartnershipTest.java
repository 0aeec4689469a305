package org.lsppm.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;

class PartnershipTest {
  private static final ReportingPeriod YEAR = FinancialYear.parse("2008/09").get().toPeriod();
  private static final Theme CRIME = Theme.of("Safer Communities", PriorityArea.CRIME).get();
  private static final Indicator NI16 = Indicator.newBuilder().code("NI 16")
      .title("Serious acquisitive crime").theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER)
      .unit("rate").build().get();
  private static final Indicator LOC4 = Indicator.newBuilder().code("LOC 4").title("Hostel occupancy")
      .theme("Safer Communities").polarity(Polarity.WITHIN_RANGE).unit("%").build().get();

  private static Target target(Indicator i, Goal goal) {
    return Target.of(i.code().value(), YEAR, goal, null, null).get();
  }

  @Test
  void a_negative_nrf_allocation_is_refused() {
    refusedWith(Partnership.of("KCP", "Kensington", Money.parse("-1.00").get()))
        .containsExactly("nrfAllocation: expected an amount of zero or more, got -£1.00");
  }

  @Test
  void blank_name_and_area_and_missing_allocation_are_named_together() {
    refusedWith(Partnership.of(" ", "", null)).hasSize(3);
  }

  @Test
  void the_builder_needs_only_what_the_partnership_has_and_reports_field_and_reference_problems_together() {
    Partnership minimal = Partnership.newBuilder().name("KCP").area("K&C").nrfAllocation(Money.zero())
        .build().get();
    assertThat(minimal.themes()).isEmpty();
    assertThat(minimal.improvementPlan().items()).isEmpty();

    Indicator orphan = Indicator.newBuilder().code("NI 99").title("Orphan").theme("Nowhere")
        .polarity(Polarity.HIGHER_IS_BETTER).unit("u").flags(List.empty()).build().get();
    refusedWith(Partnership.newBuilder().name(" ").area("K&C").themes(CRIME).indicators(NI16, orphan).build())
        .containsExactly(
            "name: expected non-blank text, got \" \"",
            "nrfAllocation: expected an amount in pounds, got nothing",
            "indicators[1].theme: expected a theme of the partnership, got Nowhere");
  }

  @Test
  void every_broken_reference_and_duplicate_is_reported_at_once() {
    Indicator orphan = Indicator.newBuilder().code("NI 195").title("Litter").theme("Environment")
        .polarity(Polarity.LOWER_IS_BETTER).unit("%").build().get();
    Outturn unknown = Outturn.measured("NI 999", YEAR, Quantity.ofWhole(1),
        org.lsppm.core.indicator.DataStatus.FINAL).get();

    refusedWith(Partnership.newBuilder().name("KCP")
        .area("K&C")
        .nrfAllocation(Money.zero())
        .themes(List.of(CRIME, CRIME))
        .indicators(List.of(NI16, orphan))
        .targets(List.of(target(NI16, Goal.of(Quantity.ofWhole(20))), target(NI16, Goal.of(Quantity.ofWhole(21)))))
        .outturns(List.of(unknown))
        .build())
        .containsExactly(
            "themes[1]: expected no repeat of themes[0], got Safer Communities",
            "targets[1]: expected no repeat of targets[0], got (NI 16, 2008/09)",
            "indicators[1].theme: expected a theme of the partnership, got Environment",
            "outturns[0].indicator: expected an indicator of the partnership, got NI 999");
  }

  @Test
  void a_range_goal_belongs_to_a_range_indicator_and_only_to_one() {
    Goal range = Goal.between(Quantity.ofWhole(90), Quantity.ofWhole(95)).get();

    refusedWith(Partnership.newBuilder().name("KCP")
        .area("K&C")
        .nrfAllocation(Money.zero())
        .themes(List.of(CRIME))
        .indicators(List.of(NI16, LOC4))
        .targets(List.of(target(NI16, range), target(LOC4, Goal.of(Quantity.ofWhole(92)))))
        .build())
        .containsExactly(
            "targets[0].goal: expected a single value for a LOWER_IS_BETTER indicator, got 90..95",
            "targets[1].goal: expected a range (lower and upper) for a WITHIN_RANGE indicator, got 92");
  }

  @Test
  void a_null_entry_in_a_list_is_reported_not_dropped() {
    refusedWith(Partnership.newBuilder().name("KCP")
        .area("K&C")
        .nrfAllocation(Money.zero())
        .themes(java.util.Arrays.asList(CRIME, null))
        .build())
        .containsExactly("themes[1]: expected an entry, got nothing");
  }

  @Test
  void a_consistent_partnership_finds_its_indicators() {
    Partnership p = Partnership.newBuilder().name("KCP")
        .area("K&C")
        .nrfAllocation(Money.of(new BigDecimal("1790000")).get())
        .themes(List.of(CRIME))
        .indicators(List.of(NI16))
        .targets(List.of(target(NI16, Goal.of(Quantity.ofWhole(20)))))
        .build().get();

    assertThat(p.indicator(NI16.code())).contains(NI16);
    assertThat(p.improvementPlan().items()).isEmpty();
  }
}
