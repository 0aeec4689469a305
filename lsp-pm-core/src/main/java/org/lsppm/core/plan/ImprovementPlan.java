package org.lsppm.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A partnership's improvement plan: the items for delivery (per theme) and for partnership
 * working (per criterion). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImprovementPlan.class)
@JsonDeserialize(as = ImmutableImprovementPlan.class)
public abstract class ImprovementPlan {

  /** The plan's items, in the order written. */
  @Value.Default
  public List<ImprovementPlanItem> items() {
    return List.empty();
  }

  /** A plan of these items. */
  public static ImprovementPlan of(Iterable<ImprovementPlanItem> items) {
    return ImmutableImprovementPlan.builder().items(List.ofAll(items)).build();
  }

  /** A plan with no items yet. */
  public static ImprovementPlan empty() {
    return of(List.empty());
  }
}
