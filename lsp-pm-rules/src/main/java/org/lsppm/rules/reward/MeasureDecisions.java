package org.lsppm.rules.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.drools.ruleunits.api.DataStream;

/**
 * Where the reward rules put one kind of decision about measures: every decision is kept, in the
 * order the rules fired, for the results; a decision about a measure with an interim level is also
 * appended to {@code onAccount}, a data stream of the unit, for the reconciliation rules to match.
 * Only those: adding every decision as a fact made the reward 1.9 times slower (see the benchmarks
 * README), and a payment on account needs an interim level. Used by one unit on one thread.
 *
 * @param <D> the kind of decision
 */
public final class MeasureDecisions<D> {
  private final List<D> all = new ArrayList<>();
  private final DataStream<D> onAccount;
  private final Function<D, StretchQuestion> question;

  MeasureDecisions(DataStream<D> onAccount, Function<D, StretchQuestion> question) {
    this.onAccount = onAccount;
    this.question = question;
  }

  /** Records {@code decision}. */
  public void add(D decision) {
    all.add(decision);
    if (question.apply(decision).isInterimAgreed()) {
      onAccount.append(decision);
    }
  }

  /** Every decision, in the order the rules fired. */
  public List<D> all() {
    return all;
  }
}
