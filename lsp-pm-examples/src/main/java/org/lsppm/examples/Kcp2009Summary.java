package org.lsppm.examples;

import io.vavr.collection.List;
import java.io.PrintStream;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PercentRounding;
import org.lsppm.core.rating.SummaryDimension;
import org.lsppm.core.rating.SummaryRow;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.TextTable;

/**
 * The Kensington and Chelsea LAA progress report of 15 July 2009 summarised 21 LAA1 outcomes as
 * Progress 14 (67%), 5 (24%), 2 (9%), 0; Problems 12 (57%), 7 (34%), 2 (9%), 0; Confidence
 * 11 (52%), 7 (34%), 3 (14%), 0. This example rebuilds the table from 21 outcomes with those
 * counts ({@code kcp-2009-laa1-outcomes.csv}; the outcome titles are placeholders, the paper's
 * appendix is not in the source papers) under each rounding policy, and says which printed
 * percentages each policy reproduces.
 */
public final class Kcp2009Summary {
  /** The percentages the paper printed, Green, Amber, Red per dimension. */
  static final List<List<Integer>> PRINTED = List.of(List.of(67, 24, 9), List.of(57, 34, 9), List.of(52, 34, 14));
  private static final List<TrafficLight> RATED = List.of(TrafficLight.GREEN, TrafficLight.AMBER, TrafficLight.RED);

  private Kcp2009Summary() {}

  /** Prints the comparison. */
  public static void main(String[] args) throws BadInput {
    print(System.out, outcomes());
  }

  static List<OutcomeAssessment> outcomes() throws BadInput {
    return Inputs.outcomes(BundledData.file("kcp-2009-laa1-outcomes.csv"), false);
  }

  static void print(PrintStream out, List<OutcomeAssessment> outcomes) {
    out.println("Kensington and Chelsea Partnership, LAA1 outcomes, July 2009: " + outcomes.size() + " outcomes");
    TextTable table = new TextTable("dimension", "counts G/A/R/P", "printed %", "half-up %", "matches", "largest remainder %", "matches");
    for (SummaryDimension d : SummaryDimension.values()) {
      SummaryRow halfUp = SummaryRow.of(d, outcomes.map(d::lightOf), PercentRounding.HALF_UP);
      SummaryRow largest = SummaryRow.of(d, outcomes.map(d::lightOf), PercentRounding.LARGEST_REMAINDER);
      List<Integer> printed = PRINTED.get(d.ordinal());
      table.row(d.label(), List.of(TrafficLight.values()).map(halfUp::count).mkString("/"), printed.mkString("/"),
          percents(halfUp).mkString("/"), matches(printed, percents(halfUp)), percents(largest).mkString("/"),
          matches(printed, percents(largest)));
    }
    table.printTo(out, "  ");
    out.println();
    out.println("  Progress: largest remainder reproduces 67/24/9; half up gives 10% for Red (2 of 21 is 9.52%).");
    out.println("  Problems: 57% matches both policies; 34% and 9% match neither (7 of 21 is 33.33%, and both");
    out.println("  policies give 2 of 21 10%).");
    out.println("  Confidence: 14% matches both, 52% only half up (largest remainder gives 53%), 34% neither.");
    out.println("  No single policy reproduces the printed table; the counts are reproduced exactly.");
  }

  private static List<Integer> percents(SummaryRow row) {
    return RATED.map(l -> row.percent(l).get());
  }

  private static String matches(List<Integer> printed, List<Integer> computed) {
    return List.range(0, 3).map(i -> printed.get(i).equals(computed.get(i)) ? "yes" : "no").mkString("/");
  }
}
