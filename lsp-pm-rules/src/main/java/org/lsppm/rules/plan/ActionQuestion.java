package org.lsppm.rules.plan;

import java.time.LocalDate;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.SmartAction;

/** The fact the SMART rules reason over: one action, which of its parts are there, and the as-of date. */
public final class ActionQuestion extends Subject {
  private final SmartAction action;
  private final long asOfDay;

  ActionQuestion(int position, String subject, SmartAction action, LocalDate asOf) {
    super(Kind.ACTION, position, subject);
    this.action = action;
    this.asOfDay = asOf.toEpochDay();
  }

  public boolean isHasMeasure() {
    return action.measure().isDefined();
  }

  public boolean isHasLead() {
    return action.lead().isDefined();
  }

  public boolean isHasDueDate() {
    return action.due().isDefined();
  }

  public boolean isHasResources() {
    return action.resources().isDefined();
  }

  public boolean isHasReportingSchedule() {
    return action.reportingSchedule().isDefined();
  }

  public boolean isOpen() {
    return action.status() == ActionStatus.OPEN;
  }

  /** The due date as an epoch day (0 when there is none; check {@link #isHasDueDate()}). */
  public long getDueDay() {
    return action.due().map(LocalDate::toEpochDay).getOrElse(0L);
  }

  public long getAsOfDay() {
    return asOfDay;
  }
}
