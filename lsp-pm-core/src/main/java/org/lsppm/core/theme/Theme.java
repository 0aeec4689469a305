package org.lsppm.core.theme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;

/**
 * A theme of a partnership's strategy, with its local name and, where it addresses one, the
 * Government priority area it answers to. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTheme.class)
@JsonDeserialize(as = ImmutableTheme.class)
public abstract class Theme {

  /** The local name; identifies the theme within its partnership. */
  public abstract ThemeName name();

  /** The priority area this theme answers to, if any. */
  @Value.Default
  public Option<PriorityArea> priorityArea() {
    return Option.none();
  }

  /** Whether the theme answers to one of the priority areas. */
  public boolean isPriority() {
    return priorityArea().isDefined();
  }

  /** A theme from untrusted values; {@code priorityArea} may be null for a local theme. */
  public static Validation<Seq<Problem>, Theme> of(String name, PriorityArea priorityArea) {
    return Checks.at("name", ThemeName.of(name))
        .map(n -> ImmutableTheme.builder().name(n).priorityArea(Option.of(priorityArea)).build());
  }

  /** A theme with a known name and optional area. */
  public static Theme of(ThemeName name, Option<PriorityArea> priorityArea) {
    return ImmutableTheme.builder().name(name).priorityArea(priorityArea).build();
  }
}
