package org.lsppm.rules.designated;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The LAA2 designated-target decision ({@code DesignatedTarget.drl}): a target's recorded risk and
 * annual light in; its risk light and annual-target status out. Used by one call on one thread.
 */
public final class DesignatedUnit implements RuleUnitData {
  private final DataStore<DesignatedQuestion> targets = DataSource.createStore();
  private final List<RiskLight> risks = new ArrayList<>();
  private final List<AnnualStatus> annual = new ArrayList<>();

  /** The target to decide. */
  public DataStore<DesignatedQuestion> getTargets() {
    return targets;
  }

  /** The risk light decided. */
  public List<RiskLight> getRisks() {
    return risks;
  }

  /** The annual-target status decided. */
  public List<AnnualStatus> getAnnual() {
    return annual;
  }
}
