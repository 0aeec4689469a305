package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.assertj.core.api.ListAssert;

/** Assertions on refused input: which fields were named, and what was said of them. */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  /** The fields named by a refusal, in order; fails if the input was accepted. */
  public static ListAssert<String> refusedFields(Validation<Seq<Problem>, ?> result) {
    assertThat(result.isInvalid()).as("refused, but was accepted as %s", result).isTrue();
    return assertThat(result.getError().map(Problem::field).toJavaList());
  }

  /** The messages of a refusal, in order; fails if the input was accepted. */
  public static ListAssert<String> refusedWith(Validation<Seq<Problem>, ?> result) {
    assertThat(result.isInvalid()).as("refused, but was accepted as %s", result).isTrue();
    return assertThat(result.getError().map(Problem::message).toJavaList());
  }
}
