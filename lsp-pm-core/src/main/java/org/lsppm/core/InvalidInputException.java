package org.lsppm.core;

import io.vavr.collection.Seq;
import java.util.stream.Collectors;

/**
 * Thrown where a refused input cannot be returned as a {@code Validation}: by canonical
 * constructors handed invalid values (a programming error) and by JSON binding, where Jackson
 * wraps it with the JSON path. Carries every problem found, not just the first.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Seq<Problem> problems;

  /** Creates the exception for a non-empty list of problems. */
  public InvalidInputException(Seq<Problem> problems) {
    super(problems.map(Problem::message).collect(Collectors.joining("; ")));
    this.problems = problems;
  }

  /** Every problem, in the order found; never empty. */
  public Seq<Problem> problems() {
    return problems;
  }
}
