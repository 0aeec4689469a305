package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.core.ProblemAssertions.refusedFields;
import static org.lsppm.core.ProblemAssertions.refusedWith;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;

class JsonTest {
  private static final String HEAD = "{\"name\":\"KCP\",\"area\":\"K&C\",\"nrfAllocation\":1000";

  @Test
  void an_object_refused_before_its_end_is_placed_at_itself_and_its_remaining_fields_are_still_read() throws Exception {
    // Jackson makes a record as soon as its creator has every value, here before "note": a refusal
    // then was placed under "note" (note.withStretch), and note's own problem was lost under it.
    String early = "{\"withoutAgreement\":25,\"withStretch\":25,\"interim\":26,\"note\":{\"x\":1},\"more\":2}";
    String bad = "{\"withoutAgreement\":25,\"withStretch\":25,\"interim\":\"q\",\"note\":\"x\"}";
    String agreement = "{\"name\":\"LPSA\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"netBudgetRequirement\":100000.00,"
        + "\"potRate\":0.025,\"potRoundingStep\":1000.00,\"targets\":[{\"id\":\"7\",\"title\":\"b\",\"stretch\":" + early + ",\"after\":1},"
        + "{\"id\":\"8\",\"title\":\" \",\"stretch\":" + bad + "}]}";

    for (Validation<Seq<Problem>, ?> read : java.util.List.<Validation<Seq<Problem>, ?>>of(Json.read(early, Stretch.class),
        Json.read(Json.newMapper().readTree(early), Stretch.class))) {
      refusedFields(read).containsExactly("withStretch", "note", "more");
    }
    refusedWith(Json.read(bad, Stretch.class)).containsExactly("interim: expected a number such as 12.5, got \"q\"",
        "note: expected a known field (one of interim, withStretch, withoutAgreement), got \"note\"");
    refusedFields(Json.read(agreement, org.lsppm.core.reward.RewardAgreement.class)).containsExactly(
        "targets[0] (id 7).stretch.withStretch", "targets[0] (id 7).stretch.note", "targets[0] (id 7).stretch.more",
        "targets[0] (id 7).after", "targets[1] (id 8).title", "targets[1] (id 8).stretch.interim", "targets[1] (id 8).stretch.note");
  }

  @Test
  void a_list_or_other_generic_type_is_read_with_each_problem_at_its_element() throws Exception {
    com.fasterxml.jackson.core.type.TypeReference<java.util.List<org.lsppm.core.reward.Scenario>> scenarios = new com.fasterxml.jackson.core.type.TypeReference<>() {};
    String two = "[{\"name\":\"a\",\"outturns\":{\"1\":5}},{\"name\":\"b\",\"outturns\":{\"1\":6.5}}]";

    assertThat(Json.read(two, scenarios).get()).extracting(sc -> sc.name().value()).containsExactly("a", "b");
    assertThat(Json.read(new java.io.ByteArrayInputStream(("\uFEFF" + two).getBytes(java.nio.charset.StandardCharsets.UTF_8)), scenarios)
        .get()).hasSize(2);
    assertThat(Json.read(Json.newMapper().readTree(two), scenarios).get().get(1).outturns().get(new org.lsppm.core.reward.TargetId("1"))
        .get().value()).isEqualByComparingTo("6.5");
    refusedWith(Json.read("[{\"name\":\"a\",\"outturns\":{\"1\":\"five\"}}, 3]", scenarios)).containsExactly(
        "[0] (name a).outturns.1: expected a number such as 12.5, got \"five\"",
        "[1]: expected an object (a scenario), got the number 3 at line 1, column 40");
    refusedWith(Json.read("null", scenarios)).containsExactly("value: expected a list, got null");
  }

  @Test
  void a_missing_required_field_is_named() {
    refusedWith(Json.read("{\"name\":\"KCP\",\"area\":\"K&C\"}", Partnership.class))
        .containsExactly("nrfAllocation: expected an amount in pounds, got nothing");
  }

