package org.lsppm.examples;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.LocalDate;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.PlanFinding;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;
import org.lsppm.rules.DroolsReviewEngine;
import org.lsppm.reports.TextTable;

/**
 * The Kensington and Chelsea Partnership's review position on 17 March 2004, the date of the
 * paper that set out its review of strategies and partnership working: accreditation in early
 * 2002 reviewed all six criteria; the Accreditation Action Plan was approved in January 2003 and
 * reported on in September 2003; cluster co-ordinators and champions reviewed delivery in spring
 * 2003; the May 2002 checklist's actions are still on the books. Where the papers give no detail
 * (which criteria were found weak, the exact day of a meeting) the records say so in their
 * comments below.
 */
public final class Kcp2004Reviews {
  static final LocalDate AS_OF = LocalDate.of(2004, 3, 17);

  private Kcp2004Reviews() {}

  /** Prints the position. */
  public static void main(String[] args) {
    print(System.out, DroolsReviewEngine.withDefaults());
  }

  static Partnership partnership() {
    List<Theme> clusters = List.of(
        theme("Safer Communities", PriorityArea.CRIME), theme("Environment and Transport", PriorityArea.LIVEABILITY),
        theme("Health and Social Care", PriorityArea.HEALTH), theme("Homes and Housing", PriorityArea.HOUSING),
        theme("Learning", PriorityArea.EDUCATION), theme("Work and Enterprise", PriorityArea.EMPLOYMENT));
    // Accreditation submission, January 2002: a self-assessment against all six criteria. The
    // action plan that followed targeted inclusion and performance management, so those two are
    // recorded as Amber (an assumption: the papers do not print the ratings).
    List<ReviewRecord> reviews = List.of(PartnershipCriterion.values()).map(c -> ReviewRecord.criterionReview(c,
        LocalDate.of(2002, 1, 31), ReviewDepth.FULL, Option.some(
            c == PartnershipCriterion.INCLUSIVE || c == PartnershipCriterion.PERFORMANCE_MANAGED
                ? TrafficLight.AMBER : TrafficLight.GREEN)))
        // January 2003: the Accreditation Action Plan approved, a process-based look at the criteria.
        .append(ReviewRecord.criterionReview(PartnershipCriterion.INCLUSIVE, LocalDate.of(2003, 1, 22), ReviewDepth.LIGHT,
            Option.some(TrafficLight.AMBER)))
        .append(ReviewRecord.criterionReview(PartnershipCriterion.PERFORMANCE_MANAGED, LocalDate.of(2003, 1, 22), ReviewDepth.LIGHT,
            Option.some(TrafficLight.GREEN)))
        .append(record(ReviewKind.IMPROVEMENT_PLAN, LocalDate.of(2003, 1, 22), ReviewDepth.FULL))
        // Spring 2003: progress trackers per cluster, reviewed by co-ordinators and champions.
        .append(record(ReviewKind.DELIVERY, LocalDate.of(2003, 4, 30), ReviewDepth.FULL))
        // September 2003: mid-year progress report on the action plan.
        .append(record(ReviewKind.IMPROVEMENT_PLAN, LocalDate.of(2003, 9, 17), ReviewDepth.LIGHT));
    List<SmartAction> actions = List.of(
        action("Resolve the Council's political representation on the Steering Group", null, "Leader of the Council",
            null, null, null, ActionStatus.OPEN),
        action("Commission a communications strategy for the LSP", "Communications plan in place", "Officer Working Group",
            LocalDate.of(2002, 5, 31), "Partner public relations departments", "Steering Group meetings", ActionStatus.COMPLETE),
        action("Commission a racial equality audit of LSP work to set a baseline and performance measures",
            "Audit completed and measures set", "Officer Working Group", LocalDate.of(2002, 11, 30), null,
            "Steering Group meetings", ActionStatus.OPEN),
        action("Consider accountability for delivering the Community Strategy", null, "Steering Group", null, null, null,
            ActionStatus.OPEN),
        action("Report back on endorsement of the Community Strategy by each partner organisation", "Endorsement reported",
            "Council, PCT, police, Social Council, VOF and Faith Forum representatives", LocalDate.of(2002, 7, 25), null,
            "Next Steering Group meeting", ActionStatus.OPEN));
    List<ImprovementPlanItem> plan = List.of(Checks.orThrow(
        ImprovementPlanItem.newBuilder().criterion(PartnershipCriterion.INCLUSIVE)
        .action("Agree a protocol with the community networks on how they will work together")
        .completionDate(LocalDate.of(2004, 4, 30)).keyContact("Partnership Support Officer").build()));
    return Checks.orThrow(Partnership.newBuilder().name("Kensington and Chelsea Partnership")
        .area("Royal Borough of Kensington and Chelsea")
        .nrfAllocation(Money.zero())
        .themes(clusters)
        .reviews(reviews)
        .improvementPlan(ImprovementPlan.of(plan))
        .actions(actions)
        .build());
  }

  static void print(PrintStream out, ReviewEngine engine) {
    ReviewReport report = Checks.orThrow(engine.check(partnership(), AS_OF));
    out.println("Kensington and Chelsea Partnership: review position on " + AS_OF + " (policy " + engine.policy().id() + ")");
    TextTable findings = new TextTable("requirement", "status", "last review", "due", "rule");
    report.reviews().forEach(f -> findings.row(f.subject(), f.status(), f.lastReview().map(String::valueOf).getOrElse("never"),
        f.due().map(String::valueOf).getOrElse("now"), f.rule()));
    findings.printTo(out, "  ");
    out.println();
    out.println("Falling due in the next 12 months");
    report.calendar(12).forEach(f -> out.println("  " + f.due().get() + "  " + f.subject()));
    out.println();
    out.println("Actions and improvement plan");
    report.plan().forEach((PlanFinding f) -> out.println("  " + f));
  }

  private static Theme theme(String name, PriorityArea area) {
    return Checks.orThrow(Theme.of(name, area));
  }

  private static ReviewRecord record(ReviewKind kind, LocalDate date, ReviewDepth depth) {
    return Checks.orThrow(ReviewRecord.newBuilder().kind(kind).date(date).depth(depth).build());
  }

  private static SmartAction action(String what, String measure, String lead, LocalDate due, String resources,
      String schedule, ActionStatus status) {
    return Checks.orThrow(SmartAction.newBuilder().description(what).measure(measure).lead(lead).due(due)
        .resources(resources).reportingSchedule(schedule).status(status).build());
  }
}
