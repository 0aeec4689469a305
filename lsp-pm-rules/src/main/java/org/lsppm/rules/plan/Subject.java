package org.lsppm.rules.plan;

/**
 * What a plan finding is about: its kind, its place among subjects of that kind, and its name in
 * words. Findings are reported by kind, then place, then rule name, whatever order the rules fired in.
 */
public abstract class Subject {
  /** The kinds of subject, in report order. */
  public enum Kind { ACTION, PLAN_ITEM, THEME, CRITERION, PARTIAL_REVIEW }

  private final Kind kind;
  private final int position;
  private final String subject;

  Subject(Kind kind, int position, String subject) {
    this.kind = kind;
    this.position = position;
    this.subject = subject;
  }

  /** What kind of subject this is. */
  public Kind getKind() {
    return kind;
  }

  /** Its place among subjects of its kind. */
  public int getPosition() {
    return position;
  }

  /** The subject in words. */
  public String getSubject() {
    return subject;
  }

  @Override
  public String toString() {
    return subject;
  }
}
