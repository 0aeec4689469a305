package org.lsppm.rules.reward;

import org.lsppm.core.reward.InterimDecision;
import org.lsppm.core.reward.PayableDecision;

/**
 * Where the reward rules write their decisions for one batch of questions, by index. Used by one
 * session on one thread; a second decision on the same question and topic fails loudly.
 */
public final class RewardSink {
  private final PayableDecision[] payable;
  private final String[] payableRules;
  private final InterimDecision[] interim;
  private final String[] interimRules;
  private final boolean[] recovery;
  private final String[] reconciliationRules;

  RewardSink(int size) {
    payable = new PayableDecision[size];
    payableRules = new String[size];
    interim = new InterimDecision[size];
    interimRules = new String[size];
    recovery = new boolean[size];
    reconciliationRules = new String[size];
  }

  /** Records what question {@code q} earns. */
  public void payable(StretchQuestion q, PayableDecision decision, String rule) {
    once(payableRules, q.getIndex(), rule, "payable");
    payable[q.getIndex()] = decision;
  }

  /** Records what happened to question {@code q}'s interim level. */
  public void interim(StretchQuestion q, InterimDecision decision, String rule) {
    once(interimRules, q.getIndex(), rule, "interim");
    interim[q.getIndex()] = decision;
  }

  /** Records whether question {@code q}'s payment on account is partly recovered. */
  public void reconciled(ReconciliationQuestion q, boolean recovered, String rule) {
    once(reconciliationRules, q.getIndex(), rule, "reconciliation");
    recovery[q.getIndex()] = recovered;
  }

  /** Fails unless both a payable and an interim rule fired for question {@code i}. */
  void requireDecided(int i) {
    require(payableRules, i, "payable");
    require(interimRules, i, "interim");
  }

  PayableDecision payableOf(int i) {
    return payable[i];
  }

  String payableRuleOf(int i) {
    return require(payableRules, i, "payable");
  }

  InterimDecision interimOf(int i) {
    return interim[i];
  }

  String interimRuleOf(int i) {
    return require(interimRules, i, "interim");
  }

  boolean recoveryOf(int i) {
    return recovery[i];
  }

  String reconciliationRuleOf(int i) {
    return reconciliationRules[i];
  }

  private static void once(String[] rules, int i, String rule, String topic) {
    if (rules[i] != null) {
      throw new IllegalStateException("two " + topic + " rules fired for question " + i + ": " + rules[i] + ", " + rule);
    }
    rules[i] = rule;
  }

  private static String require(String[] rules, int i, String topic) {
    if (rules[i] == null) {
      throw new IllegalStateException("no " + topic + " rule fired for question " + i);
    }
    return rules[i];
  }
}
