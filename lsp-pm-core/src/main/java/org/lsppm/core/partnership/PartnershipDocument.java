package org.lsppm.core.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import org.lsppm.core.Checks;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.IndicatorCode;
import org.lsppm.core.indicator.Outturn;
import org.lsppm.core.indicator.Target;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.DesignatedTargetAssessment;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.theme.Theme;
import org.lsppm.core.theme.ThemeName;

/**
 * A partnership read from its JSON document part by part, so that one run reports every problem:
 * each field, and each element of each list, is bound on its own, and what was refused is left out
 * while {@link Partnership.Builder#build()} checks the references between the parts that remain.
 * A theme or indicator refused for one of its fields (a blank title, an unknown polarity) still
 * lends its name or code to those checks, so a target of that indicator is not reported as unknown
 * too, while a reference to a code that appears nowhere is. The checks are the builder's; nothing
 * here repeats them.
 */
final class PartnershipDocument {
  private final ObjectNode json;
  private final java.util.List<Problem> problems = new ArrayList<>();

  private PartnershipDocument(ObjectNode json) {
    this.json = json;
  }

  /** The partnership, or an exception carrying every problem of the document, in document order. */
  static Partnership read(ObjectNode json) {
    return new PartnershipDocument(json).partnership();
  }

  private Partnership partnership() {
    Map<String, Consumer<JsonNode>> known = new java.util.LinkedHashMap<>();
    Partnership.Builder builder = Partnership.newBuilder();
    java.util.List<String> refusedThemes = new ArrayList<>();
    java.util.List<String> refusedIndicators = new ArrayList<>();
    known.put("name", n -> builder.name(value("name", n, String.class)));
    known.put("area", n -> builder.area(value("area", n, String.class)));
    known.put("nrfAllocation", n -> builder.nrfAllocation(value("nrfAllocation", n, Money.class)));
    known.put("themes", n -> builder.themes(list("themes", n, Theme.class, "name", refusedThemes)));
    known.put("indicators", n -> builder.indicators(list("indicators", n, Indicator.class, "code", refusedIndicators)));
    known.put("targets", n -> builder.targets(list("targets", n, Target.class)));
    known.put("outturns", n -> builder.outturns(list("outturns", n, Outturn.class)));
    known.put("outcomes", n -> builder.outcomes(list("outcomes", n, OutcomeAssessment.class)));
    known.put("designatedTargets", n -> builder.designatedTargets(list("designatedTargets", n, DesignatedTargetAssessment.class)));
    known.put("stretchTargets", n -> builder.stretchTargets(list("stretchTargets", n, StretchTarget.class)));
    known.put("reviews", n -> builder.reviews(list("reviews", n, ReviewRecord.class)));
    known.put("improvementPlan", n -> builder.improvementPlan(value("improvementPlan", n, ImprovementPlan.class)));
    known.put("actions", n -> builder.actions(list("actions", n, SmartAction.class)));
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      Consumer<JsonNode> part = known.get(field.getKey());
      if (part == null) {
        problems.add(Problem.of(field.getKey(), "a known field (one of " + List.ofAll(known.keySet()).sorted().mkString(", ") + ")",
            field.getKey()));
      } else if (!field.getValue().isNull()) {
        part.accept(field.getValue());
      }
    }
    Validation<Seq<Problem>, Partnership> partnership = builder.build(
        List.ofAll(refusedThemes).flatMap(k -> ThemeName.of(k).toList()),
        List.ofAll(refusedIndicators).flatMap(k -> IndicatorCode.of(k).toList()));
    // What the builder then says about a refused part (now absent) is said already: the reading
    // that collects these keeps one problem per place (a place and what is inside it).
    Checks.require(List.ofAll(problems).appendAll(partnership.isInvalid() ? partnership.getError() : List.empty()));
    return partnership.get();
  }

  private <T> T value(String field, JsonNode node, Class<T> type) {
    Validation<Seq<Problem>, T> read = Json.read(node, type);
    if (read.isInvalid()) {
      read.getError().forEach(p -> problems.add(p.at(field)));
    }
    return read.getOrNull();
  }

  private <T> List<T> list(String field, JsonNode node, Class<T> type) {
    return list(field, node, type, null, new ArrayList<>());
  }

  /**
   * The elements of the list at {@code field}, each valid one or nothing in its place; the key
   * ({@code name}, {@code code}) of each refused element goes to {@code refusedKeys}.
   */
  private <T> List<T> list(String field, JsonNode node, Class<T> type, String key, java.util.List<String> refusedKeys) {
    if (!node.isArray()) {
      // Refused, in the same words as any other list, by reading it as one.
      value(field, node, JsonNode[].class);
      return List.empty();
    }
    List<T> values = List.empty();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      T value = value(field + "[" + i + "]", element, type);
      if (value == null && key != null && element.path(key).isTextual()) {
        refusedKeys.add(element.path(key).asText());
      }
      values = values.append(value);
    }
    return values;
  }
}
