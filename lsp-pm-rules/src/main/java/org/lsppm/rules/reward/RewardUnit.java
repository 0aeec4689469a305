package org.lsppm.rules.reward;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataObserver;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The reward decision ({@code RewardGrant.drl}), in one pass: the measures of some scenarios in;
 * what each earns, what happens to its interim level and, where a payment on account was made
 * against a known entitlement, the reconciliation, out. The earnings and interim decisions are
 * facts too, which the reconciliation rules match. Used by one call on one thread.
 */
public final class RewardUnit implements RuleUnitData {
  private final DataStore<StretchQuestion> measures = DataSource.createStore();
  private final DataStore<Payable> payables = DataSource.createStore();
  private final DataStore<Interim> interims = DataSource.createStore();
  private final List<Payable> payableDecisions = new ArrayList<>();
  private final List<Interim> interimDecisions = new ArrayList<>();
  private final List<Reconciled> reconciliations = new ArrayList<>();

  /** A unit with no measures yet. */
  public RewardUnit() {
    payables.subscribe(DataObserver.of(payableDecisions::add));
    interims.subscribe(DataObserver.of(interimDecisions::add));
  }

  /** The measures to decide, one per measure and scenario. */
  public DataStore<StretchQuestion> getMeasures() {
    return measures;
  }

  /** What each measure earns, as the rules decide it. */
  public DataStore<Payable> getPayables() {
    return payables;
  }

  /** What happened to each measure's interim level, as the rules decide it. */
  public DataStore<Interim> getInterims() {
    return interims;
  }

  /** Every earnings decision made, in the order the rules fired. */
  public List<Payable> getPayableDecisions() {
    return payableDecisions;
  }

  /** Every interim decision made, in the order the rules fired. */
  public List<Interim> getInterimDecisions() {
    return interimDecisions;
  }

  /** The reconciliations, in the order the rules fired. */
  public List<Reconciled> getReconciliations() {
    return reconciliations;
  }
}
