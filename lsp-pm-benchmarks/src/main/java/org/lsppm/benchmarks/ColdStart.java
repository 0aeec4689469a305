package org.lsppm.benchmarks;

import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.rules.DroolsRatingEngine;

/**
 * Fresh JVM to first rating: loads the knowledge base and rates one measurement, then prints it.
 * Timed as a whole process (see the README); not a JMH benchmark.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    IndicatorRating rating = DroolsRatingEngine.withDefaults().rate(Workload.pool(2).get(1));
    System.out.println(rating.explanation());
  }
}
