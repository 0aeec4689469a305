package org.lsppm.core.rating;

/** The LAA2 judgement of how likely a designated target is to be missed. */
public enum RiskToDelivery {
  LOW,
  MEDIUM,
  HIGH
}
