package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.ComparatorGroup.Member;
import org.lsppm.core.rating.ComparatorGroup.Quartiles;
import org.quicktheories.core.Gen;

/** Comparator quartiles: QUARTILE.INC's points, the polarity respected, ties and missing values stated. */
class ComparatorGroupTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.year(Checks.orThrow(FinancialYear.parse("2008/09")));

  private static Quantity q(String v) {
    return Checks.orThrow(Quantity.parse(v));
  }

  private static List<Quantity> qs(String... values) {
    return List.of(values).map(ComparatorGroupTest::q);
  }

  private static ComparatorGroup group(String... values) {
    return Checks.orThrow(ComparatorGroup.of("Nearest neighbours", "NI 16", YEAR, List.of(values).zipWithIndex().map(t ->
        new Member(new Text("Council " + t._2), t._1.isEmpty() ? Option.none() : Option.some(q(t._1))))));
  }

  private static Measurement measurement(Polarity polarity, String outturn) {
    Indicator i = Checks.orThrow(Indicator.newBuilder().code("NI 16").title("t").theme("Safer Communities")
        .polarity(polarity).unit("rate").flags(List.empty()).build());
    Outturn o = outturn == null ? Checks.orThrow(Outturn.awaited("NI 16", YEAR))
        : Checks.orThrow(Outturn.measured("NI 16", YEAR, q(outturn), DataStatus.FINAL));
    Goal goal = polarity == Polarity.WITHIN_RANGE ? Checks.orThrow(Goal.between(q("1"), q("2"))) : Goal.of(q("10"));
    return Checks.orThrow(Measurement.newBuilder().indicator(i).outturn(o).basis(RatingBasis.TARGET).goal(goal).build());
  }

  @Test
  void the_quartile_points_are_those_of_quartile_inc() {
    // =QUARTILE.INC({1,...,10}, 1..3) is 3.25, 5.5, 7.75; of {7,15,36,39,40,41} 20.25, 37.5, 39.75.
    assertThat(Quartiles.inclusive(qs("10", "9", "8", "7", "6", "5", "4", "3", "2", "1")))
        .isEqualTo(new Quartiles(q("3.25"), q("5.5"), q("7.75")));
    assertThat(Quartiles.inclusive(qs("41", "7", "39", "15", "40", "36")))
        .isEqualTo(new Quartiles(q("20.25"), q("37.5"), q("39.75")));
    assertThat(Quartiles.inclusive(qs("4.2"))).isEqualTo(new Quartiles(q("4.2"), q("4.2"), q("4.2")));
    assertThatThrownBy(() -> Quartiles.inclusive(List.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quartile_one_is_the_best_whichever_way_is_better() {
    ComparatorGroup g = group("1", "2", "3", "4", "5", "6", "7", "8", "9"); // with 10: points 3.25, 5.5, 7.75

    assertThat(g.place(measurement(Polarity.HIGHER_IS_BETTER, "10")).quartile()).contains(1);
    assertThat(g.place(measurement(Polarity.HIGHER_IS_BETTER, "10")).rank()).contains(1);
    assertThat(g.place(measurement(Polarity.HIGHER_IS_BETTER, "10"))).hasToString("top quartile, rank 1 of 10");
    assertThat(g.place(measurement(Polarity.LOWER_IS_BETTER, "10")).quartile()).contains(4);
    assertThat(g.place(measurement(Polarity.LOWER_IS_BETTER, "10")).rank()).contains(10);
    assertThat(g.place(measurement(Polarity.LOWER_IS_BETTER, "0.5")).quartile()).contains(1);
    assertThat(g.place(measurement(Polarity.LOWER_IS_BETTER, "0.5"))).hasToString("top quartile, rank 1 of 10");
  }

  @Test
  void an_outturn_on_a_quartile_point_goes_to_the_better_quartile_and_equal_values_share_a_rank() {
    ComparatorGroup.Placement tied = group("3", "3", "1", "9").place(measurement(Polarity.HIGHER_IS_BETTER, "3"));
    assertThat(tied.rank()).contains(2);
    assertThat(tied.ties()).isEqualTo(2);
    assertThat(tied.quartiles().get().median()).isEqualTo(q("3"));
    assertThat(tied.quartiles().get().upper()).isEqualTo(q("3"));
    assertThat(tied.quartile()).as("on the upper point (all three are 3): the better quartile").contains(1);
    assertThat(tied).hasToString("top quartile, rank 2 of 5 (2 tied)");
    // With the council's value the values are 1..5 and the points 2, 3 and 4.
    assertThat(group("1", "2", "3", "5").place(measurement(Polarity.HIGHER_IS_BETTER, "4")).quartile()).as("on the upper point").contains(1);
    assertThat(group("1", "2", "4", "5").place(measurement(Polarity.HIGHER_IS_BETTER, "3")).quartile()).as("on the median").contains(2);
    assertThat(group("1", "2", "4", "5").place(measurement(Polarity.LOWER_IS_BETTER, "3")).quartile()).as("on the median").contains(2);
    assertThat(group("1", "3", "4", "5").place(measurement(Polarity.LOWER_IS_BETTER, "2")).quartile()).as("on the lower point").contains(1);
    assertThat(group("1", "3", "4", "5").place(measurement(Polarity.HIGHER_IS_BETTER, "2")).quartile()).as("on the lower point").contains(3);
  }

  @Test
  void comparators_without_a_value_are_left_out_and_counted() {
    ComparatorGroup.Placement p = group("5", "", "7", "").place(measurement(Polarity.HIGHER_IS_BETTER, "6"));

    assertThat(p.of()).isEqualTo(3);
    assertThat(p.missing()).isEqualTo(2);
    assertThat(p.rank()).contains(2);
    assertThat(p).hasToString("second quartile, rank 2 of 3 (2 without a value)");
  }

  @Test
  void what_cannot_be_placed_says_why() {
    assertThat(group("1", "2").place(measurement(Polarity.WITHIN_RANGE, "1.5")))
        .hasToString("not placed: a within-range indicator has no better direction");
    assertThat(group("1", "2").place(measurement(Polarity.HIGHER_IS_BETTER, null))).hasToString("not placed: the outturn is awaited");
    assertThat(group("", "").place(measurement(Polarity.HIGHER_IS_BETTER, "3")).reason()).contains("no comparator has a value");
    assertThatThrownBy(() -> Checks.orThrow(ComparatorGroup.of("g", "NI 17", YEAR, List.empty()))
        .place(measurement(Polarity.HIGHER_IS_BETTER, "3"))).hasMessageContaining("expected a measurement of NI 17 2008/09");
  }

  @Test
  void a_group_names_an_authority_once_and_has_a_name() {
    refusedWith(ComparatorGroup.of(" ", "NI 16", YEAR, List.of(new Member(new Text("Camden"), Option.none()),
        new Member(new Text("Camden"), Option.some(q("1"))))))
        .containsExactly("name: expected non-blank text, got \" \"", "comparators: expected each authority once, got \"Camden\"");
    assertThatThrownBy(() -> new ComparatorGroup(new Text("g"), Checks.orThrow(org.lsppm.core.indicator.IndicatorCode.of("NI 16")), YEAR,
        List.of(new Member(new Text("Camden"), Option.none()), new Member(new Text("Camden"), Option.none()))))
        .isInstanceOf(org.lsppm.core.InvalidInputException.class).hasMessageContaining("each authority once");
  }

  private static Gen<List<BigDecimal>> values() {
    return lists().of(longs().between(-1000, 1000).zip(integers().between(0, 2), BigDecimal::valueOf))
        .ofSizeBetween(1, 40).map(l -> List.ofAll(l));
  }

  @Test
  void mirroring_values_and_polarity_gives_the_same_quartile_and_rank() {
    qt().forAll(values(), longs().between(-1000, 1000)).checkAssert((vs, a) -> {
      ComparatorGroup g = group(vs.map(BigDecimal::toPlainString).toJavaArray(String[]::new));
      ComparatorGroup mirror = group(vs.map(v -> v.negate().toPlainString()).toJavaArray(String[]::new));
      ComparatorGroup.Placement up = g.place(measurement(Polarity.HIGHER_IS_BETTER, String.valueOf(a)));
      ComparatorGroup.Placement down = mirror.place(measurement(Polarity.LOWER_IS_BETTER, String.valueOf(-a)));
      assertThat(down.quartile()).isEqualTo(up.quartile());
      assertThat(down.rank()).isEqualTo(up.rank());
    });
  }

  @Test
  void a_better_outturn_never_gets_a_worse_quartile_or_rank() {
    qt().forAll(values(), longs().between(-1000, 1000), longs().between(0, 500)).checkAssert((vs, a, more) -> {
      ComparatorGroup g = group(vs.map(BigDecimal::toPlainString).toJavaArray(String[]::new));
      ComparatorGroup.Placement worse = g.place(measurement(Polarity.HIGHER_IS_BETTER, String.valueOf(a)));
      ComparatorGroup.Placement better = g.place(measurement(Polarity.HIGHER_IS_BETTER, String.valueOf(a + more)));
      assertThat(better.quartile().get()).isLessThanOrEqualTo(worse.quartile().get());
      assertThat(better.rank().get()).isLessThanOrEqualTo(worse.rank().get());
    });
  }

  @Test
  void the_quartile_points_are_ordered_and_within_the_values() {
    qt().forAll(values()).checkAssert(vs -> {
      Quartiles q = Quartiles.inclusive(vs.map(Quantity::new));
      assertThat(q.lower().value()).isBetween(vs.min().get(), q.median().value());
      assertThat(q.upper().value()).isBetween(q.median().value(), vs.max().get());
    });
  }
}
