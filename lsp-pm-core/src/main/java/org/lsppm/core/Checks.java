package org.lsppm.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * Small building blocks for validating factories. Every check returns a {@link Validation}
 * whose invalid side lists {@link Problem}s, so that a factory can report all of them at once.
 */
public final class Checks {
  private Checks() {}

  /** The result type of every validating factory in lsp-pm. */
  public static <T> Validation<Seq<Problem>, T> valid(T value) {
    return Validation.valid(value);
  }

  /** A single refusal. */
  public static <T> Validation<Seq<Problem>, T> invalid(Problem problem) {
    return Validation.invalid(List.of(problem));
  }

  /** Refuses with {@code problem} unless {@code ok}. */
  public static <T> Validation<Seq<Problem>, T> when(boolean ok, T value, Problem problem) {
    return ok ? valid(value) : invalid(problem);
  }

  /** A present value. */
  public static <T> Validation<Seq<Problem>, T> present(T raw, String expected) {
    return raw == null ? invalid(Problem.of(expected, null)) : valid(raw);
  }

  /** Text that is not null and not blank, with surrounding white space removed. */
  public static Validation<Seq<Problem>, String> text(String raw) {
    if (raw == null || raw.isBlank()) {
      return invalid(Problem.of("non-blank text", raw));
    }
    return valid(raw.strip());
  }

  /** A date that is present. */
  public static Validation<Seq<Problem>, LocalDate> date(LocalDate raw) {
    return present(raw, "a date");
  }

  /** A number that is present. */
  public static Validation<Seq<Problem>, BigDecimal> number(BigDecimal raw) {
    return present(raw, "a number");
  }

  /** Places every problem of {@code v} under {@code field}. */
  public static <T> Validation<Seq<Problem>, T> at(String field, Validation<Seq<Problem>, T> v) {
    return v.mapError(ps -> ps.map(p -> p.at(field)));
  }

  /** An optional value: absent (null or none) is fine; present must pass {@code check}. */
  public static <R, T> Validation<Seq<Problem>, Option<T>> optional(
      R raw, Function<? super R, Validation<Seq<Problem>, T>> check) {
    if (raw == null || (raw instanceof Option<?> o && o.isEmpty())) {
      return valid(Option.none());
    }
    return check.apply(raw).map(Option::some);
  }

  /**
   * Each element of {@code raw} checked, problems placed under {@code field[i]}; a null list is
   * taken as empty.
   */
  public static <R, T> Validation<Seq<Problem>, List<T>> each(
      String field, Iterable<? extends R> raw, Function<? super R, Validation<Seq<Problem>, T>> check) {
    if (raw == null) {
      return valid(List.empty());
    }
    List<Validation<Seq<Problem>, T>> checked =
        List.ofAll(raw).zipWithIndex().map(t -> at(field + "[" + t._2 + "]", check.apply(t._1)));
    return Validation.sequence(checked).map(List::ofAll);
  }

  /** Flattens the nested problem lists that {@code Validation.combine(...).ap(...)} produces. */
  public static <T> Validation<Seq<Problem>, T> flat(Validation<Seq<Seq<Problem>>, T> v) {
    return v.mapError(nested -> nested.flatMap(Function.identity()));
  }

  /** Problems found among already-valid parts (cross-field rules), or the value itself. */
  public static <T> Validation<Seq<Problem>, T> unless(Seq<Problem> problems, T value) {
    return problems.isEmpty() ? valid(value) : Validation.invalid(problems);
  }

  /**
   * Problems found among already-valid parts (cross-field rules), or the value built by
   * {@code build}, which is only called when there are none.
   */
  public static <T> Validation<Seq<Problem>, T> buildUnless(Seq<Problem> problems, java.util.function.Supplier<T> build) {
    return problems.isEmpty() ? valid(build.get()) : Validation.invalid(problems);
  }

  /** Flattens the validation of a validation: the result of an {@code ap} whose function validates again. */
  public static <T> Validation<Seq<Problem>, T> join(Validation<Seq<Seq<Problem>>, Validation<Seq<Problem>, T>> v) {
    return flat(v).flatMap(Function.identity());
  }

  /** The value of a valid result; throws {@link InvalidInputException} with every problem otherwise. */
  public static <T> T orThrow(Validation<Seq<Problem>, T> v) {
    Objects.requireNonNull(v, "validation");
    if (v.isInvalid()) {
      throw new InvalidInputException(v.getError());
    }
    return v.get();
  }

  /** Throws {@link InvalidInputException} when {@code problems} is not empty. */
  public static void require(Seq<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
