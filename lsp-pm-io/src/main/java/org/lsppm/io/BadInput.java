package org.lsppm.io;

import io.vavr.collection.List;

/** Every problem found in the inputs, each located as {@code file:row:column: what was expected}. */
public final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public BadInput(List<String> problems) {
    super(problems.mkString("\n"));
    this.problems = problems;
  }

  public static BadInput of(String problem) {
    return new BadInput(List.of(problem));
  }

  /** Every problem, located. */
  public List<String> problems() {
    return problems;
  }

  /** Throws when {@code problems} is not empty. */
  public static void throwIfAny(java.util.List<String> problems) throws BadInput {
    if (!problems.isEmpty()) {
      throw new BadInput(List.ofAll(problems));
    }
  }
}
