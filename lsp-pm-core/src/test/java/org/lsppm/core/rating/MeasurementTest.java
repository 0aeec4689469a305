package org.lsppm.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.InvalidInputException;
import org.lsppm.core.Json;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;

/** A measurement is against a goal or data only, and the type says which. */
class MeasurementTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.year(Checks.orThrow(FinancialYear.parse("2008/09")));
  private static final Indicator NI16 = Checks.orThrow(Indicator.newBuilder().code("NI 16").title("Serious acquisitive crime")
      .theme("Safer Communities").polarity(Polarity.LOWER_IS_BETTER).unit("rate").build());
  private static final Outturn OUTTURN = Checks.orThrow(Outturn.measured("NI 16", YEAR, Quantity.ofWhole(22), DataStatus.FINAL));

  @Test
  void the_basis_chooses_the_state_and_each_state_has_only_its_own_fields() {
    Measurement against = Measurement.newBuilder().indicator(NI16).outturn(OUTTURN).basis(RatingBasis.MILESTONE)
        .goal(Goal.of(Quantity.ofWhole(21))).previous(Quantity.ofWhole(23)).build().get();
    Measurement dataOnly = Measurement.newBuilder().indicator(NI16).outturn(OUTTURN).basis(RatingBasis.NONE).build().get();

    assertThat(against).isInstanceOf(Measurement.AgainstGoal.class);
    assertThat(((Measurement.AgainstGoal) against).level()).isEqualTo(Goal.of(Quantity.ofWhole(21)));
    assertThat(against.goal()).contains(Goal.of(Quantity.ofWhole(21)));
    assertThat(against.basis()).isEqualTo(RatingBasis.MILESTONE);
    assertThat(dataOnly).isInstanceOf(Measurement.DataOnly.class);
    assertThat(dataOnly.basis()).isEqualTo(RatingBasis.NONE);
    assertThat(dataOnly.goal()).isEmpty();
    assertThat(dataOnly.tolerance()).isEmpty();
    assertThat(against.withTolerance(Ratio.ofPercent(15)).tolerance()).contains(Ratio.ofPercent(15));
    assertThatThrownBy(() -> dataOnly.withTolerance(Ratio.ofPercent(15))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no tolerance without a target to apply it to");
    assertThatThrownBy(() -> new Measurement.AgainstGoal(NI16, OUTTURN, RatingBasis.NONE, Goal.of(Quantity.ofWhole(21)),
        Option.none(), Option.none(), Option.none())).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_goal_and_its_basis_must_agree() {
    refusedWith(Measurement.newBuilder().indicator(NI16).outturn(OUTTURN).basis(RatingBasis.TARGET).build())
        .containsExactly("goal: expected a goal to rate against TARGET, got nothing");
    refusedWith(Measurement.newBuilder().indicator(NI16).outturn(OUTTURN).basis(RatingBasis.NONE)
        .goal(Goal.of(Quantity.ofWhole(21))).build())
        .containsExactly("goal: expected no goal for a data-only (NONE) measurement, got 21");
  }

  @Test
  void both_states_are_written_as_one_object_and_read_back_as_themselves() {
    Measurement against = Measurement.againstTarget(NI16, OUTTURN,
        Checks.orThrow(org.lsppm.core.indicator.Target.of("NI 16", YEAR, Goal.of(Quantity.ofWhole(21)), null, null)), Option.none()).get();
    Measurement dataOnly = Measurement.dataOnly(NI16, OUTTURN, Option.some(Quantity.ofWhole(23))).get();

    String json = Json.write(dataOnly);
    assertThat(Json.read(json, Measurement.class).get()).isEqualTo(dataOnly);
    assertThat(json).contains("\"basis\" : \"NONE\"", "\"goal\" : null", "\"tolerance\" : null").doesNotContain("level");
    assertThat(Json.read(Json.write(against), Measurement.class).get()).isEqualTo(against);
    refusedWith(Json.read(json.replace("\"NONE\"", "\"TARGET\""), Measurement.class))
        .anySatisfy(p -> assertThat(p).startsWith("goal: expected a goal to rate against TARGET"));
  }
}
