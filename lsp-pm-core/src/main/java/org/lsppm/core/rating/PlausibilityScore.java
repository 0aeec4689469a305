package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * How plausible or appropriate the actions towards an outcome are, scored alongside progress:
 * 5 (clearly likely to deliver) down to 1 (not plausible). Immutable and thread-safe.
 *
 * @param value 1 to 5
 */
public record PlausibilityScore(int value) implements Comparable<PlausibilityScore> {
  /** Clearly likely to deliver. */
  public static final PlausibilityScore MOST = new PlausibilityScore(Scores.HIGHEST);
  /** Not plausible. */
  public static final PlausibilityScore LEAST = new PlausibilityScore(Scores.LOWEST);

  /** Creates a score; throws {@link org.lsppm.core.InvalidInputException} outside 1-5. */
  public PlausibilityScore {
    Checks.require(Scores.problems(value));
  }

  /** A score from an untrusted number; refused outside 1-5. */
  public static Validation<Seq<Problem>, PlausibilityScore> of(int value) {
    return Checks.unless(Scores.problems(value), value).map(PlausibilityScore::new);
  }

  @JsonCreator
  static PlausibilityScore fromJson(int value) {
    return new PlausibilityScore(value);
  }

  @JsonValue
  @Override
  public int value() {
    return value;
  }

  @Override
  public int compareTo(PlausibilityScore other) {
    return Integer.compare(value, other.value);
  }
}
