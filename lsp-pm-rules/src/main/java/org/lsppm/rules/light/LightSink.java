package org.lsppm.rules.light;

import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.rating.Trend;

/**
 * Where the light and trend rules write their decisions for one chunk of questions, by question
 * index. Used by one session on one thread at a time. A second decision for the same question is
 * a defect in the rules and fails loudly.
 */
public final class LightSink {
  private final TrafficLight[] lights;
  private final String[] lightRules;
  private final Trend[] trends;
  private final String[] trendRules;

  LightSink(int capacity) {
    lights = new TrafficLight[capacity];
    lightRules = new String[capacity];
    trends = new Trend[capacity];
    trendRules = new String[capacity];
  }

  /** Records the light of question {@code q}. */
  public void light(LightQuestion q, TrafficLight light, String rule) {
    decide(q, rule);
    lights[q.getIndex()] = light;
  }

  /** Records that question {@code q} gets no light (data only). */
  public void noLight(LightQuestion q, String rule) {
    decide(q, rule);
  }

  /** Records the trend of question {@code q}. */
  public void trend(LightQuestion q, Trend trend, String rule) {
    int i = q.getIndex();
    if (trendRules[i] != null) {
      throw new IllegalStateException("two trend rules fired for " + q.getMeasurement() + ": " + trendRules[i] + ", " + rule);
    }
    trends[i] = trend;
    trendRules[i] = rule;
  }

  TrafficLight lightOf(int i) {
    return lights[i];
  }

  String lightRuleOf(int i) {
    return lightRules[i];
  }

  Trend trendOf(int i) {
    return trends[i];
  }

  String trendRuleOf(int i) {
    return trendRules[i];
  }

  void clear(int size) {
    java.util.Arrays.fill(lights, 0, size, null);
    java.util.Arrays.fill(lightRules, 0, size, null);
    java.util.Arrays.fill(trends, 0, size, null);
    java.util.Arrays.fill(trendRules, 0, size, null);
  }

  private void decide(LightQuestion q, String rule) {
    int i = q.getIndex();
    if (lightRules[i] != null) {
      throw new IllegalStateException("two light rules fired for " + q.getMeasurement() + ": " + lightRules[i] + ", " + rule);
    }
    lightRules[i] = rule;
  }
}
