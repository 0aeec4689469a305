package org.lsppm.core.theme;

/** The areas to which the Neighbourhood Renewal Unit told partnerships to give priority. */
public enum PriorityArea {
  CRIME,
  EDUCATION,
  HEALTH,
  HOUSING,
  EMPLOYMENT,
  /** The cross-cutting "cleaner, safer, greener" living-environment agenda. */
  LIVEABILITY
}
