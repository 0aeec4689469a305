package org.lsppm.rules.reward;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The reward decision ({@code RewardGrant.drl}), in one pass: the measures of some scenarios in;
 * what each earns, what happens to its interim level and, where a payment on account was made
 * against a known entitlement, the reconciliation, out. The decisions about measures with an
 * interim level are facts too ({@code payablesOnAccount}, {@code interimsOnAccount}), which the
 * reconciliation rules match. Used by one call on one thread.
 */
public final class RewardUnit implements RuleUnitData {
  private final DataStore<StretchQuestion> measures = DataSource.createStore();
  private final DataStore<Payable> payablesOnAccount = DataSource.createStore();
  private final DataStore<Interim> interimsOnAccount = DataSource.createStore();
  private final Decisions<Payable> payables = new Decisions<>(payablesOnAccount, Payable::question);
  private final Decisions<Interim> interims = new Decisions<>(interimsOnAccount, Interim::question);
  private final List<Reconciled> reconciliations = new ArrayList<>();

  /** The measures to decide, one per measure and scenario. */
  public DataStore<StretchQuestion> getMeasures() {
    return measures;
  }

  /** What each measure earns, as the rules decide it. */
  public Decisions<Payable> getPayables() {
    return payables;
  }

  /** What happened to each measure's interim level, as the rules decide it. */
  public Decisions<Interim> getInterims() {
    return interims;
  }

  /** The earnings decisions about measures with an interim level, as facts. */
  public DataStore<Payable> getPayablesOnAccount() {
    return payablesOnAccount;
  }

  /** The interim decisions, as facts (every measure with an interim level has one). */
  public DataStore<Interim> getInterimsOnAccount() {
    return interimsOnAccount;
  }

  /** The reconciliations, in the order the rules fired. */
  public List<Reconciled> getReconciliations() {
    return reconciliations;
  }
}
