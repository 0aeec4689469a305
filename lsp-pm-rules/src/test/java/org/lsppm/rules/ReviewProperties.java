package org.lsppm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lsppm.core.criterion.PartnershipCriterion;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewDepth;
import org.lsppm.core.review.ReviewEngine;
import org.lsppm.core.review.ReviewFinding;
import org.lsppm.core.review.ReviewKind;
import org.lsppm.core.review.ReviewRecord;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.review.ReviewStatus;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The review rules' properties over random histories of review records. */
class ReviewProperties {
  private static final ReviewEngine ENGINE = DroolsReviewEngine.withDefaults();
  private static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 365 * 8;
  private static final LocalDate END = START.plusDays(DAYS);

  private static Gen<ReviewRecord> records() {
    return in -> {
      ReviewKind kind = Generate.pick(java.util.List.of(ReviewKind.DELIVERY, ReviewKind.PARTNERSHIP_CRITERION,
          ReviewKind.IMPROVEMENT_PLAN, ReviewKind.REWARD_TARGETS)).generate(in);
      LocalDate date = START.plusDays(integers().between(0, DAYS).generate(in));
      PartnershipCriterion c = kind == ReviewKind.PARTNERSHIP_CRITERION
          ? Generate.enumValues(PartnershipCriterion.class).generate(in) : null;
      TrafficLight finding = Generate.pick(java.util.Arrays.asList(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED, null))
          .generate(in);
      return ReviewRecord.newBuilder().kind(kind).criterion(c).date(date)
          .depth(Generate.enumValues(ReviewDepth.class).generate(in)).finding(finding).build().get();
    };
  }

  private static Gen<List<ReviewRecord>> histories() {
    return in -> List.range(0, integers().between(0, 25).generate(in)).map(i -> records().generate(in)).distinct();
  }

  private static Partnership partnership(List<ReviewRecord> reviews) {
    return ReviewFixtures.partnership(reviews);
  }

  private static ReviewReport check(List<ReviewRecord> reviews, LocalDate asOf) {
    return ENGINE.check(partnership(reviews), asOf).get();
  }

  private static Set<String> keys(List<ReviewFinding> findings) {
    return findings.map(f -> f.requirement() + "/" + f.criterion().map(Enum::name).getOrElse("-")).toSet();
  }

  private static Set<String> overdue(ReviewReport r) {
    return keys(r.reviews().filter(f -> f.status() == ReviewStatus.OVERDUE));
  }

  @Test
  void moving_the_as_of_date_later_never_turns_an_overdue_review_back_to_on_time() {
    qt().withExamples(150).forAll(histories(), integers().between(0, 2000), integers().between(0, 2000)).checkAssert((h, x, y) -> {
      LocalDate earlier = END.plusDays(Math.min(x, y));
      LocalDate later = END.plusDays(Math.max(x, y));
      assertThat(overdue(check(h, later))).containsAll(overdue(check(h, earlier)));
    });
  }

  @Test
  void adding_a_review_that_finds_no_weakness_never_adds_a_review_needing_action() {
    Gen<ReviewRecord> clean = in -> {
      ReviewRecord r = records().generate(in);
      Option<TrafficLight> finding = Generate.booleans().generate(in) ? Option.some(TrafficLight.GREEN) : Option.none();
      return ReviewRecord.newBuilder().kind(r.kind()).criterion(r.criterion().getOrNull()).date(r.date())
          .depth(r.depth()).finding(finding.getOrNull()).build().get();
    };
    qt().withExamples(150).forAll(histories(), clean, integers().between(0, 1000)).checkAssert((h, extra, days) -> {
      LocalDate asOf = END.plusDays(days);
      Set<String> before = keys(check(h, asOf).needingAction());
      Set<String> after = keys(check(h.append(extra).distinct(), asOf).needingAction());
      assertThat(before).containsAll(after);
    });
  }

  @Test
  void findings_are_the_same_whatever_order_the_records_arrive_in() {
    qt().withExamples(150).forAll(histories(), integers().between(0, 1000)).checkAssert((h, seed) -> {
      LocalDate asOf = END.plusDays(seed);
      java.util.List<ReviewRecord> copy = new java.util.ArrayList<>(h.toJavaList());
      java.util.Collections.shuffle(copy, new java.util.Random(seed));
      List<ReviewRecord> shuffled = List.ofAll(copy);
      assertThat(check(shuffled, asOf)).isEqualTo(check(h, asOf));
      assertThat(check(h, asOf)).isEqualTo(check(h, asOf));
    });
  }
}
