package org.lsppm.core.rating;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.lsppm.core.Problem;

/** The 1-5 scale shared by progress and plausibility scores. */
final class Scores {
  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  private Scores() {}

  static Seq<Problem> problems(int value) {
    return value < LOWEST || value > HIGHEST
        ? List.of(Problem.of("a whole score from " + LOWEST + " to " + HIGHEST, value))
        : List.empty();
  }
}
