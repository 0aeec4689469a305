package org.lsppm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Money;
import org.lsppm.core.reward.MeasureResult;
import org.lsppm.core.reward.PaymentKind;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardEngine;
import org.lsppm.core.reward.TargetId;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.rules.DroolsRewardEngine;

class RewardWhatIfTest {
  private static final RewardEngine ENGINE = DroolsRewardEngine.withDefaults();

  private static Money money(String amount) {
    return Money.parse(amount).get();
  }

  @Test
  void the_bundled_agreement_has_twelve_targets_and_a_rate_based_pot_rounded_to_the_thousand() throws Exception {
    RewardAgreement a = RewardWhatIf.loadAgreement();

    assertThat(a.targets()).hasSize(12);
    assertThat(a.measures()).hasSize(14);
    assertThat(a.pot()).isEqualTo(money("2756000"));
  }

  @Test
  void the_current_scenario_earns_what_the_report_prints_and_leaves_the_gcse_targets_pending() throws Exception {
    RewardAgreement agreement = RewardWhatIf.loadAgreement();
    RewardResult current = ENGINE.evaluate(agreement, RewardWhatIf.scenario(agreement, "current")).get();

    assertThat(current.totalPayable()).isEqualTo(money("990915.97"));
    assertThat(current.pendingPotential()).isEqualTo(money("229666.67"));
    assertThat(current.pending().map(m -> m.measure().id().value())).containsExactly("3i", "3ii");
  }

  @Test
  void the_pessimistic_scenario_recovers_the_cleaner_streets_payment_on_account() throws Exception {
    RewardAgreement agreement = RewardWhatIf.loadAgreement();
    RewardResult pessimistic = ENGINE.evaluate(agreement, RewardWhatIf.scenario(agreement, "pessimistic")).get();
    MeasureResult streets = pessimistic.measure(new TargetId("4")).get();

    assertThat(streets.paymentOnAccount()).isEqualTo(money("45933.33"));
    assertThat(streets.recovered()).contains(money("45933.33"));
    assertThat(pessimistic.schedule().map(l -> l.kind())).contains(PaymentKind.RECOVERY);
  }

  @Test
  void the_report_shows_triggers_the_comparison_and_the_threshold_step() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RewardAgreement agreement = RewardWhatIf.loadAgreement();
    RewardWhatIf.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), agreement, RewardWhatIf.scenarios(agreement), ENGINE);

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .containsPattern("1 +Reduce domestic burglary \\(per 1,000 households\\) +18.2 +15 +£229,666.67 +16.28 +15")
        .containsPattern("total +£990,915.97 +£323,447.22 +£2,234,082.51")
        .containsPattern("16.6 +£0.00 +£840,197.22 +NOTHING")
        .containsPattern("16.2 +£143,541.67 +£983,738.89 +SHARE")
        .contains("scheduled £990,915.97 = earned £990,915.97");
  }
}
