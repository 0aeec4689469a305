package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.reward.Measure;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.PaymentKind;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardCalculation;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.ScheduleLine;
import org.lsppm.core.reward.Stretch;
import org.lsppm.core.reward.StretchTarget;
import org.lsppm.core.reward.SubTarget;
import org.lsppm.core.reward.Trigger;
import org.lsppm.core.reward.Weight;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The reward grant's properties over random agreements and scenarios. */
class RewardProperties {
  private static final RewardEngine ENGINE = DroolsRewardEngine.withDefaults();
  private static final BigDecimal THRESHOLD = new BigDecimal("0.6");
  private static final int EXAMPLES = 200;

  private static Gen<BigDecimal> decimals() {
    return longs().between(-100_000L, 100_000L).zip(integers().between(0, 3), BigDecimal::valueOf);
  }

  private static Gen<Stretch> stretches() {
    return in -> {
      BigDecimal w = decimals().generate(in);
      BigDecimal span = BigDecimal.valueOf(integers().between(1, 50_000).generate(in), 2);
      boolean higher = Generate.booleans().generate(in);
      BigDecimal t = higher ? w.add(span) : w.subtract(span);
      BigDecimal interim = higher ? w.add(span.divide(BigDecimal.valueOf(2))) : w.subtract(span.divide(BigDecimal.valueOf(2)));
      return Stretch.of(new Quantity(w), new Quantity(t), Generate.booleans().generate(in) ? new Quantity(interim) : null).get();
    };
  }

  private static Gen<RewardAgreement> agreements() {
    return in -> {
      int targets = integers().between(1, 6).generate(in);
      boolean weighted = Generate.booleans().generate(in);
      List<StretchTarget> ts = List.range(0, targets).map(i -> {
        Weight weight = weighted ? Weight.of(BigDecimal.valueOf(integers().between(1, 9).generate(in))).get() : null;
        if (Generate.booleans().generate(in)) {
          return StretchTarget.of("T" + i, "Target " + i, null, stretches().generate(in), weight).get();
        }
        boolean subWeighted = Generate.booleans().generate(in);
        List<SubTarget> subs = List.range(0, integers().between(2, 3).generate(in)).map(j -> SubTarget.of("T" + i + "." + j,
            "Sub " + j, null, stretches().generate(in),
            subWeighted ? Weight.of(BigDecimal.valueOf(integers().between(1, 5).generate(in))).get() : null).get());
        return StretchTarget.withSubTargets("T" + i, "Target " + i, subs, weight).get();
      });
      Money pot = new Money(BigDecimal.valueOf(longs().between(0, 5_000_000_00L).generate(in), 2));
      return RewardAgreement.withGrant("LPSA", RewardFixtures.FIRST, RewardFixtures.LAST, pot, ts).get();
    };
  }

  /** An outturn for a measure between W - span and T + span, sometimes left awaited. */
  private static Scenario scenarioFor(RewardAgreement a, org.quicktheories.core.RandomnessSource in) {
    Scenario s = Scenario.named("random");
    for (Measure m : a.measures()) {
      Stretch st = m.stretch();
      BigDecimal w = st.withoutAgreement().value();
      BigDecimal t = st.withStretch().value();
      BigDecimal f = BigDecimal.valueOf(integers().between(-500, 1500).generate(in), 3);
      if (integers().between(0, 9).generate(in) > 0) {
        s = s.outturn(m.id(), new Quantity(w.add(t.subtract(w).multiply(f))));
      }
      if (st.interim().isDefined() && Generate.booleans().generate(in)) {
        BigDecimal g = BigDecimal.valueOf(integers().between(0, 1000).generate(in), 3);
        s = new Scenario(s.name(), s.outturns(), s.interims().put(m.id(), new Quantity(w.add(t.subtract(w).multiply(g)))));
      }
    }
    return s;
  }

  private static Gen<RewardResult> results() {
    return in -> {
      RewardAgreement a = agreements().generate(in);
      return ENGINE.evaluate(a, scenarioFor(a, in)).get();
    };
  }

  private static Money sum(List<Money> amounts) {
    return Money.total(amounts);
  }

