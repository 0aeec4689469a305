package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import org.lsppm.rules.session.Sessions;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.PlanFinding;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewFinding;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.review.ReviewSchedule;
import org.lsppm.core.review.ReviewSchedule.Due;
import org.lsppm.core.review.ReviewStatus;
import org.lsppm.rules.plan.PlanQuestions;
import org.lsppm.rules.plan.PlanSink;
import org.lsppm.rules.plan.Subject;
import org.lsppm.rules.review.ReviewQuestions;
import org.lsppm.rules.review.ReviewSink;

/**
 * The Drools implementation of {@link ReviewEngine}: one engine per policy, safe to share between
 * threads. One session per check holds the partnership's review and plan facts.
 */
public final class DroolsReviewEngine implements ReviewEngine {
  private final ReviewPolicy policy;
  private final RuleBase rules;

  private DroolsReviewEngine(ReviewPolicy policy) {
    this.policy = policy;
    this.rules = RuleBase.get();
  }

  /** An engine for {@code policy}. */
  public static DroolsReviewEngine forPolicy(ReviewPolicy policy) {
    return new DroolsReviewEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** An engine for the NRU core requirements as lsp-pm reads them (see {@link ReviewPolicy}). */
  public static DroolsReviewEngine withDefaults() {
    return forPolicy(ReviewPolicy.defaults());
  }

  @Override
  public ReviewPolicy policy() {
    return policy;
  }

  @Override
  public Validation<Seq<Problem>, ReviewReport> check(Partnership partnership, LocalDate asOf) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(asOf, "asOf");
    Seq<Problem> problems = ReviewSchedule.problems(partnership, asOf);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    List<Due> dues = ReviewSchedule.dues(partnership, policy);
    List<Subject> plan = PlanQuestions.of(partnership, asOf, policy);
    ReviewSink reviewSink = new ReviewSink(dues.size());
    PlanSink planSink = new PlanSink();
    Sessions.fire(rules.kieBase(), io.vavr.collection.HashMap.of("reviews", reviewSink, "findings", planSink),
        List.<Object>ofAll(ReviewQuestions.of(dues, asOf, policy)).appendAll(plan));
    List<ReviewFinding> findings = dues.zipWithIndex().map(t -> new ReviewFinding(t._1.requirement(), t._1.criterion(),
        t._1.lastReview(), t._1.due(), reviewSink.statusOf(t._2), rules.ruleName(reviewSink.ruleOf(t._2)), asOf));
    List<PlanFinding> planFindings = List.ofAll(planSink.findings())
        .map(w -> new PlanFinding(w.subject(), w.issue(), rules.ruleName(w.rule())));
    return Checks.valid(new ReviewReport(asOf, order(findings), planFindings, policy));
  }

  /** Overdue and never reviewed first, then by due date, then by requirement and criterion. */
  private static List<ReviewFinding> order(List<ReviewFinding> findings) {
    return findings.sortBy(java.util.Comparator
        .comparing((ReviewFinding f) -> f.status() == ReviewStatus.OVERDUE || f.status() == ReviewStatus.NEVER_REVIEWED ? 0 : 1)
        .thenComparing(f -> f.due().getOrElse(LocalDate.MIN))
        .thenComparing(ReviewFinding::requirement)
        .thenComparing(f -> f.criterion().map(Enum::ordinal).getOrElse(-1)), f -> f);
  }
}
