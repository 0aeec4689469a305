package org.lsppm.core.reward;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Text;

/**
 * A set of outturns to evaluate an agreement with: the final outturn of each measure (a measure
 * left out is awaited, so its grant is pending) and, where interim levels were agreed, the
 * interim outturns. Built fluently for analysts:
 *
 * <pre>{@code
 * Scenario current = Scenario.named("current").outturn("7", "6.2").outturn("3i", "58").interim("7", "7.4");
 * }</pre>
 *
 * The fluent calls take untrusted text and never throw: what they cannot take (a blank id, "abc"
 * for a number) is kept in {@link #problems()}, and the engine refuses the scenario with every one
 * of them when it is evaluated. Immutable and thread-safe: every call returns a new scenario.
 *
 * @param name what the scenario stands for
 * @param outturns final outturns by measure id
 * @param interims interim outturns by measure id
 * @param problems what the fluent calls could not take; empty for a usable scenario
 */
public record Scenario(Text name, Map<TargetId, Quantity> outturns, Map<TargetId, Quantity> interims,
    @JsonIgnore Seq<Problem> problems) {
  private static final Text UNNAMED = new Text("unnamed");

  /**
   * Creates a scenario; no part may be null.
   *
   * @throws org.lsppm.core.InvalidInputException if an outturn is beyond the bounds of every
   *     number read (the fluent calls keep such a value in {@link #problems()} instead)
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outturns, "outturns");
    Objects.requireNonNull(interims, "interims");
    Objects.requireNonNull(problems, "problems");
    Checks.require(boundProblems(outturns, interims));
  }

  private static Seq<Problem> boundProblems(Map<TargetId, Quantity> outturns, Map<TargetId, Quantity> interims) {
    return outturns.toList().flatMap(e -> Checks.inputProblems("outturns." + e._1, e._2))
        .appendAll(interims.toList().flatMap(e -> Checks.inputProblems("interims." + e._1, e._2)));
  }

  /** Creates a scenario with nothing refused; no part may be null. */
  public Scenario(Text name, Map<TargetId, Quantity> outturns, Map<TargetId, Quantity> interims) {
    this(name, outturns, interims, List.empty());
  }

  /**
   * A scenario as JSON writes it: {@code {"name": "current", "outturns": {"7": 6.2}, "interims":
   * {"7": 7.4}}}. A scenario without interims (or outturns) has none; one without a name keeps
   * that as one of its {@link #problems()}, as {@link #named} does.
   */
  @JsonCreator
  static Scenario fromJson(@JsonProperty("name") Text name, @JsonProperty("outturns") Map<TargetId, Quantity> outturns,
      @JsonProperty("interims") Map<TargetId, Quantity> interims) {
    Map<TargetId, Quantity> o = outturns == null ? LinkedHashMap.empty() : outturns;
    Map<TargetId, Quantity> i = interims == null ? LinkedHashMap.empty() : interims;
    return name == null ? new Scenario(UNNAMED, o, i, List.of(Problem.of("name", "the scenario's name", null)))
        : new Scenario(name, o, i, List.empty());
  }

  /** A scenario with no outturns yet; a blank {@code name} is one of its {@link #problems()}. */
  public static Scenario named(String name) {
    Validation<Seq<Problem>, Text> text = Checks.at("name", Text.of(name));
    return new Scenario(text.getOrElse(UNNAMED), LinkedHashMap.empty(), LinkedHashMap.empty(),
        text.isInvalid() ? text.getError() : List.empty());
  }

  /** This scenario with measure {@code id}'s final outturn set to {@code value} (such as "6.2"). */
  public Scenario outturn(String id, String value) {
    return take("outturns", id, Quantity.parse(value), (t, q) -> outturn(t, q));
  }

  /** This scenario with measure {@code id}'s final outturn set to {@code value}, read as written in decimal. */
  public Scenario outturn(String id, double value) {
    return take("outturns", id, Quantity.of(value), (t, q) -> outturn(t, q));
  }

  /** This scenario with measure {@code id}'s final outturn set to {@code value}, exactly. */
  public Scenario outturn(String id, java.math.BigDecimal value) {
    return take("outturns", id, Quantity.of(value), (t, q) -> outturn(t, q));
  }

  /**
   * This scenario with measure {@code id}'s final outturn set; a value beyond the bounds of every
   * number read is kept in {@link #problems()} instead.
   */
  public Scenario outturn(TargetId id, Quantity value) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    Seq<Problem> bounds = Checks.inputProblems("outturns." + id, value);
    return bounds.isEmpty() ? new Scenario(name, outturns.put(id, value), interims, problems)
        : new Scenario(name, outturns, interims, problems.appendAll(bounds));
  }

  /** This scenario with measure {@code id}'s final outturn removed (awaited). */
  public Scenario awaiting(String id) {
    Validation<Seq<Problem>, TargetId> target = Checks.at("outturns", TargetId.of(id));
    return target.isValid()
        ? new Scenario(name, outturns.remove(target.get()), interims, problems)
        : new Scenario(name, outturns, interims, problems.appendAll(target.getError()));
  }

  /** This scenario with measure {@code id}'s interim outturn set to {@code value}. */
  public Scenario interim(String id, String value) {
    return take("interims", id, Quantity.parse(value),
        (t, q) -> new Scenario(name, outturns, interims.put(t, q), problems));
  }

  /**
   * This scenario renamed (named so that it cannot be mistaken for the static {@link #named},
   * which starts an empty scenario).
   */
  public Scenario withName(Text newName) {
    return new Scenario(Objects.requireNonNull(newName, "newName"), outturns, interims, problems);
  }

  /** This scenario renamed; a blank {@code newName} is one of its {@link #problems()}. */
  public Scenario withName(String newName) {
    Validation<Seq<Problem>, Text> text = Checks.at("name", Text.of(newName));
    return text.isValid() ? withName(text.get()) : new Scenario(name, outturns, interims, problems.appendAll(text.getError()));
  }

  /** Whether the fluent calls took everything they were given. */
  @JsonIgnore
  public boolean isUsable() {
    return problems.isEmpty();
  }

  private <V> Scenario take(String field, String id, Validation<Seq<Problem>, V> value,
      java.util.function.BiFunction<TargetId, V, Scenario> then) {
    Validation<Seq<Problem>, TargetId> target = Checks.at(field, TargetId.of(id));
    Validation<Seq<Problem>, V> checked = Checks.at(field + "." + id, value);
    if (target.isValid() && checked.isValid()) {
      return then.apply(target.get(), checked.get());
    }
    Seq<Problem> refused = List.<Problem>empty()
        .appendAll(target.isInvalid() ? target.getError() : List.empty())
        .appendAll(target.isValid() && checked.isInvalid() ? checked.getError() : List.empty());
    return new Scenario(name, outturns, interims, problems.appendAll(refused));
  }
}
