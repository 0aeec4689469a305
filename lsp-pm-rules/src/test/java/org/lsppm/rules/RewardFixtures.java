package org.lsppm.rules;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.reward.SubTarget;
import org.lsppm.core.reward.Weight;

/** Reward agreements for tests, in the shape of an LPSA schedule. */
final class RewardFixtures {
  static final FinancialYear FIRST = FinancialYear.parse("2005/06").get();
  static final FinancialYear LAST = FinancialYear.parse("2007/08").get();

  private RewardFixtures() {}

  static Quantity q(String v) {
    return Quantity.parse(v).get();
  }

  static Stretch stretch(String w, String t) {
    return Stretch.of(q(w), q(t), null).get();
  }

  static Stretch stretch(String w, String t, String interim) {
    return Stretch.of(q(w), q(t), q(interim)).get();
  }

  static StretchTarget target(String id, Stretch stretch) {
    return StretchTarget.of(id, "Target " + id, null, stretch, null).get();
  }

  static StretchTarget weighted(String id, Stretch stretch, String weight) {
    return StretchTarget.of(id, "Target " + id, null, stretch, Weight.of(new BigDecimal(weight)).get()).get();
  }

  static StretchTarget withSubs(String id, SubTarget... subs) {
    return StretchTarget.withSubTargets(id, "Target " + id, List.of(subs), null).get();
  }

  static SubTarget sub(String id, Stretch stretch) {
    return SubTarget.of(id, "Sub-target " + id, null, stretch, null).get();
  }

  static RewardAgreement agreement(String pot, StretchTarget... targets) {
    return RewardAgreement.withGrant("LPSA", FIRST, LAST, Money.parse(pot).get(), List.of(targets)).get();
  }

  static Money money(String amount) {
    return Money.parse(amount).get();
  }
}
