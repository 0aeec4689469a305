package org.lsppm.core.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * A coordinator's score of progress towards an outcome, confirmed by the champions: 5 (achieved)
 * down to 1 (not achieved). Immutable and thread-safe.
 *
 * @param value 1 to 5
 */
public record ProgressScore(int value) implements Comparable<ProgressScore> {
  /** Achieved. */
  public static final ProgressScore ACHIEVED = new ProgressScore(Scores.HIGHEST);
  /** Not achieved. */
  public static final ProgressScore NOT_ACHIEVED = new ProgressScore(Scores.LOWEST);

  /** Creates a score; throws {@link org.lsppm.core.InvalidInputException} outside 1-5. */
  public ProgressScore {
    Checks.require(Scores.problems(value));
  }

  /** A score from an untrusted number; refused outside 1-5. */
  public static Validation<Seq<Problem>, ProgressScore> of(int value) {
    return Checks.unless(Scores.problems(value), value).map(ProgressScore::new);
  }

  @JsonCreator
  static ProgressScore fromJson(int value) {
    return new ProgressScore(value);
  }

  @JsonValue
  @Override
  public int value() {
    return value;
  }

  @Override
  public int compareTo(ProgressScore other) {
    return Integer.compare(value, other.value);
  }
}
