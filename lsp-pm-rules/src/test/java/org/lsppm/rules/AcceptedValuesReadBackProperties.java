package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Checks;
import org.lsppm.core.InvalidInputException;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.DataStatus;
import org.lsppm.core.indicator.Goal;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingBasis;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.TargetId;
import org.quicktheories.core.Gen;

/**
 * Whatever a public path accepts, the library writes and reads back, and nothing it accepted
 * makes a later call throw: values are built through every way an embedder has (canonical
 * constructors, factories, builders) from numbers of any size and precision, and whatever is
 * accepted is rated and round-tripped through {@link Json}.
 */
class AcceptedValuesReadBackProperties {
  private static final int EXAMPLES = 400;
  private static final ReportingPeriod YEAR = ReportingPeriod.of(java.time.LocalDate.of(2008, 4, 1),
      java.time.LocalDate.of(2009, 3, 31)).get();

  /** Numbers of up to 60 digits with the point anywhere from 60 places left to 60 places right of them. */
  private static Gen<BigDecimal> anyNumbers() {
    return in -> {
      int digits = integers().between(1, 60).generate(in);
      StringBuilder s = new StringBuilder(integers().between(0, 1).generate(in) == 0 ? "" : "-");
      s.append(integers().between(1, 9).generate(in));
      for (int i = 1; i < digits; i++) {
        s.append(integers().between(0, 9).generate(in));
      }
      return new BigDecimal(new BigInteger(s.toString()), integers().between(-60, 60).generate(in));
    };
  }

  /** Numbers within the bounds every input is held to: up to 18 digits before the point and 18 after. */
  private static Gen<BigDecimal> inputNumbers() {
    return in -> {
      int before = integers().between(0, Checks.MAX_INTEGER_DIGITS).generate(in);
      int after = integers().between(before == 0 ? 1 : 0, Checks.MAX_DECIMAL_PLACES).generate(in);
      return new BigDecimal(digits(in, before + after, integers().between(0, 1).generate(in) == 1), after);
    };
  }

  /** Fractions from 0 up to but not including 1, with up to 18 decimal places: tolerances. */
  private static Gen<BigDecimal> fractions() {
    return in -> {
      int after = integers().between(1, Checks.MAX_DECIMAL_PLACES).generate(in);
      return new BigDecimal(digits(in, after, false), after);
    };
  }

  private static BigInteger digits(org.quicktheories.core.RandomnessSource in, int n, boolean negative) {
    StringBuilder s = new StringBuilder(negative ? "-0" : "0");
    for (int i = 0; i < n; i++) {
      s.append(integers().between(0, 9).generate(in));
    }
    return new BigInteger(s.toString());
  }

  private static <T> Option<T> accepted(java.util.function.Supplier<T> build) {
    try {
      return Option.some(build.get());
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty();
      return Option.none();
    }
  }

  private static <T> void readsBack(T value, Class<T> type) {
    Validation<?, T> back = Json.read(Json.write(value), type);
    assertThat(back.isValid()).as("%s read back: %s", value, back).isTrue();
    assertThat(back.get()).isEqualTo(value);
  }

  @Test
  void a_number_any_constructor_accepts_is_read_back_and_every_factory_accepts_less() {
    qt().withExamples(EXAMPLES).forAll(anyNumbers()).checkAssert(v -> {
      accepted(() -> new Quantity(v)).forEach(q -> readsBack(q, Quantity.class));
      accepted(() -> new Ratio(v)).forEach(r -> readsBack(r, Ratio.class));
      accepted(() -> new Money(v)).forEach(m -> readsBack(m, Money.class));
      Quantity.of(v).forEach(q -> assertThat(new Quantity(v)).isEqualTo(q));
      Ratio.of(v).forEach(r -> assertThat(new Ratio(v)).isEqualTo(r));
      Money.of(v).forEach(m -> assertThat(new Money(v)).isEqualTo(m));
    });
  }

  @Test
  void a_quantity_beyond_the_input_bounds_is_refused_wherever_it_would_enter_the_domain() {
    Quantity huge = new Quantity(BigDecimal.TEN.pow(30));
    Indicator indicator = indicator(Polarity.HIGHER_IS_BETTER);

    assertThatThrownBy(() -> Goal.of(huge)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("value: expected a number with at most 18 digits before the decimal point and 18 after it");
    assertThat(Goal.between(Quantity.ofWhole(1), huge).getError().map(p -> p.message()))
        .containsExactly("upper: expected a number with at most 18 digits before the decimal point and 18 after it, got 1000000000000000000000000000000");
    assertThat(Outturn.of(indicator.code().value(), YEAR, Option.some(huge), DataStatus.FINAL).isInvalid()).isTrue();
    assertThat(Stretch.of(Quantity.ofWhole(1), huge, null).isInvalid()).isTrue();
    assertThat(Measurement.newBuilder().indicator(indicator).outturn(outturn(indicator, Quantity.ofWhole(5)))
        .basis(RatingBasis.TARGET).goal(Goal.of(Quantity.ofWhole(4))).previous(huge).build().isInvalid()).isTrue();
    Scenario scenario = Scenario.named("s").outturn(new TargetId("1"), huge);
    assertThat(scenario.isUsable()).isFalse();
    assertThat(scenario.outturns()).isEmpty();
    assertThatThrownBy(() -> new Scenario(new Text("s"), LinkedHashMap.of(new TargetId("1"), huge), LinkedHashMap.empty()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Quantity(BigDecimal.TEN.pow(100))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected a number with at most 18 digits before the decimal point and 18 after it, got 1000");
  }

  private static Indicator indicator(Polarity polarity) {
    return Indicator.newBuilder().code("NI 1").title("t").theme("Safer").polarity(polarity).unit("u").build().get();
  }

  private static Outturn outturn(Indicator indicator, Quantity value) {
    return Outturn.of(indicator.code().value(), YEAR, Option.some(value), DataStatus.FINAL).get();
  }

  @Test
  void a_measurement_of_any_accepted_numbers_is_rated_and_its_rating_read_back() {
    Function<BigDecimal, Quantity> q = Quantity::new;
    qt().withExamples(EXAMPLES)
        .forAll(inputNumbers(), inputNumbers(), inputNumbers(), fractions())
        .checkAssert((goal, outturn, previous, tolerance) -> {
          for (Polarity polarity : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
            Indicator indicator = indicator(polarity);
            Measurement m = Checks.orThrow(Measurement.newBuilder().indicator(indicator)
                .outturn(outturn(indicator, q.apply(outturn))).basis(RatingBasis.TARGET).goal(Goal.of(q.apply(goal)))
                .previous(q.apply(previous)).build());
            RatingPolicy policy = RatingPolicy.defaults().withTolerance(new Ratio(tolerance)).withStaticBand(new Ratio(tolerance));
            IndicatorRating rating = DroolsRatingEngine.forPolicy(policy).rate(m);
            readsBack(m, Measurement.class);
            readsBack(rating, IndicatorRating.class);
            assertThat(rating.explanation()).isNotBlank();
          }
        });
  }
}
