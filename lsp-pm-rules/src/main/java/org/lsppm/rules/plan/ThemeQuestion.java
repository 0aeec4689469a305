package org.lsppm.rules.plan;

import org.lsppm.core.theme.ThemeName;

/** A theme of the partnership, which the coverage rules match against its outcomes and its improvement plan. */
public final class ThemeQuestion extends Subject {
  private final ThemeName name;

  ThemeQuestion(int position, ThemeName name) {
    super(Kind.THEME, position, "theme " + name);
    this.name = name;
  }

  public ThemeName getName() {
    return name;
  }
}
