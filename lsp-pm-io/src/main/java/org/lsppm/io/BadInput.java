package org.lsppm.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Every problem found in the inputs, each at its place ({@link InputProblem}): what the readers
 * throw, the command line prints and the HTTP service answers with, unchanged on the way.
 *
 * <pre>{@code
 * try {
 *   List<Measurement> ms = Inputs.measurements(Path.of("outturns.xlsx"), false);
 * } catch (BadInput e) {
 *   e.problems().forEach(p -> log.warn("row {} column {}: {}", p.row(), p.column(), p.detail()));
 * }
 * }</pre>
 */
public final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /** Every problem of {@code problems}, which is not empty. */
  public BadInput(Seq<InputProblem> problems) {
    super(problems.map(InputProblem::message).mkString("\n"));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: expected at least one, got none");
    }
    this.problems = List.ofAll(problems);
  }

  /** One problem that is not of a file (an option's, say): {@code text} is its whole message. */
  public static BadInput of(String text) {
    return of(InputProblem.of(text));
  }

  /** One problem. */
  public static BadInput of(InputProblem problem) {
    return new BadInput(List.of(problem));
  }

  /** A problem of the file {@code file} as a whole: {@code file: detail}. */
  static BadInput inFile(String file, String detail) {
    return of(InputProblem.inFile(file, detail));
  }

  /** Every problem, in the order found, each at its place. */
  public List<InputProblem> problems() {
    return problems;
  }

  /** Every problem's {@link InputProblem#message() message}, one line each, as the command line prints them. */
  public List<String> messages() {
    return problems.map(InputProblem::message);
  }

  /** Throws when {@code problems} is not empty. */
  public static void throwIfAny(java.util.List<InputProblem> problems) throws BadInput {
    if (!problems.isEmpty()) {
      throw new BadInput(List.ofAll(problems));
    }
  }
}
