package org.lsppm.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import org.drools.ruleunits.api.DataObserver;
import org.lsppm.core.Checks;
import org.lsppm.core.Problem;
import org.lsppm.core.review.PlanFinding;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewFinding;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.review.ReviewSchedule.Due;
import org.lsppm.core.review.ReviewSchedule;
import org.lsppm.core.review.ReviewStatus;
import org.lsppm.core.review.ReviewedPartnership;
import org.lsppm.rules.plan.Found;
import org.lsppm.rules.plan.PlanFacts;
import org.lsppm.rules.review.CriterionReview;
import org.lsppm.rules.review.ReviewDecision;
import org.lsppm.rules.review.ReviewQuestion;
import org.lsppm.rules.review.ReviewUnit;
import org.lsppm.rules.unit.Units;

/**
 * The Drools implementation of {@link ReviewEngine}: one engine per policy, safe to share between
 * threads. Each check runs the review-frequency unit and the plan unit over the partnership's facts.
 */
public final class DroolsReviewEngine implements ReviewEngine {
  private final ReviewPolicy policy;

  private DroolsReviewEngine(ReviewPolicy policy) {
    this.policy = policy;
  }

  /** An engine for {@code policy}. */
  public static DroolsReviewEngine forPolicy(ReviewPolicy policy) {
    return new DroolsReviewEngine(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Loads the review and plan rule units now: each knowledge base is built once per JVM, on first
   * use, and shared by every engine; without this the first review or plan check pays for it. The
   * first unit loaded in a JVM starts Drools too: about 1.5 s on a 2-core machine, against some
   * 50 ms for these two when another engine has loaded its units first. Call it at start-up, on
   * any thread; once loaded it returns in a millisecond or so.
   *
   * <pre>{@code
   * DroolsReviewEngine.preload();                       // at start-up
   * ReviewEngine engine = DroolsReviewEngine.withDefaults();
   * }</pre>
   */
  public static void preload() {
    Units.preload(new ReviewUnit(java.time.LocalDate.EPOCH, ReviewPolicy.defaults()), new org.lsppm.rules.plan.PlanUnit());
  }

  /** An engine for the NRU core requirements as lsp-pm reads them (see {@link ReviewPolicy}). */
  public static DroolsReviewEngine withDefaults() {
    return forPolicy(ReviewPolicy.defaults());
  }

  @Override
  public ReviewPolicy policy() {
    return policy;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs the review-frequency unit and the plan unit on the calling thread; a review dated after
   * {@code asOf} is refused as a problem, not dropped.
   *
   * <pre>{@code
   * ReviewReport report = Checks.orThrow(DroolsReviewEngine.withDefaults().check(partnership, LocalDate.of(2009, 7, 15)));
   * report.needingAction().forEach(System.out::println);   // overdue or never reviewed
   * }</pre>
   */
  @Override
  public Validation<Seq<Problem>, ReviewReport> check(ReviewedPartnership partnership, LocalDate asOf) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(asOf, "asOf");
    Seq<Problem> problems = ReviewSchedule.problems(partnership, asOf);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    ReviewUnit reviews = new ReviewUnit(asOf, policy);
    // Every required review: those the calendar calls for, added here, and those the rules add.
    java.util.List<ReviewQuestion> questions = new java.util.ArrayList<>();
    reviews.getReviews().subscribe(DataObserver.of(questions::add));
    ReviewSchedule.dues(partnership, policy).forEach(d -> reviews.getReviews().add(new ReviewQuestion(d)));
    Seq<CriterionReview> criterionReviews = CriterionReview.of(partnership.reviews());
    criterionReviews.forEach(reviews.getCriterionReviews()::add);
    java.util.Map<ReviewQuestion, ReviewDecision> statuses =
        Units.byFact(Units.fire(reviews).getStatuses(), ReviewDecision::question, "review");
    List<ReviewFinding> findings = List.ofAll(questions).map(q -> {
      ReviewDecision d = statuses.get(q);
      if (d == null) {
        throw new IllegalStateException("no review rule fired for " + q);
      }
      Due due = q.due();
      return new ReviewFinding(due.requirement(), due.criterion(), due.lastReview(), due.due(), d.status(), d.rule(), asOf);
    });
    List<PlanFinding> planFindings = List.ofAll(Units.fire(PlanFacts.of(partnership, criterionReviews, asOf, policy)).findingsInOrder())
        .map(Found::finding);
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
