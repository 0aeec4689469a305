package org.lsppm.core.reward;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;
import org.lsppm.core.Checks;
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
 * Immutable and thread-safe: every {@code outturn} or {@code interim} call returns a new scenario.
 *
 * @param name what the scenario stands for
 * @param outturns final outturns by measure id
 * @param interims interim outturns by measure id
 */
public record Scenario(Text name, Map<TargetId, Quantity> outturns, Map<TargetId, Quantity> interims) {

  /** Creates a scenario; no part may be null. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outturns, "outturns");
    Objects.requireNonNull(interims, "interims");
  }

  /**
   * A scenario with no outturns yet.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code name} is blank
   */
  public static Scenario named(String name) {
    return new Scenario(new Text(name), LinkedHashMap.empty(), LinkedHashMap.empty());
  }

  /**
   * This scenario with measure {@code id}'s final outturn set to {@code value} (such as "6.2").
   *
   * @throws org.lsppm.core.InvalidInputException if {@code id} is blank or {@code value} not a number
   */
  public Scenario outturn(String id, String value) {
    return outturn(new TargetId(id), Checks.orThrow(Checks.at(id, Quantity.parse(value))));
  }

  /**
   * This scenario with measure {@code id}'s final outturn set to {@code value}, read as written in
   * decimal.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code value} is NaN or infinite
   */
  public Scenario outturn(String id, double value) {
    return outturn(new TargetId(id), Checks.orThrow(Checks.at(id, Quantity.of(value))));
  }

  /** This scenario with measure {@code id}'s final outturn set. */
  public Scenario outturn(TargetId id, Quantity value) {
    return new Scenario(name, outturns.put(id, value), interims);
  }

  /** This scenario with measure {@code id}'s final outturn removed (awaited). */
  public Scenario awaiting(String id) {
    return new Scenario(name, outturns.remove(new TargetId(id)), interims);
  }

  /**
   * This scenario with measure {@code id}'s interim outturn set to {@code value}.
   *
   * @throws org.lsppm.core.InvalidInputException if {@code value} is not a number
   */
  public Scenario interim(String id, String value) {
    return new Scenario(name, outturns, interims.put(new TargetId(id), Checks.orThrow(Checks.at(id, Quantity.parse(value)))));
  }

  /** This scenario renamed. */
  public Scenario named(Text newName) {
    return new Scenario(newName, outturns, interims);
  }
}