  @Test
  void payable_never_exceeds_potential_and_is_zero_or_at_least_the_threshold_share() {
    qt().withExamples(EXAMPLES).forAll(results()).checkAssert(r -> r.measures().filter(m -> !m.isPending()).forEach(m -> {
      Money payable = m.payable().get();
      assertThat(payable).isLessThanOrEqualTo(m.potential());
      if (!payable.isZero()) {
        assertThat(payable).isGreaterThanOrEqualTo(Money.of(m.potential().amount().multiply(THRESHOLD), RoundingMode.HALF_UP));
      }
    }));
  }

  @Test
  void every_sum_is_exact_to_the_penny() {
    qt().withExamples(EXAMPLES).forAll(results()).checkAssert(r -> {
      assertThat(sum(r.measures().map(MeasureResult::potential))).isEqualTo(r.pot());
      assertThat(sum(RewardCalculation.potentials(r.agreement()).values().toList())).isEqualTo(r.pot());
      List<ScheduleLine> schedule = r.schedule();
      schedule.forEach(l -> assertThat(l.capital().plus(l.revenue())).isEqualTo(l.total()));
      Money pendingOnAccount = sum(r.pending().map(MeasureResult::paymentOnAccount));
      assertThat(sum(schedule.map(ScheduleLine::total))).isEqualTo(r.totalPayable().plus(pendingOnAccount));
      assertThat(sum(schedule.filter(l -> l.kind() == PaymentKind.PAYMENT_ON_ACCOUNT).map(ScheduleLine::total)))
          .isEqualTo(sum(r.measures().map(MeasureResult::paymentOnAccount)));
      assertThat(r.totalPayable().plus(r.pendingPotential())).isLessThanOrEqualTo(r.pot());
    });
  }

  @Test
  void a_better_outturn_never_pays_less() {
    qt().withExamples(EXAMPLES).forAll(stretches(), integers().between(-500, 1500), integers().between(-500, 1500))
        .checkAssert((st, x, y) -> {
          RewardAgreement a = RewardFixtures.agreement("100000", RewardFixtures.target("1", st));
          BigDecimal w = st.withoutAgreement().value();
          BigDecimal span = st.withStretch().value().subtract(w);
          Quantity worse = new Quantity(w.add(span.multiply(BigDecimal.valueOf(Math.min(x, y), 3))));
          Quantity better = new Quantity(w.add(span.multiply(BigDecimal.valueOf(Math.max(x, y), 3))));
          Money low = ENGINE.evaluate(a, Scenario.named("w").outturn(new org.lsppm.core.reward.TargetId("1"), worse)).get().totalPayable();
          Money high = ENGINE.evaluate(a, Scenario.named("b").outturn(new org.lsppm.core.reward.TargetId("1"), better)).get().totalPayable();
          assertThat(high).isGreaterThanOrEqualTo(low);
        });
  }

  @Test
  void mirroring_polarity_and_values_pays_the_same() {
    qt().withExamples(EXAMPLES).forAll(stretches(), decimals()).checkAssert((st, outturn) -> {
      Stretch mirror = Stretch.of(st.withoutAgreement().negated(), st.withStretch().negated(),
          st.interim().map(Quantity::negated).getOrNull()).get();
      RewardAgreement a = RewardFixtures.agreement("98765.43", RewardFixtures.target("1", st));
      RewardAgreement b = RewardFixtures.agreement("98765.43", RewardFixtures.target("1", mirror));
      org.lsppm.core.reward.TargetId id = new org.lsppm.core.reward.TargetId("1");
      RewardResult ra = ENGINE.evaluate(a, Scenario.named("a").outturn(id, new Quantity(outturn))).get();
      RewardResult rb = ENGINE.evaluate(b, Scenario.named("b").outturn(id, new Quantity(outturn.negate()))).get();
      assertThat(rb.totalPayable()).isEqualTo(ra.totalPayable());
      assertThat(rb.measures().head().payableRule()).isEqualTo(ra.measures().head().payableRule());
    });
  }

  @Test
  void the_trigger_outturn_pays_exactly_the_threshold_share() {
    qt().withExamples(EXAMPLES).forAll(agreements()).checkAssert(a -> {
      List<Trigger> triggers = ENGINE.triggers(a);
      Scenario atTriggers = triggers.foldLeft(Scenario.named("triggers"), (s, t) -> s.outturn(t.measure().id(), t.threshold()));
      RewardResult r = ENGINE.evaluate(a, atTriggers).get();
      r.measures().forEach(m -> assertThat(m.payable())
          .contains(Money.of(m.potential().amount().multiply(THRESHOLD), RoundingMode.HALF_UP)));
    });
  }
}
