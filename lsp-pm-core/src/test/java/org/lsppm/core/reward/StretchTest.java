package org.lsppm.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Quantity;

class StretchTest {
  private static final Quantity W = Quantity.ofWhole(50);
  private static final Quantity T = Quantity.ofWhole(60);

  @Test
  void t_equal_to_w_is_not_a_stretch() {
    refusedWith(Stretch.of(W, W, null))
        .containsExactly("withStretch: expected T different from W = 50 (T = W is not a stretch), got 50");
  }

  @Test
  void the_direction_of_a_stretch_follows_t_against_w() {
    assertThat(Stretch.of(W, T, null).get().isHigherBetter()).isTrue();
    assertThat(Stretch.of(T, W, null).get().isHigherBetter()).isFalse();
  }

  @Test
  void an_interim_level_on_the_wrong_side_of_w_is_refused() {
    refusedFields(Stretch.of(W, T, Quantity.ofWhole(45))).containsExactly("interim");
    refusedFields(Stretch.of(W, T, W)).containsExactly("interim");
    refusedFields(Stretch.of(T, W, Quantity.ofWhole(61))).containsExactly("interim");
  }

  @Test
  void an_interim_level_beyond_t_is_refused_and_one_at_t_accepted() {
    refusedFields(Stretch.of(W, T, Quantity.ofWhole(61))).containsExactly("interim");
    assertThat(Stretch.of(W, T, T).isValid()).isTrue();
    assertThat(Stretch.of(T, W, Quantity.ofWhole(55)).isValid()).isTrue();
  }

  @Test
  void missing_levels_are_named() {
    refusedFields(Stretch.of(null, null, null)).containsExactly("withoutAgreement", "withStretch");
  }

  @Test
  void weights_must_be_above_zero() {
    refusedWith(Weight.of(BigDecimal.ZERO)).containsExactly("value: expected a weight above zero, got 0");
    refusedFields(Weight.of(new BigDecimal("-1"))).containsExactly("");
    refusedFields(Weight.of(null)).containsExactly("");
  }

  @Test
  void a_target_cannot_have_its_own_stretch_and_sub_targets() {
    SubTarget a = SubTarget.of("7i", "a", null, Stretch.of(W, T, null).get(), null).get();
    SubTarget b = SubTarget.of("7ii", "b", null, Stretch.of(W, T, null).get(), null).get();
    StretchTarget own = StretchTarget.of("7", "Cleaner streets", null, Stretch.of(W, T, null).get(), null).get();

    assertThat(own.stretch().isDefined()).isTrue();
    assertThat(StretchTarget.withSubTargets("7", "Cleaner streets", List.of(a, b), null).get().subTargets()).hasSize(2);
    refusedWith(StretchTarget.withSubTargets("7", "Cleaner streets", List.of(a), null))
        .containsExactly("subTargets: expected a stretch of its own, or at least two sub-targets, got \"1 sub-targets\"");
    refusedFields(StretchTarget.of("7", "x", null, null, null)).containsExactly("stretch");
  }

  @Test
  void sub_target_ids_repeat_nowhere_and_weights_are_all_or_none() {
    Stretch s = Stretch.of(W, T, null).get();
    SubTarget a = SubTarget.of("7i", "a", null, s, Weight.of(BigDecimal.ONE).get()).get();
    SubTarget b = SubTarget.of("7i", "b", null, s, null).get();

    refusedWith(StretchTarget.withSubTargets("7", "t", List.of(a, b), null)).containsExactly(
        "subTargets: expected sub-target ids that are unique within the target, got \"7i\"",
        "subTargets: expected a weight on every sub-target or on none, got \"1 of 2 weighted\"");
  }

  @Test
  void a_sub_target_names_every_missing_part() {
    refusedFields(SubTarget.of("", " ", " ", null, null)).containsExactly("id", "title", "indicator", "stretch");
    refusedFields(StretchTarget.withSubTargets(" ", "", null, null)).containsExactly("id", "title");
  }
}
