package org.lsppm.core.plan;

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
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.rating.OutcomeId;
import org.lsppm.core.theme.ThemeName;

/**
 * One entry of an improvement plan, for a theme (part 1, delivery) or a partnership criterion
 * (part 2), with the five fields the NRU sample plan asks for: the action for improvement, the
 * date to be completed, the key contact, the support needed and how it will be provided. Missing
 * fields are recorded as missing, for a plan check to report. It may name the outcomes it
 * addresses. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImprovementPlanItem.class)
@JsonDeserialize(as = ImmutableImprovementPlanItem.class)
public abstract class ImprovementPlanItem {

  /** The theme this item improves delivery of; present exactly when it is not a criterion item. */
  @Value.Default
  public Option<ThemeName> theme() {
    return Option.none();
  }

  /** The partnership criterion this item improves; present exactly when it is not a theme item. */
  @Value.Default
  public Option<PartnershipCriterion> criterion() {
    return Option.none();
  }

  /** The action for improvement. */
  @Value.Default
  public Option<Text> action() {
    return Option.none();
  }

  /** The date to be completed. */
  @Value.Default
  public Option<LocalDate> completionDate() {
    return Option.none();
  }

  /** The key contact. */
  @Value.Default
  public Option<Text> keyContact() {
    return Option.none();
  }

  /** The support needed. */
  @Value.Default
  public Option<Text> supportNeeded() {
    return Option.none();
  }

  /** How the support will be provided. */
  @Value.Default
  public Option<Text> supportProvision() {
    return Option.none();
  }

  /** The outcomes this item addresses. */
  @Value.Default
  public List<OutcomeId> outcomes() {
    return List.empty();
  }

  @Value.Check
  final void check() {
    Checks.require(problems(theme(), criterion()));
  }

  /**
   * A builder of an improvement-plan item from untrusted parts: exactly one of theme and criterion;
   * the plan fields may be left out (the plan checks say which are missing). {@link Builder#build()}
   * reports every problem at once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private String theme;
    private PartnershipCriterion criterion;
    private String action;
    private LocalDate completionDate;
    private String keyContact;
    private String supportNeeded;
    private String supportProvision;
    private Iterable<String> outcomes;

    private Builder() {}

    /** The theme the item improves; exactly one of theme and criterion. */
    public Builder theme(String theme) {
      this.theme = theme;
      return this;
    }

    /** The partnership criterion the item improves; exactly one of theme and criterion. */
    public Builder criterion(PartnershipCriterion criterion) {
      this.criterion = criterion;
      return this;
    }

    /** What will be done. */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** When it will be done. */
    public Builder completionDate(LocalDate completionDate) {
      this.completionDate = completionDate;
      return this;
    }

    /** Who to contact about it. */
    public Builder keyContact(String keyContact) {
      this.keyContact = keyContact;
      return this;
    }

    /** What support the partnership needs for it. */
    public Builder supportNeeded(String supportNeeded) {
      this.supportNeeded = supportNeeded;
      return this;
    }

    /** Who will provide that support. */
    public Builder supportProvision(String supportProvision) {
      this.supportProvision = supportProvision;
      return this;
    }

    /** The LAA outcomes it serves. */
    public Builder outcomes(Iterable<String> outcomes) {
      this.outcomes = outcomes;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, ImprovementPlanItem> build() {
      return of(theme, criterion, action, completionDate, keyContact, supportNeeded, supportProvision, outcomes);
    }
  }
  /**
   * An item from untrusted parts: exactly one of {@code theme} and {@code criterion}; the five
   * plan fields and {@code outcomes} may be null. {@link #newBuilder()} is the public way in.
   */
  static Validation<Seq<Problem>, ImprovementPlanItem> of(
      String theme, PartnershipCriterion criterion, String action, LocalDate completionDate,
      String keyContact, String supportNeeded, String supportProvision, Iterable<String> outcomes) {
    return Checks.join(Validation.combine(
                Checks.at("theme", Checks.optional(theme, ThemeName::of)),
                Checks.at("action", Checks.optional(action, Text::of)),
                Checks.at("keyContact", Checks.optional(keyContact, Text::of)),
                Checks.at("supportNeeded", Checks.optional(supportNeeded, Text::of)),
                Checks.at("supportProvision", Checks.optional(supportProvision, Text::of)),
                Checks.each("outcomes", outcomes, OutcomeId::of))
            .ap((t, a, k, sn, sp, os) -> Checks.buildUnless(problems(t, Option.of(criterion)),
                () -> ImmutableImprovementPlanItem.builder().theme(t).criterion(Option.of(criterion)).action(a)
                    .completionDate(Option.of(completionDate)).keyContact(k).supportNeeded(sn)
                    .supportProvision(sp).outcomes(os).build())));
  }

  private static Seq<Problem> problems(Option<ThemeName> theme, Option<PartnershipCriterion> criterion) {
    return theme.isDefined() == criterion.isDefined()
        ? List.of(Problem.of("theme", "either a theme or a partnership criterion, not "
            + (theme.isDefined() ? "both" : "neither"), theme.getOrNull()))
        : List.empty();
  }
}
