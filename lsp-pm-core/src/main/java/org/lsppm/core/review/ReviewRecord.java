package org.lsppm.core.review;

import org.lsppm.core.criterion.PartnershipCriterion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.theme.ThemeName;

/**
 * That a review took place: what it looked at, when, how deeply, and the rating it found.
 * A criterion review names its criterion; a delivery review may list the themes it covered (none
 * listed means all), with the justification for a partial review and the date by which the rest
 * will be reviewed. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewRecord.class)
@JsonDeserialize(as = ImmutableReviewRecord.class)
public abstract class ReviewRecord {

  /** What was reviewed. */
  public abstract ReviewKind kind();

  /** The criterion reviewed; present exactly for a partnership-criterion review. */
  @Value.Default
  public Option<PartnershipCriterion> criterion() {
    return Option.none();
  }

  /** The themes a delivery review covered; empty means every theme. */
  @Value.Default
  public List<ThemeName> themes() {
    return List.empty();
  }

  /** Why a delivery review covered only some themes. */
  @Value.Default
  public Option<Text> justification() {
    return Option.none();
  }

  /** When the themes a partial delivery review left out will be reviewed. */
  @Value.Default
  public Option<LocalDate> restDueBy() {
    return Option.none();
  }

  /** The day the review took place. */
  public abstract LocalDate date();

  /** Full or light. */
  public abstract ReviewDepth depth();

  /** The rating the review found, if it gave one. */
  @Value.Default
  public Option<TrafficLight> finding() {
    return Option.none();
  }

  /** Whether the review found weakness: Amber or Red. */
  public boolean foundWeakness() {
    return finding().exists(l -> l == TrafficLight.AMBER || l == TrafficLight.RED);
  }

  @Value.Check
  final void check() {
    Checks.require(problems(kind(), criterion(), themes(), justification(), restDueBy(), date()));
  }

  /** A full or light review of a whole partnership's delivery. */
  public static ReviewRecord delivery(LocalDate date, ReviewDepth depth, Option<TrafficLight> finding) {
    return ImmutableReviewRecord.builder().kind(ReviewKind.DELIVERY).date(date).depth(depth).finding(finding).build();
  }

  /**
   * A review of one partnership criterion (named apart from the accessor {@link #criterion()}, so
   * that a call on a record cannot reach this factory by mistake).
   */
  public static ReviewRecord criterionReview(
      PartnershipCriterion criterion, LocalDate date, ReviewDepth depth, Option<TrafficLight> finding) {
    return ImmutableReviewRecord.builder().kind(ReviewKind.PARTNERSHIP_CRITERION).date(date).depth(depth)
        .criterion(Option.some(criterion)).finding(finding).build();
  }

  /**
   * A builder of a review record from untrusted parts: set what the review had; {@link Builder#build()}
   * reports every problem at once. {@link #delivery} and {@link #criterion} cover the common cases.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private ReviewKind kind;
    private PartnershipCriterion criterion;
    private Iterable<String> themes;
    private String justification;
    private LocalDate restDueBy;
    private LocalDate date;
    private ReviewDepth depth;
    private TrafficLight finding;

    private Builder() {}

    /** What was reviewed; required. */
    public Builder kind(ReviewKind kind) {
      this.kind = kind;
      return this;
    }

    /** For a criterion review, the criterion; none otherwise. */
    public Builder criterion(PartnershipCriterion criterion) {
      this.criterion = criterion;
      return this;
    }

    /** For a partial delivery review, the themes it covered. */
    public Builder themes(Iterable<String> themes) {
      this.themes = themes;
      return this;
    }

    /** For a partial delivery review, why only those themes. */
    public Builder justification(String justification) {
      this.justification = justification;
      return this;
    }

    /** For a partial delivery review, when the rest will be reviewed. */
    public Builder restDueBy(LocalDate restDueBy) {
      this.restDueBy = restDueBy;
      return this;
    }

    /** When the review was held; required. */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** Full or light; required. */
    public Builder depth(ReviewDepth depth) {
      this.depth = depth;
      return this;
    }

    /** The light the review gave, if it gave one. */
    public Builder finding(TrafficLight finding) {
      this.finding = finding;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, ReviewRecord> build() {
      return of(kind, criterion, themes, justification, restDueBy, date, depth, finding);
    }
  }
  /**
   * A review record from untrusted parts, every problem reported at once. {@code criterion},
   * {@code themes}, {@code justification}, {@code restDueBy} and {@code finding} may be null.
   * {@link #newBuilder()} is the public way in.
   */
  static Validation<Seq<Problem>, ReviewRecord> of(
      ReviewKind kind, PartnershipCriterion criterion, Iterable<String> themes, String justification,
      LocalDate restDueBy, LocalDate date, ReviewDepth depth, TrafficLight finding) {
    return Checks.join(Validation.combine(
                Checks.at("kind", Checks.present(kind, "one of " + List.of(ReviewKind.values()).mkString(", "))),
                Checks.at("date", Checks.date(date)),
                Checks.at("depth", Checks.present(depth, "FULL or LIGHT")),
                Checks.each("themes", themes, ThemeName::of),
                Checks.at("justification", Checks.optional(justification, Text::of)))
            .ap((k, d, dp, ts, j) -> Checks.buildUnless(
                problems(k, Option.of(criterion), ts, j, Option.of(restDueBy), d),
                () -> ImmutableReviewRecord.builder().kind(k).date(d).depth(dp)
                    .criterion(Option.of(criterion)).themes(ts).justification(j)
                    .restDueBy(Option.of(restDueBy)).finding(Option.of(finding)).build())));
  }

  private static Seq<Problem> problems(
      ReviewKind kind, Option<PartnershipCriterion> criterion, List<ThemeName> themes,
      Option<?> justification, Option<LocalDate> restDueBy, LocalDate date) {
    List<Problem> found = List.empty();
    boolean isCriterion = kind == ReviewKind.PARTNERSHIP_CRITERION;
    if (isCriterion && criterion.isEmpty()) {
      found = found.append(Problem.of("criterion", "the criterion a partnership-criterion review looked at", null));
    }
    if (!isCriterion && criterion.isDefined()) {
      found = found.append(Problem.of("criterion", "no criterion on a " + kind + " review", criterion.get()));
    }
    boolean partialDelivery = kind == ReviewKind.DELIVERY && !themes.isEmpty();
    if (kind != ReviewKind.DELIVERY && !themes.isEmpty()) {
      found = found.append(Problem.of("themes", "no themes on a " + kind + " review", themes.mkString(", ")));
    }
    if (!partialDelivery && (justification.isDefined() || restDueBy.isDefined())) {
      found = found.append(Problem.of("justification",
          "a justification and rest-due date only on a delivery review that lists the themes it covered", justification.getOrNull()));
    }
    if (themes.distinct().size() != themes.size()) {
      found = found.append(Problem.of("themes", "each theme listed once", themes.mkString(", ")));
    }
    if (restDueBy.isDefined() && restDueBy.get().isBefore(date)) {
      found = found.append(Problem.of("restDueBy", "a date on or after the review date " + date, restDueBy.get()));
    }
    return found;
  }
}
