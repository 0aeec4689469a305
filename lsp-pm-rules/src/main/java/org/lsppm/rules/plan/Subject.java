package org.lsppm.rules.plan;

/** What a plan finding is about: its place in the report's order and its name in words. */
public abstract class Subject {
  private final int order;
  private final String subject;

  Subject(int order, String subject) {
    this.order = order;
    this.subject = subject;
  }

  /** Where the subject comes in the report. */
  public int getOrder() {
    return order;
  }

  /** The subject in words. */
  public String getSubject() {
    return subject;
  }
}
