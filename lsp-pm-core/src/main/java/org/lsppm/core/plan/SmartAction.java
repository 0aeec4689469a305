package org.lsppm.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.Text;

/**
 * An action as the core requirements want it: specific (what), measurable (how it is measured),
 * with a lead person or agency, a due date, resources and a progress-reporting schedule. Only the
 * description is required to record an action; the other parts may be missing, and a SMART check
 * names each one that is. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSmartAction.class)
@JsonDeserialize(as = ImmutableSmartAction.class)
public abstract class SmartAction {

  /** What will be done. */
  public abstract Text description();

  /** How progress or completion is measured. */
  @Value.Default
  public Option<Text> measure() {
    return Option.none();
  }

  /** The lead person or agency. */
  @Value.Default
  public Option<Text> lead() {
    return Option.none();
  }

  /** The day it is due. */
  @Value.Default
  public Option<LocalDate> due() {
    return Option.none();
  }

  /** The resources committed to it. */
  @Value.Default
  public Option<Text> resources() {
    return Option.none();
  }

  /** When progress is reported, such as {@code quarterly to the Steering Group}. */
  @Value.Default
  public Option<Text> reportingSchedule() {
    return Option.none();
  }

  /** Open or complete; open by default. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /**
   * A builder of a SMART action from untrusted parts: only the description is required, and the plan
   * checks say which SMART parts are missing. {@link Builder#build()} reports every problem at once.
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Collects the parts for {@link #build()}; each setter replaces what was set before. Not thread-safe. */
  public static final class Builder {
    private String description;
    private String measure;
    private String lead;
    private LocalDate due;
    private String resources;
    private String reportingSchedule;
    private ActionStatus status;

    private Builder() {}

    /** What will be done; required. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** How success will be measured (the S and M of SMART). */
    public Builder measure(String measure) {
      this.measure = measure;
      return this;
    }

    /** Who leads it. */
    public Builder lead(String lead) {
      this.lead = lead;
      return this;
    }

    /** When it is due. */
    public Builder due(LocalDate due) {
      this.due = due;
      return this;
    }

    /** The resources it has. */
    public Builder resources(String resources) {
      this.resources = resources;
      return this;
    }

    /** How and when it is reported on. */
    public Builder reportingSchedule(String reportingSchedule) {
      this.reportingSchedule = reportingSchedule;
      return this;
    }

    /** Open or complete; none set is open. */
    public Builder status(ActionStatus status) {
      this.status = status;
      return this;
    }

    /** What was set, checked: the value, or every problem with it at once. */
    public Validation<Seq<Problem>, SmartAction> build() {
      return of(description, measure, lead, due, resources, reportingSchedule, status);
    }
  }
  /** An action from untrusted parts; everything but {@code description} may be null. {@link #newBuilder()}
   * is the public way in. */
  static Validation<Seq<Problem>, SmartAction> of(
      String description, String measure, String lead, LocalDate due, String resources,
      String reportingSchedule, ActionStatus status) {
    return Checks.flat(Validation.combine(
                Checks.at("description", Text.of(description)),
                Checks.at("measure", Checks.optional(measure, Text::of)),
                Checks.at("lead", Checks.optional(lead, Text::of)),
                Checks.at("resources", Checks.optional(resources, Text::of)),
                Checks.at("reportingSchedule", Checks.optional(reportingSchedule, Text::of)))
            .ap((d, m, l, r, s) -> ImmutableSmartAction.builder().description(d).measure(m).lead(l)
                .due(Option.of(due)).resources(r).reportingSchedule(s)
                .status(status == null ? ActionStatus.OPEN : status).build()));
  }
}
