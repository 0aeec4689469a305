package org.lsppm.core.rating;

/**
 * The light of one rated item. Purple means "not assessable yet" (data awaited or too early) and
 * is left out of shares and overall ratings; it is never a worse Red.
 */
public enum TrafficLight {
  GREEN,
  AMBER,
  RED,
  /** Not assessable yet. */
  PURPLE;

  /** A light as a file writes it: {@code green}, {@code amber}, {@code red} or {@code purple}, in any case. */
  public static io.vavr.control.Validation<io.vavr.collection.Seq<org.lsppm.core.Problem>, TrafficLight> parse(String text) {
    return org.lsppm.core.Checks.word(TrafficLight.class, text, "green, amber, red or purple");
  }

  /** Whether the light says something about performance (anything but Purple). */
  public boolean isAssessed() {
    return this != PURPLE;
  }

  /**
   * Whether this light is better than {@code other}: Green over Amber over Red.
   *
   * @throws IllegalArgumentException if either light is Purple, which has no rank
   */
  public boolean isBetterThan(TrafficLight other) {
    return rank() < other.rank();
  }

  /** Green 0, Amber 1, Red 2. */
  int rank() {
    if (!isAssessed()) {
      throw new IllegalArgumentException("PURPLE has no rank: it is not an assessment");
    }
    return ordinal();
  }
}
