package org.lsppm.rules.reward;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStream;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The reward decision ({@code RewardGrant.drl}), in one pass: the measures of some scenarios in;
 * what each earns, what happens to its interim level and, where a payment on account was made
 * against a known entitlement, the reconciliation, out. The decisions about measures with an
 * interim level are facts too ({@code payablesOnAccount}, {@code interimsOnAccount}), which the
 * reconciliation rules match. Used by one call on one thread.
 */
public final class RewardUnit implements RuleUnitData {
  private final DataStream<StretchQuestion> measures = DataSource.createStream();
  private final DataStream<Payable> payablesOnAccount = DataSource.createStream();
  private final DataStream<Interim> interimsOnAccount = DataSource.createStream();
  private final MeasureDecisions<Payable> payables = new MeasureDecisions<>(payablesOnAccount, Payable::question);
  private final MeasureDecisions<Interim> interims = new MeasureDecisions<>(interimsOnAccount, Interim::question);
  private final List<Reconciled> reconciliations = new ArrayList<>();

  /** The measures to decide, one per measure and scenario: append-only, fed once the unit is running. */
  public DataStream<StretchQuestion> getMeasures() {
    return measures;
  }

  /** What each measure earns, as the rules decide it. */
  public MeasureDecisions<Payable> getPayables() {
    return payables;
  }

  /** What happened to each measure's interim level, as the rules decide it. */
  public MeasureDecisions<Interim> getInterims() {
    return interims;
  }

  /** The earnings decisions about measures with an interim level, as facts. */
  public DataStream<Payable> getPayablesOnAccount() {
    return payablesOnAccount;
  }

  /** The interim decisions, as facts (every measure with an interim level has one). */
  public DataStream<Interim> getInterimsOnAccount() {
    return interimsOnAccount;
  }

  /** The reconciliations, in the order the rules fired. */
  public List<Reconciled> getReconciliations() {
    return reconciliations;
  }
}
