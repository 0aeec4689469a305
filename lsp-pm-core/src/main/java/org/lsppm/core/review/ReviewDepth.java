package org.lsppm.core.review;

/** How deeply a review went; only a full review satisfies a full-review requirement. */
public enum ReviewDepth {
  FULL,
  LIGHT
}
