package org.lsppm.examples;

import io.vavr.collection.List;
import java.io.PrintStream;
import org.lsppm.core.Checks;
import org.lsppm.core.Money;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.plan.ImprovementPlan;
import org.lsppm.core.plan.ImprovementPlanItem;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.RatingEngine;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.rules.DroolsRatingEngine;

/**
 * Halton Strategic Partnership's 2005 overall assessment, "Amber Green": "a clear evidence trail
 * existed showing that activities and interventions across most of the LSP have been successful
 * in delivery and there are clear actions to address the rest" (report of 15 March 2006). The
 * paper gives the band, not the outcomes; this example uses eight illustrative outcomes in
 * Halton's themes, six Green and two not, each of the two with an improvement action, and shows
 * what would move the partnership to Green, and what would drop it to Amber/Red.
 */
public final class Halton2006Rating {
  private Halton2006Rating() {}

  /** Prints the rating and the what-ifs. */
  public static void main(String[] args) {
    print(System.out, DroolsRatingEngine.withDefaults());
  }

  static List<OutcomeAssessment> outcomes() {
    return List.of(
        outcome("H1", "Reduce worklessness in the most deprived neighbourhoods", "Employment, Learning and Skills", TrafficLight.GREEN),
        outcome("H2", "Raise attainment at Key Stage 4", "Children and Young People", TrafficLight.GREEN),
        outcome("H3", "Reduce overall crime", "Safer Halton", TrafficLight.GREEN),
        outcome("H4", "Reduce mortality from circulatory diseases", "Healthy Halton", TrafficLight.AMBER),
        outcome("H5", "Improve the quality of the local environment", "Urban Renewal", TrafficLight.GREEN),
        outcome("H6", "Increase the supply of decent homes", "Urban Renewal", TrafficLight.GREEN),
        outcome("H7", "Reduce adult smoking", "Healthy Halton", TrafficLight.RED),
        outcome("H8", "Narrow the gap in employment rates for deprived wards", "Employment, Learning and Skills", TrafficLight.GREEN));
  }

  static List<ImprovementPlanItem> actions() {
    return List.of(
        Checks.orThrow(ImprovementPlanItem.newBuilder().theme("Healthy Halton")
            .action("Extend the cardiac rehabilitation programme to deprived wards")
            .completionDate(java.time.LocalDate.of(2007, 3, 31)).keyContact("Director of Public Health")
            .supportNeeded("Primary Care Trust funding").supportProvision("NRF grant").outcomes(List.of("H4"))
            .build()),
        Checks.orThrow(ImprovementPlanItem.newBuilder().theme("Healthy Halton")
            .action("Commission stop-smoking services in neighbourhood centres")
            .completionDate(java.time.LocalDate.of(2007, 3, 31)).keyContact("Director of Public Health")
            .supportNeeded("Neighbourhood venues").supportProvision("Partners' premises")
            .outcomes(List.of("H7")).build()));
  }

  static Partnership partnership(List<OutcomeAssessment> outcomes, List<ImprovementPlanItem> plan) {
    return Checks.orThrow(Partnership.newBuilder().name("Halton Strategic Partnership")
        .area("Halton")
        .nrfAllocation(Money.ofPounds(9_000_000))
        .outcomes(outcomes)
        .improvementPlan(ImprovementPlan.of(plan))
        .build());
  }

  static void print(PrintStream out, RatingEngine engine) {
    PartnershipRating now = engine.rate(partnership(outcomes(), actions()));
    out.println("Halton Strategic Partnership, 2005 assessment: " + label(now));
    out.println();
    out.println("What would change it:");
    List<OutcomeAssessment> allGreen = outcomes().map(o -> o.progress() == TrafficLight.GREEN ? o
        : Checks.orThrow(OutcomeAssessment.newBuilder().outcome(o.outcome().value()).title(o.title().value())
            .theme(o.theme().get().value()).progress(TrafficLight.GREEN).problems(o.problems())
            .confidence(o.confidence()).build()));
    out.println("  H4 and H7 delivered (Green):             " + label(engine.rate(partnership(allGreen, actions()))));
    out.println("  no improvement action for H7:            " + label(engine.rate(partnership(outcomes(), actions().take(1)))));
    List<OutcomeAssessment> slipped = outcomes().map(o -> o.outcome().value().equals("H2") || o.outcome().value().equals("H3")
       
            ? Checks.orThrow(OutcomeAssessment.newBuilder().outcome(o.outcome().value())
                .title(o.title().value()).theme(o.theme().get().value()).progress(TrafficLight.AMBER)
                .problems(o.problems()).confidence(o.confidence()).build()) : o);
    out.println("  H2 and H3 slip to Amber (4 of 8 Green):  " + label(engine.rate(partnership(slipped, actions()))));
  }

  private static String label(PartnershipRating r) {
    return r.overall().map(o -> o.label()).getOrElse("none") + " (" + r.overallRule() + ", " + r.greenOutcomes() + " of "
        + r.assessedOutcomes() + " Green" + (r.notGreenWithoutAction().isEmpty() ? "" : ", no action for "
        + r.notGreenWithoutAction().mkString(", ")) + "; reporting " + r.reporting() + ")";
  }

  private static OutcomeAssessment outcome(String id, String title, String theme, TrafficLight progress) {
    return Checks.orThrow(OutcomeAssessment.newBuilder().outcome(id).title(title).theme(theme)
        .progress(progress).problems(TrafficLight.GREEN).confidence(progress).build());
  }
}
