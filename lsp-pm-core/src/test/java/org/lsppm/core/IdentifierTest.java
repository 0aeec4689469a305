package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.rule.PolicyId;
import org.lsppm.core.rule.RuleName;
import org.lsppm.core.theme.ThemeName;

/** Every identifier is built one way: the same checks, the same JSON, the same order. */
class IdentifierTest {

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of(OutcomeId.class, (Function<String, ?>) OutcomeId::new),
        Arguments.of(TargetId.class, (Function<String, ?>) TargetId::new),
        Arguments.of(ThemeName.class, (Function<String, ?>) ThemeName::new),
        Arguments.of(PolicyId.class, (Function<String, ?>) PolicyId::new),
        Arguments.of(RuleName.class, (Function<String, ?>) RuleName::new),
        Arguments.of(IndicatorCode.class, (Function<String, ?>) IndicatorCode::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void is_written_to_json_as_its_text_and_read_back(Class<?> type, Function<String, ?> make) {
    Object id = make.apply(" 7i ");
    assertThat(id).hasToString("7i");
    assertThat(Json.write(id)).isEqualTo("\"7i\"");
    assertThat(Json.read("\"7i\"", type).get()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void refuses_blanks_and_control_characters_in_json_and_in_code(Class<?> type, Function<String, ?> make) {
    refusedWith(Json.read("\"\u00a0 \"", type)).anySatisfy(p -> assertThat(p).contains("expected non-blank text"));
    refusedWith(Json.read("\"a\\u001bb\"", type)).anySatisfy(p -> assertThat(p).contains("without control characters"));
    assertThatThrownBy(() -> make.apply(" ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> make.apply(null)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void orders_by_its_text(Class<?> type, Function<String, ?> make) {
    Comparable a = (Comparable) make.apply("10");
    Comparable b = (Comparable) make.apply("9");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(make.apply("10"))).isZero();
  }
}
