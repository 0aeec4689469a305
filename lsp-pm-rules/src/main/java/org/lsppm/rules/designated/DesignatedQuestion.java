package org.lsppm.rules.designated;

import org.lsppm.core.rating.RiskToDelivery;
import org.lsppm.core.rating.TrafficLight;

/**
 * The fact the LAA2 rules reason over: a designated target's recorded risk, and the light of the
 * year's outturn against its annual target (null when it was not rated or is data only).
 */
public final class DesignatedQuestion {
  private final RiskToDelivery risk;
  private final TrafficLight annualLight;

  /** A question from the recorded risk and the annual light, which may be null. */
  public DesignatedQuestion(RiskToDelivery risk, TrafficLight annualLight) {
    this.risk = risk;
    this.annualLight = annualLight;
  }

  public RiskToDelivery getRisk() {
    return risk;
  }

  /** The annual light, or null. */
  public TrafficLight getAnnualLight() {
    return annualLight;
  }
}
