package org.lsppm.core.rating;

/** The four bands in which Government Offices rated a whole partnership. */
public enum OverallRating {
  /** Every assessed outcome Green. */
  GREEN,
  /** Most delivered, with clear actions to address the rest. */
  AMBER_GREEN,
  /** Neither Amber/Green nor Red. */
  AMBER_RED,
  /** At most a quarter of assessed outcomes Green. */
  RED;

  /** As the papers write it: {@code Amber/Green}. */
  public String label() {
    return switch (this) {
      case GREEN -> "Green";
      case AMBER_GREEN -> "Amber/Green";
      case AMBER_RED -> "Amber/Red";
      case RED -> "Red";
    };
  }
}
