package org.lsppm.consumer;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lsppm.core.Json;
import org.lsppm.core.Money;
import org.lsppm.core.Problem;
import org.lsppm.core.partnership.Measurements;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.rating.PartnershipRating;
import org.lsppm.core.rating.TrafficLight;
import org.lsppm.core.review.ReviewReport;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.Format;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Provenance;
import org.lsppm.reports.RatingReports;
import org.lsppm.reports.Report;
import org.lsppm.reports.ReviewReports;
import org.lsppm.rules.DroolsRatingEngine;
import org.lsppm.rules.DroolsReviewEngine;
import org.lsppm.rules.DroolsRewardEngine;

/**
 * Rates the bundled Kensington and Chelsea partnership, evaluates the LPSA agreement's current
 * scenario and checks the partnership's reviews, as a council's system would; reads an analyst's
 * workbook of measurements, rates it and writes the committee paper as HTML and PDF and the
 * ratings as a workbook, then reads those back; exits 1 when any figure differs from what the
 * lsp-pm command line prints for the same files.
 */
public final class Main {
  private static int failures;

  private Main() {}

  public static void main(String[] args) throws IOException, BadInput {
    Path data = Path.of(args[0]);
    String where = args[1];
    System.out.println("lsp-pm consumer on the " + where + ": module " + Main.class.getModule().getName());

    Partnership kcp = orExit(Json.read(Files.readString(data.resolve("sample-partnership.json")), Partnership.class));
    DroolsRatingEngine rating = DroolsRatingEngine.withDefaults();
    Seq<IndicatorRating> lights = rating.rate(Measurements.of(kcp));
    lights.forEach(r -> System.out.println("  " + r.explanation()));
    check("ratings", lights.size(), 12);
    check("NI 39 2008/09", lights.find(r -> r.measurement().indicator().code().value().equals("NI 39")
        && r.light().contains(TrafficLight.RED)).map(r -> r.rule().value()).getOrElse("none"), "MissedBeyondTolerance");
    PartnershipRating overall = rating.rate(kcp);
    System.out.println("  overall: " + overall.overall() + " by " + overall.overallRule().value());

    RewardAgreement lpsa = orExit(Json.read(Files.readString(data.resolve("lpsa-agreement.json")), RewardAgreement.class));
    Scenario current = Scenario.named("current")
        .outturn("1", "16.1").outturn("2", "13.2").awaiting("3i").awaiting("3ii")
        .outturn("4", "8.9").interim("4", "9.6").outturn("5", "41.5").outturn("6", "23.1")
        .outturn("7", "1010").interim("7", "960").outturn("8", "151").outturn("9", "27.0")
        .outturn("10i", "66").outturn("10ii", "349").outturn("11", "58.7").outturn("12", "22.9");
    RewardResult reward = orExit(DroolsRewardEngine.withDefaults().evaluate(lpsa, current));
    System.out.println("  reward grant earned: " + reward.totalPayable() + " of a pot of " + reward.pot());
    check("reward earned", reward.totalPayable(), Money.parse("990915.97").get());

    ReviewReport reviews = orExit(DroolsReviewEngine.withDefaults().check(kcp, LocalDate.of(2009, 3, 31)));
    System.out.println("  reviews needing action on 2009-03-31: " + reviews.needingAction().size());
    check("reviews needing action", reviews.needingAction().size(), 10);
    // The review position and the grant as the council's own reports, in Markdown, from the results above.
    String position = markdown(ReviewReports.reviews(kcp, reviews, 12));
    check("the review report's title", position.contains("# Kensington and Chelsea Partnership: review position on 31 March 2009"), true);
    String whatIf = markdown(GrantReports.whatIf(new GrantReports.WhatIf(io.vavr.collection.List.of(reward), io.vavr.collection.List.empty()),
        io.vavr.control.Option.none(), org.lsppm.core.reward.RewardPolicy.defaults()));
    check("the what-if's total", whatIf.contains("| **total** |  | **£990,915.97** |"), true);

    // An analyst's workbook in, the committee paper and a workbook of ratings out.
    Seq<Measurement> sheet = Inputs.measurements(data.resolve("committee-measurements.xlsx"), false);
    Seq<IndicatorRating> rated = rating.rate(sheet);
    check("ratings of the workbook", rated.size(), 22);
    RatingPolicy policy = RatingPolicy.defaults();
    // The system that makes the paper names itself; the time is handed in, never read by lsp-pm.
    Provenance provenance = new Provenance(java.time.Instant.parse("2026-12-02T09:30:00Z"), "the lsp-pm consumer test",
        io.vavr.collection.List.empty());
    Path out = Files.createDirectories(Path.of("target", where.replace(' ', '-')));
    Report paper = RatingReports.committeePaper(rated, policy, true);
    write(Format.HTML, paper, provenance, out.resolve("committee.html"));
    write(Format.PDF, paper, provenance, out.resolve("committee.pdf"));
    write(Format.XLSX, RatingReports.ratings(rated, policy), provenance, out.resolve("ratings.xlsx"));
    String html = Files.readString(out.resolve("committee.html"));
    check("the paper's exceptions", html.contains("Exceptions for the periods ending 31 March 2009: Red and Amber (5)"), true);
    check("the paper's commentary", html.contains("Admissions rose for the third year"), true);
    check("the paper's provenance", html.contains("Generated 2 December 2026 at 09:30 GMT by the lsp-pm consumer test."), true);
    byte[] pdf = Files.readAllBytes(out.resolve("committee.pdf"));
    check("a PDF", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII), "%PDF-");
    try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(out.resolve("ratings.xlsx").toFile())) {
      String strings = new String(book.getInputStream(book.getEntry("xl/sharedStrings.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      check("the workbook's rules", strings.contains("MissedBeyondTolerance"), true);
    }
    System.out.println("  committee paper and ratings workbook written to " + out);

    if (failures > 0) {
      System.out.println("FAILED on the " + where + ": " + failures + " difference(s)");
      System.exit(1);
    }
    System.out.println("OK on the " + where);
  }

  private static String markdown(Report report) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Format.MARKDOWN.render(report, Provenance.of(java.time.Instant.parse("2026-12-02T09:30:00Z"), "0.1.0"), bytes);
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void write(Format format, Report report, Provenance provenance, Path file) throws IOException {
    try (java.io.OutputStream stream = Files.newOutputStream(file)) {
      format.render(report, provenance, stream);
    }
  }

  private static <T> T orExit(Validation<Seq<Problem>, T> v) {
    if (v.isInvalid()) {
      v.getError().forEach(p -> System.out.println("  problem: " + p.message()));
      System.exit(1);
    }
    return v.get();
  }

  private static void check(String what, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      failures++;
      System.out.println("  MISMATCH " + what + ": expected " + expected + ", got " + actual);
    }
  }
}
