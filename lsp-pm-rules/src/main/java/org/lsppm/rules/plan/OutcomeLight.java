package org.lsppm.rules.plan;

import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.theme.ThemeName;

/** An outcome's theme and Progress light, which the coverage rules match against the themes. */
public final class OutcomeLight {
  private final ThemeName theme;
  private final TrafficLight progress;

  OutcomeLight(ThemeName theme, TrafficLight progress) {
    this.theme = theme;
    this.progress = progress;
  }

  public ThemeName getTheme() {
    return theme;
  }

  public TrafficLight getProgress() {
    return progress;
  }
}
