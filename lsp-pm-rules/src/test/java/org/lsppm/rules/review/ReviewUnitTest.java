package org.lsppm.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.junit.jupiter.api.Test;
import org.lsppm.core.review.Requirement;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewSchedule.Due;

/**
 * The review unit on its own, as the Drools project tests its units: hand-made required reviews,
 * the as-of date and the policy as the unit's fields (the questions carry neither), how many rules
 * fired, and exactly what came out.
 */
class ReviewUnitTest {
  private static final LocalDate AS_OF = LocalDate.of(2009, 7, 15);

  private static ReviewQuestion due(LocalDate on) {
    return new ReviewQuestion(new Due(Requirement.DELIVERY_REVIEW, Option.none(), Option.none(), Option.of(on)));
  }

  @Test
  void each_required_review_stands_where_the_units_date_puts_it() {
    ReviewPolicy policy = ReviewPolicy.defaults();
    ReviewUnit unit = new ReviewUnit(AS_OF, policy);
    unit.getReviews().add(new ReviewQuestion(new Due(Requirement.DELIVERY_REVIEW, Option.none(), Option.none(), Option.none())));
    unit.getReviews().add(due(AS_OF.minusDays(1)));
    unit.getReviews().add(due(AS_OF));
    unit.getReviews().add(due(AS_OF.plusDays(policy.dueSoonDays())));
    unit.getReviews().add(due(AS_OF.plusDays(policy.dueSoonDays() + 1L)));

    int fired;
    try (RuleUnitInstance<ReviewUnit> instance = new ReviewUnitRuleUnit().createInstance(unit)) {
      fired = instance.fire();
    }

    assertThat(fired).isEqualTo(5);
    assertThat(unit.getStatuses()).extracting(d -> d.question().due().due().map(LocalDate::toString).getOrElse("never") + " "
        + d.status() + " " + d.rule().value()).containsExactlyInAnyOrder(
        "never NEVER_REVIEWED NeverReviewed",
        "2009-07-14 OVERDUE ReviewOverdue",
        "2009-07-15 DUE_SOON ReviewDueSoon",
        AS_OF.plusDays(policy.dueSoonDays()) + " DUE_SOON ReviewDueSoon",
        AS_OF.plusDays(policy.dueSoonDays() + 1L) + " ON_TIME ReviewOnTime");
  }

  @Test
  void the_same_questions_on_another_date_stand_elsewhere() {
    ReviewUnit later = new ReviewUnit(AS_OF.plusYears(1), ReviewPolicy.defaults());
    later.getReviews().add(due(AS_OF.plusMonths(6)));

    try (RuleUnitInstance<ReviewUnit> instance = new ReviewUnitRuleUnit().createInstance(later)) {
      assertThat(instance.fire()).isEqualTo(1);
    }

    assertThat(later.getStatuses()).extracting(d -> d.status() + " " + d.rule().value()).containsExactly("OVERDUE ReviewOverdue");
  }
}
