package org.lsppm.benchmarks;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ActionStatus;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.plan.SmartAction;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.theme.PriorityArea;
import org.lsppm.core.theme.Theme;
import org.lsppm.rules.DroolsReviewEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Review checks for 150 partnerships (the number of English LAAs) with ten years of records each:
 * yearly delivery reviews, six-monthly plan reviews and reward updates, two criteria reviewed in
 * full each year with light reviews between, twelve actions and six plan items. One operation
 * checks all 150; divide by 150 for the time per partnership.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ReviewBenchmark {
  static final int PARTNERSHIPS = 150;
  static final LocalDate AS_OF = LocalDate.of(2010, 3, 31);

  private java.util.List<Partnership> partnerships;
  private ReviewEngine engine;

  @Setup
  public void setUp() {
    partnerships = List.range(0, PARTNERSHIPS).map(ReviewBenchmark::partnership).toJavaList();
    engine = DroolsReviewEngine.withDefaults();
  }

  @Benchmark
  public void checkAll(Blackhole bh) {
    for (Partnership p : partnerships) {
      bh.consume(engine.check(p, AS_OF));
    }
  }

  static Partnership partnership(int n) {
    List<PartnershipCriterion> criteria = List.of(PartnershipCriterion.values());
    List<ReviewRecord> reviews = List.range(0, 10).flatMap(year -> {
      LocalDate april = LocalDate.of(2000 + year, 4, 1).plusDays(n % 20);
      PartnershipCriterion full1 = criteria.get((2 * year) % 6);
      PartnershipCriterion full2 = criteria.get((2 * year + 1) % 6);
      return List.of(
          record(ReviewKind.DELIVERY, null, april, ReviewDepth.FULL, null),
          record(ReviewKind.IMPROVEMENT_PLAN, null, april.plusDays(20), ReviewDepth.LIGHT, null),
          record(ReviewKind.IMPROVEMENT_PLAN, null, april.plusMonths(6), ReviewDepth.LIGHT, null),
          record(ReviewKind.REWARD_TARGETS, null, april.plusMonths(2), ReviewDepth.LIGHT, null),
          record(ReviewKind.REWARD_TARGETS, null, april.plusMonths(8), ReviewDepth.LIGHT, null),
          record(ReviewKind.PARTNERSHIP_CRITERION, full1, april.plusMonths(1), ReviewDepth.FULL,
              (year + n) % 5 == 0 ? TrafficLight.AMBER : TrafficLight.GREEN),
          record(ReviewKind.PARTNERSHIP_CRITERION, full2, april.plusMonths(1), ReviewDepth.FULL, TrafficLight.GREEN),
          record(ReviewKind.PARTNERSHIP_CRITERION, criteria.get((year + 3) % 6), april.plusMonths(7), ReviewDepth.LIGHT,
              (year + n) % 7 == 0 ? TrafficLight.RED : TrafficLight.GREEN));
    });
    List<SmartAction> actions = List.range(0, 12).map(i -> Checks.orThrow(
        SmartAction.newBuilder().description("Action " + i)
        .measure(i % 3 == 0 ? null : "measure").lead("lead").due(LocalDate.of(2009, 1, 1).plusMonths(i))
        .resources(i % 4 == 0 ? null : "resources").reportingSchedule("quarterly")
        .status(i % 2 == 0 ? ActionStatus.OPEN : ActionStatus.COMPLETE).build()));
    List<ImprovementPlanItem> items = List.range(0, 6).map(i -> Checks.orThrow(
        ImprovementPlanItem.newBuilder().criterion(criteria.get(i))
        .action("improve").completionDate(LocalDate.of(2010, 6, 30)).keyContact(i % 2 == 0 ? null : "contact")
        .supportNeeded("support").build()));
    return Checks.orThrow(Partnership.newBuilder().name("Partnership " + n)
        .area("Area " + n)
        .nrfAllocation(Money.ofPounds(1_000_000))
        .themes(List.of(Checks.orThrow(Theme.of("Safer Communities", PriorityArea.CRIME))))
        .reviews(reviews)
        .improvementPlan(ImprovementPlan.of(items))
        .actions(actions)
        .build());
  }

  private static ReviewRecord record(ReviewKind kind, PartnershipCriterion c, LocalDate date, ReviewDepth depth, TrafficLight finding) {
    return Checks.orThrow(ReviewRecord.newBuilder().kind(kind).criterion(c).date(date).depth(depth)
        .finding(finding).build());
  }

}