  @Test
  void a_bad_value_deep_in_a_list_is_named_with_its_index() {
    String json = HEAD + ",\"themes\":[{\"name\":\"A\"},{\"name\":\" \"}]}";

    refusedWith(Json.read(json, Partnership.class)).containsExactly("themes[1].name: expected non-blank text, got \" \"");
  }

  @Test
  void an_unknown_enum_value_lists_the_allowed_ones() {
    String json = HEAD + ",\"themes\":[{\"name\":\"A\"}],\"indicators\":[{\"code\":\"NI 1\",\"title\":\"t\",\"theme\":\"A\","
        + "\"polarity\":\"UP\",\"unit\":\"u\"}]}";

    refusedWith(Json.read(json, Partnership.class)).containsExactly(
        "indicators[0] (code NI 1).polarity: expected one of HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE, got \"UP\"");
  }

  @Test
  void a_list_element_with_an_id_is_named_by_it_as_well_as_its_index() {
    String json = "{\"name\":\"LPSA\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"netBudgetRequirement\":100000.00,\"potRate\":0.025,\"potRoundingStep\":1000.00,\"targets\":["
        + "{\"id\":\"1\",\"title\":\"a\",\"stretch\":{\"withoutAgreement\":10,\"withStretch\":12}},"
        + "{\"id\":\"7\",\"title\":\"b\",\"stretch\":{\"withoutAgreement\":25,\"withStretch\":25}}]}";

    refusedFields(Json.read(json, org.lsppm.core.reward.RewardAgreement.class))
        .containsExactly("targets[1] (id 7).stretch.withStretch");
  }

  @Test
  void a_cross_reference_problem_names_the_element_by_what_it_refers_to() {
    String json = HEAD + ",\"themes\":[{\"name\":\"A\"}],\"targets\":[{\"indicator\":\"NI 99\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},"
        + "\"goal\":{\"value\":5}}]}";

    refusedFields(Json.read(json, Partnership.class)).containsExactly("targets[0] (indicator NI 99).indicator");
  }

  @Test
  void six_mistakes_of_six_kinds_are_reported_in_one_run_and_a_refused_indicator_still_counts_as_known() {
    String json = "{\"name\":\"KCP\",\"area\":\"K&C\",\"nrfAllocation\":\"lots\","
        + "\"themes\":[{\"name\":\"Safer\"},{\"name\":\" \"}],"
        + "\"indicators\":[{\"code\":\"NI 16\",\"title\":\"t\",\"theme\":\"Safer\",\"polarity\":\"UPWARDS\",\"unit\":\"u\"},"
        + "{\"code\":\"NI 39\",\"title\":\"t\",\"theme\":\"Safer\",\"polarity\":\"LOWER_IS_BETTER\",\"unit\":\"u\"}],"
        + "\"targets\":[{\"indicator\":\"NI 39\",\"period\":{\"start\":\"2008-02-30\",\"end\":\"2009-03-31\"},\"goal\":{\"value\":5}}],"
        + "\"outturns\":[{\"indicator\":\"NI 39\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6},"
        + "{\"indicator\":\"NI 99\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6,\"status\":\"FINAL\"},"
        + "{\"indicator\":\"NI 16\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6,\"status\":\"FINAL\"}]}";

    refusedWith(Json.read(json, Partnership.class)).containsExactly(
        "nrfAllocation: expected a number such as 12.5, got \"lots\"",
        "themes[1].name: expected non-blank text, got \" \"",
        "indicators[0] (code NI 16).polarity: expected one of HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE, got \"UPWARDS\"",
        "targets[0] (indicator NI 39).period.start: expected a date that exists, such as 2009-03-31, got \"2008-02-30\"",
        "outturns[0] (indicator NI 39).status: expected one of FINAL, PROVISIONAL, ESTIMATED, AWAITED, got nothing",
        "outturns[1] (indicator NI 99).indicator: expected an indicator of the partnership, got NI 99");
  }

  @Test
  void a_theme_refused_for_another_field_still_lends_its_name_to_its_indicators() {
    String json = HEAD + ",\"themes\":[{\"name\":\"Safer\",\"priorityArea\":\"NOWHERE\"}],"
        + "\"indicators\":[{\"code\":\"NI 16\",\"title\":\"t\",\"theme\":\"Safer\",\"polarity\":\"LOWER_IS_BETTER\",\"unit\":\"u\"},"
        + "{\"code\":\"NI 17\",\"title\":\"t\",\"theme\":\"Elsewhere\",\"polarity\":\"LOWER_IS_BETTER\",\"unit\":\"u\"}]}";

    refusedFields(Json.read(json, Partnership.class))
        .containsExactly("themes[0] (name Safer).priorityArea", "indicators[1] (code NI 17).theme");
  }

  @Test
  void parts_given_as_the_wrong_kind_of_json_are_named() {
    refusedWith(Json.read(HEAD + ",\"themes\":{}}", Partnership.class)).containsExactly("themes: expected a list, got an object");
    assertThat(Json.read(HEAD + ",\"targets\":[],\"outturns\":null}", Partnership.class).get().outturns()).isEmpty();
  }

  @Test
  void a_syntax_error_after_a_refused_value_is_reported_too() {
    String json = "{\"name\":\"x\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"grant\":\"lots\",\"targets\":[{\"id\": }]}";

    refusedWith(Json.read(json, org.lsppm.core.reward.RewardAgreement.class)).hasSize(2)
        .first().isEqualTo("grant: expected a number such as 12.5, got \"lots\"");
  }

  @Test
  void checks_across_values_follow_once_every_value_is_valid() {
    String json = HEAD + ",\"themes\":[{\"name\":\"Safer\"}],\"outturns\":[{\"indicator\":\"NI 999\","
        + "\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6,\"status\":\"FINAL\"}]}";

    refusedFields(Json.read(json, Partnership.class)).containsExactly("outturns[0] (indicator NI 999).indicator");
  }

  @Test
  void a_misspelt_field_is_refused_rather_than_ignored() {
    refusedFields(Json.read(HEAD + ",\"nrfAlocation\":5}", Partnership.class)).containsExactly("nrfAlocation");
  }

  @Test
  void money_finer_than_a_penny_is_refused_where_it_stands() {
    refusedWith(Json.read("{\"name\":\"KCP\",\"area\":\"K&C\",\"nrfAllocation\":10.005}", Partnership.class))
        .containsExactly("nrfAllocation: expected an amount in whole pence (at most 2 decimal places), got \"10.005\"");
  }

  @Test
  void cross_field_rules_apply_to_json_as_to_factories() {
    String json = "{\"indicator\":\"NI 1\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},"
        + "\"value\":3,\"status\":\"AWAITED\"}";

    refusedWith(Json.read(json, Outturn.class)).containsExactly("value: expected no value for an AWAITED outturn, got 3");
  }

  @Test
  void a_reversed_period_inside_a_document_is_named_by_its_path() {
    String json = "{\"indicator\":\"NI 1\",\"period\":{\"start\":\"2009-04-01\",\"end\":\"2009-03-31\"},\"status\":\"AWAITED\"}";

    refusedFields(Json.read(json, Outturn.class)).containsExactly("period.end");
  }

  @Test
  void a_stretch_with_t_equal_to_w_is_refused_in_json() {
    String json = "{\"id\":\"7\",\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,\"withStretch\":5}}";

    refusedFields(Json.read(json, StretchTarget.class)).containsExactly("stretch.withStretch");
  }

  @Test
  void text_that_is_not_json_is_refused_with_its_position() {
    refusedWith(Json.read("{\"name\": ", Partnership.class)).singleElement().asString().contains("line 1");
    refusedFields(Json.read(HEAD + "} {}", Partnership.class)).hasSize(1);
    refusedFields(Json.read((String) null, Partnership.class)).containsExactly("");
  }

  @Test
  void written_json_carries_recorded_values_only() {
    String json = Json.write(Partnership.of("KCP", "K&C", Money.ofPounds(5)).get());

    assertThat(json).contains("\"nrfAllocation\" : 5.00").doesNotContain("isPriority");
  }
}
