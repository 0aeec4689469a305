package org.lsppm.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.core.partnership.Measurements;
import org.lsppm.core.partnership.Partnership;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.RewardPolicy;
import org.lsppm.core.reward.RewardResult;
import org.lsppm.core.reward.Scenario;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.Format;
import org.lsppm.reports.GrantReports;
import org.lsppm.reports.Provenance;
import org.lsppm.reports.RatingReports;
import org.lsppm.reports.Report;
import org.lsppm.rules.DroolsRatingEngine;
import org.lsppm.rules.DroolsRewardEngine;

/**
 * What each endpoint reads, asks of the library and answers. Every answer is a report of
 * lsp-pm-reports, written in the format the request asks for: its JSON is exactly what the
 * command line's {@code --format json} writes.
 */
final class Endpoints {
  private final Bodies bodies;
  private final LspPmServer.Settings settings;

  Endpoints(LspPmServer.Settings settings) {
    this.settings = settings;
    this.bodies = new Bodies(settings.maxBodyBytes());
  }

  // -- ratings ---------------------------------------------------------------------------------

  /**
   * What a rating request carries: the measurements, the policy, the members some endpoints read
   * besides (a proposed policy, a paper's cover; else null) and the file they came from (for a
   * paper's provenance).
   */
  private record RatingInput(List<Measurement> measurements, RatingPolicy policy, RatingPolicy proposed, Report.Cover cover,
      String source, String sha256) {}

  /** What a rating request may carry besides its measurements and policy, as a JSON member or a form part of that name. */
  private enum Besides {
    /** A proposed rating policy, required. */
    PROPOSED("proposed"),
    /** The committee paper's cover, optional. */
    COVER("cover");

    final String member;

    Besides(String member) {
      this.member = member;
    }
  }

  /**
   * The measurements of a rating request: a CSV or workbook body (the policy is the default), a
   * form with a {@code measurements} file and an optional {@code policy} part (JSON), or a JSON
   * object with a {@code partnership} and an optional {@code policy}.
   */
  private RatingInput ratingInput(Context ctx) throws Refusal, IOException {
    return ratingInput(ctx, null);
  }

  /**
   * As {@link #ratingInput(Context)}, with {@code extra} too when it is not null (a JSON member, or
   * a form part: a CSV or workbook body alone has no room for one).
   */
  private RatingInput ratingInput(Context ctx, Besides extra) throws Refusal, IOException {
    bodies.checkLength(ctx);
    String type = Bodies.mediaType(ctx.contentType());
    boolean proposing = extra == Besides.PROPOSED;
    if (type.equals(Bodies.JSON)) {
      Bodies.JsonBody json = bodies.json(ctx, "an object with partnership and an optional policy");
      ObjectNode o = json.object();
      java.util.List<Refusal.Place> problems = new java.util.ArrayList<>();
      Bodies.onlyMembers(o, extra == null ? Set.of("partnership", "policy") : Set.of("partnership", "policy", extra.member), problems);
      Partnership partnership = Bodies.member(o, "partnership", Partnership.class, true, problems);
      RatingPolicy policy = Bodies.member(o, "policy", RatingPolicy.class, false, problems);
      RatingPolicy proposed = proposing ? Bodies.member(o, "proposed", RatingPolicy.class, true, problems) : null;
      Report.Cover cover = extra == Besides.COVER ? Bodies.member(o, "cover", Report.Cover.class, false, problems) : null;
      if (!problems.isEmpty()) {
        throw Refusal.invalid(List.ofAll(problems));
      }
      return new RatingInput(limited(Measurements.of(partnership).toList()), policy == null ? RatingPolicy.defaults() : policy,
          proposed, cover, "request body (JSON)", sha256(json.bytes()));
    }
    if (proposing && !type.equals(Bodies.MULTIPART)) {
      throw Refusal.unsupportedType("expected " + Bodies.MULTIPART + " (measurements, proposed and an optional policy) or "
          + Bodies.JSON + " (partnership, proposed and an optional policy), got " + (type.isEmpty() ? "no Content-Type" : type));
    }
    boolean form = type.equals(Bodies.MULTIPART);
    RatingPolicy policy = form ? formPolicy(ctx, "policy") : RatingPolicy.defaults();
    RatingPolicy proposed = proposing ? formPolicy(ctx, "proposed") : null;
    if (proposing && proposed == null) {
      throw Refusal.invalid(List.of(Refusal.Place.of("proposed: expected a form part with the proposed rating policy (JSON), got none")));
    }
    Report.Cover cover = form && extra == Besides.COVER ? formJson(ctx, "cover", Report.Cover.class) : null;
    try (Bodies.Upload upload = bodies.upload(ctx, "measurements", "measurements")) {
      Path file = sheet(ctx, upload);
      List<Measurement> measurements;
      try {
        measurements = upload.name.endsWith(".csv") && Files.size(upload.file) <= READ_ONCE_BYTES ? Inputs.measurements(file, false)
            : streamed(file, upload.name);
      } catch (BadInput e) {
        throw Refusal.invalid(upload.places(e));
      }
      if (measurements.size() > settings.maxRows()) {
        throw tooManyRows(upload.name);
      }
      return new RatingInput(measurements, policy == null ? RatingPolicy.defaults() : policy, proposed, cover, upload.name,
          sha256(Files.readAllBytes(upload.file)));
    }
  }

  /**
   * A CSV file up to this size is read once and held (its measurements are few, some 15,000 at
   * most); a larger one, and any workbook (a megabyte of which may hold ten times the rows), is
   * read as the command line streams it, twice and holding only what it must, so that memory
   * stays bounded however large the body, and no more than the row limit is held.
   */
  private static final long READ_ONCE_BYTES = 1L << 20;

  private List<Measurement> streamed(Path file, String name) throws BadInput, Refusal {
    try (Inputs.MeasurementRows rows = Inputs.measurementRows(file, false)) {
      java.util.List<Measurement> read = new java.util.ArrayList<>();
      while (rows.hasNext()) {
        if (read.size() == settings.maxRows()) {
          throw tooManyRows(name);
        }
        read.add(rows.next());
      }
      rows.finish();
      return List.ofAll(read);
    }
  }

  /** The workbook's sheet the {@code sheet} parameter names, else its first. */
  private static Path sheet(Context ctx, Bodies.Upload upload) throws Refusal {
    String sheet = ctx.queryParam("sheet");
    if (sheet == null) {
      return upload.file;
    }
    if (!upload.name.endsWith(".xlsx") || sheet.isBlank() || sheet.contains("!")) {
      throw Refusal.badRequest("sheet: expected the name of a sheet of a workbook body, got \"" + Problem.printable(sheet) + "\""
          + (upload.name.endsWith(".xlsx") ? "" : " with a CSV body"));
    }
    return Path.of(upload.file + "!" + sheet);
  }

  private List<Measurement> limited(List<Measurement> measurements) throws Refusal {
    if (measurements.size() > settings.maxRows()) {
      throw tooManyRows("the partnership");
    }
    return measurements;
  }

  private Refusal tooManyRows(String what) {
    return Refusal.tooLarge("expected at most " + String.format(Locale.UK, "%,d", settings.maxRows()) + " measurements in "
        + what + ", got more (send them in parts, or rate them with the command line, which streams)");
  }

  /** The form's part {@code name}, a rating policy as JSON; null when there is none. */
  private RatingPolicy formPolicy(Context ctx, String name) throws Refusal, IOException {
    return formJson(ctx, name, RatingPolicy.class);
  }

  /**
   * The form's part {@code name} as a {@code type} in JSON; null when there is none. A part is read
   * as the library reads a JSON file, whether or not it was sent as a file: strictly UTF-8, a
   * byte-order mark allowed.
   */
  private <T> T formJson(Context ctx, String name, Class<T> type) throws Refusal, IOException {
    org.eclipse.jetty.http.MultiPart.Part part = bodies.form(ctx).part(name);
    if (part == null) {
      return null;
    }
    Validation<Seq<Problem>, T> v;
    try (java.io.InputStream in = org.eclipse.jetty.io.Content.Source.asInputStream(part.getContentSource())) {
      v = Json.read(in, type);
    }
    if (v.isInvalid()) {
      throw Refusal.invalid(Bodies.places(v.getError(), name));
    }
    return v.get();
  }

  void ratings(Context ctx) throws Refusal, IOException {
    RatingInput in = ratingInput(ctx);
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(in.policy()).rate(in.measurements());
    answer(ctx, RatingReports.ratings(ratings, in.policy()), in, Format.JSON, Format.CSV, Format.XLSX);
  }

  void lightThresholds(Context ctx) throws Refusal, IOException {
    RatingInput in = ratingInput(ctx);
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(in.policy()).rate(in.measurements());
    answer(ctx, RatingReports.needed(ratings, in.policy()), in, Format.JSON, Format.CSV, Format.XLSX);
  }

  /** Every light that a proposed policy would change, and each light counted before and after by theme ({@code rate --compare-policy}). */
  void policyComparisons(Context ctx) throws Refusal, IOException {
    RatingInput in = ratingInput(ctx, Besides.PROPOSED);
    Report report = RatingReports.comparison(org.lsppm.core.rating.PolicyComparison.of(DroolsRatingEngine.forPolicy(in.policy()),
        DroolsRatingEngine.forPolicy(in.proposed()), in.measurements()));
    answer(ctx, report, in, Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  /**
   * Each outturn's quartile and rank in its comparator group ({@code rate --comparators}): a form
   * with {@code measurements} and {@code comparators} files (CSV or workbooks: group, indicator,
   * period, authority, value) and an optional {@code policy}; {@code ?group=} names the group
   * (default: the file's first).
   */
  void comparatorPlacements(Context ctx) throws Refusal, IOException {
    String type = Bodies.mediaType(ctx.contentType());
    if (!type.equals(Bodies.MULTIPART)) {
      throw Refusal.unsupportedType("expected " + Bodies.MULTIPART + " (measurements, comparators and an optional policy), got "
          + (type.isEmpty() ? "no Content-Type" : type));
    }
    Format format = format(ctx, Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
    String group = ctx.queryParam("group");
    RatingInput in = ratingInput(ctx);
    io.vavr.collection.Seq<org.lsppm.core.rating.ComparatorGroup> groups;
    try (Bodies.Upload upload = bodies.upload(ctx, "comparators", "comparators")) {
      try {
        groups = Inputs.comparators(upload.file, group, false);
      } catch (BadInput e) {
        throw Refusal.invalid(upload.places(e));
      }
    }
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(in.policy()).rate(in.measurements());
    write(ctx, RatingReports.placed(ratings, in.policy(), groups, group, !format.isData(), true), format, in.source(), in.sha256());
  }

  /**
   * The summary table of LAA1 outcomes ({@code lsp-pm summary}): an outcomes CSV or workbook body,
   * or JSON with a {@code partnership}; {@code ?rounding=half-up} or {@code largest-remainder}.
   */
  void summaries(Context ctx) throws Refusal, IOException {
    org.lsppm.core.rating.PercentRounding rounding = rounding(ctx.queryParam("rounding"));
    bodies.checkLength(ctx);
    List<org.lsppm.core.rating.OutcomeAssessment> outcomes;
    String source;
    String sha256;
    if (Bodies.mediaType(ctx.contentType()).equals(Bodies.JSON)) {
      Bodies.JsonBody json = bodies.json(ctx, "an object with a partnership");
      java.util.List<Refusal.Place> problems = new java.util.ArrayList<>();
      Bodies.onlyMembers(json.object(), Set.of("partnership"), problems);
      Partnership partnership = Bodies.member(json.object(), "partnership", Partnership.class, true, problems);
      if (!problems.isEmpty()) {
        throw Refusal.invalid(List.ofAll(problems));
      }
      outcomes = partnership.outcomes().toList();
      source = "request body (JSON)";
      sha256 = sha256(json.bytes());
    } else {
      try (Bodies.Upload upload = bodies.upload(ctx, "outcomes", "outcomes")) {
        try {
          outcomes = Inputs.outcomes(sheet(ctx, upload), false);
        } catch (BadInput e) {
          throw Refusal.invalid(upload.places(e));
        }
        source = upload.name;
        sha256 = sha256(Files.readAllBytes(upload.file));
      }
    }
    answer(ctx, RatingReports.summary(outcomes, rounding), source, sha256, Format.JSON, Format.CSV, Format.XLSX, Format.HTML,
        Format.PDF, Format.MARKDOWN);
  }

  private static org.lsppm.core.rating.PercentRounding rounding(String value) throws Refusal {
    if (value == null) {
      return org.lsppm.core.rating.PercentRounding.LARGEST_REMAINDER;
    }
    return switch (value.strip().toLowerCase(Locale.UK)) {
      case "half-up" -> org.lsppm.core.rating.PercentRounding.HALF_UP;
      case "largest-remainder" -> org.lsppm.core.rating.PercentRounding.LARGEST_REMAINDER;
      default -> throw Refusal.badRequest("rounding: expected half-up or largest-remainder, got \"" + Problem.printable(value) + "\"");
    };
  }

  /** The committee paper, for officers or ({@code ?for=members}) members. */
  void committeePaper(Context ctx) throws Refusal, IOException {
    RatingReports.Readers readers = readers(ctx.queryParam("for"));
    Format format = format(ctx, Format.HTML, Format.PDF, Format.XLSX, Format.MARKDOWN, Format.JSON);
    RatingInput in = ratingInput(ctx, Besides.COVER);
    if (in.cover() != null && format.isData()) {
      throw Refusal.invalid(List.of(new Refusal.Place("cover: expected a paper for people (HTML, PDF or Markdown), got a request for "
          + mediaType(format) + " (the cover is for the paper, not for data)", "/cover", null, null, null, null)));
    }
    Seq<IndicatorRating> ratings = DroolsRatingEngine.forPolicy(in.policy()).rate(in.measurements());
    Report paper = RatingReports.committeePaper(ratings, in.policy(), format != Format.TABLE, readers);
    write(ctx, in.cover() == null ? paper : paper.withCover(in.cover()), format, in.source(), in.sha256());
  }

  private static RatingReports.Readers readers(String value) throws Refusal {
    if (value == null) {
      return RatingReports.Readers.OFFICERS;
    }
    return switch (value.strip().toLowerCase(Locale.UK)) {
      case "officers" -> RatingReports.Readers.OFFICERS;
      case "members" -> RatingReports.Readers.MEMBERS;
      default -> throw Refusal.badRequest("for: expected officers or members, got \"" + Problem.printable(value) + "\"");
    };
  }

  // -- the grant -------------------------------------------------------------------------------

  /**
   * A reward request: the agreement, an optional policy and, where one is asked for, a scenario of
   * outturns with the grant it earns; {@code extra} is what the endpoint reads besides.
   */
  private record RewardInput<X>(RewardAgreement agreement, RewardPolicy policy, Scenario scenario, RewardResult grant, X extra,
      byte[] body) {}

  /** What an endpoint reads from a reward request besides its agreement, scenario and policy: its problems join theirs. */
  @FunctionalInterface
  private interface Extra<X> {
    X read(ObjectNode body, java.util.List<Refusal.Place> problems);
  }

  private RewardInput<Void> rewardInput(Context ctx, boolean withScenario) throws Refusal, IOException {
    return rewardInput(ctx, withScenario, Set.of(), (o, problems) -> null);
  }

  /**
   * Reads a reward request, and evaluates its scenario when it has one, refusing it with every
   * problem at once; {@code more} names the members {@code extra} reads.
   */
  private <X> RewardInput<X> rewardInput(Context ctx, boolean withScenario, Set<String> more, Extra<X> extra)
      throws Refusal, IOException {
    Bodies.JsonBody json = bodies.json(ctx, "an object with agreement" + (withScenario ? ", scenario" : "") + " and an optional policy");
    ObjectNode o = json.object();
    byte[] body = json.bytes();
    java.util.List<Refusal.Place> problems = new java.util.ArrayList<>();
    java.util.Set<String> known = new java.util.HashSet<>(more);
    known.addAll(withScenario ? Set.of("agreement", "scenario", "policy") : Set.of("agreement", "policy"));
    Bodies.onlyMembers(o, known, problems);
    RewardAgreement agreement = Bodies.member(o, "agreement", RewardAgreement.class, true, problems);
    Scenario scenario = withScenario ? Bodies.member(o, "scenario", Scenario.class, true, problems) : null;
    RewardPolicy read = Bodies.member(o, "policy", RewardPolicy.class, false, problems);
    RewardPolicy policy = read == null ? RewardPolicy.defaults() : read;
    X extras = extra.read(o, problems);
    RewardResult grant = null;
    if (agreement != null && scenario != null) {
      // The scenario's own problems (a blank name, an unknown measure) are the engine's to find.
      Validation<Seq<Problem>, RewardResult> result = DroolsRewardEngine.forPolicy(policy).evaluate(agreement, scenario);
      if (result.isInvalid()) {
        problems.addAll(Bodies.places(result.getError(), "scenario").asJava());
      } else {
        grant = result.get();
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(List.ofAll(problems));
    }
    return new RewardInput<>(agreement, policy, scenario, grant, extras, body);
  }

  void grants(Context ctx) throws Refusal, IOException {
    RewardInput<Void> in = rewardInput(ctx, true);
    answer(ctx, GrantReports.grant(in.grant(), in.policy()), "request body (JSON)", sha256(in.body()), Format.JSON, Format.CSV, Format.XLSX,
        Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  void triggers(Context ctx) throws Refusal, IOException {
    RewardInput<Void> in = rewardInput(ctx, false);
    Report report = GrantReports.triggers(in.agreement(), DroolsRewardEngine.forPolicy(in.policy()).triggers(in.agreement()), in.policy());
    answer(ctx, report, "request body (JSON)", sha256(in.body()), Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  /** The measure to vary, and from, to and in what steps. */
  private record Vary(org.lsppm.core.reward.TargetId measure, org.lsppm.core.Quantity from, org.lsppm.core.Quantity to,
      org.lsppm.core.Quantity step) {}

  /** The most points a sensitivity series may have here (each is a whole evaluation of the agreement). */
  static final int MAX_POINTS = 2_000;

  /**
   * The grant as one measure's outturn varies with the others as the scenario has them ({@code
   * lsp-pm whatif --vary}): {@code "vary": {"measure": "7", "from": 900, "to": 1200, "step": 10}}.
   */
  void sensitivities(Context ctx) throws Refusal, IOException {
    RewardInput<Vary> in = rewardInput(ctx, true, Set.of("vary"), Endpoints::vary);
    Validation<Seq<Problem>, List<org.lsppm.core.reward.SensitivityPoint>> series = DroolsRewardEngine.forPolicy(in.policy())
        .sensitivity(in.agreement(), in.scenario(), in.extra().measure(), in.extra().from(), in.extra().to(), in.extra().step());
    if (series.isInvalid()) {
      throw Refusal.invalid(Bodies.places(series.getError(), "vary"));
    }
    Report report = GrantReports.whatIf(new GrantReports.WhatIf(List.of(in.grant()), series.get()),
        io.vavr.control.Option.some(in.extra().measure()), in.policy());
    answer(ctx, report, "request body (JSON)", sha256(in.body()), Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF,
        Format.MARKDOWN);
  }

  private static Vary vary(ObjectNode body, java.util.List<Refusal.Place> problems) {
    com.fasterxml.jackson.databind.JsonNode v = body.get("vary");
    if (v == null || !v.isObject()) {
      problems.add(new Refusal.Place("vary: expected an object with measure, from, to and step, got " + (v == null ? "nothing" : v.getNodeType()
          .name().toLowerCase(Locale.ROOT)), "/vary", null, null, null, null));
      return null;
    }
    int before = problems.size();
    Bodies.onlyMembers((ObjectNode) v, "vary", Set.of("measure", "from", "to", "step"), problems);
    String id = v.path("measure").isTextual() ? v.get("measure").asText() : null;
    Validation<Seq<Problem>, org.lsppm.core.reward.TargetId> measure = org.lsppm.core.Checks.at("vary.measure",
        org.lsppm.core.reward.TargetId.of(id));
    org.lsppm.core.Quantity[] bounds = new org.lsppm.core.Quantity[3];
    String[] names = {"from", "to", "step"};
    for (int i = 0; i < 3; i++) {
      com.fasterxml.jackson.databind.JsonNode n = v.get(names[i]);
      Validation<Seq<Problem>, org.lsppm.core.Quantity> q = n != null && n.isNumber() ? org.lsppm.core.Quantity.of(n.decimalValue())
          : org.lsppm.core.Checks.invalid(Problem.of("a number", n == null ? null : n.isTextual() ? n.asText() : n.toString()));
      if (q.isInvalid()) {
        String name = names[i];
        problems.addAll(Bodies.places(q.getError().map(p -> p.at(name)), "vary").asJava());
      } else {
        bounds[i] = q.get();
      }
    }
    if (measure.isInvalid()) {
      problems.addAll(Bodies.places(measure.getError(), "").asJava());
    }
    if (problems.size() > before) {
      return null;
    }
    java.math.BigDecimal points = bounds[2].value().signum() > 0
        ? bounds[1].value().subtract(bounds[0].value()).divideToIntegralValue(bounds[2].value()).add(java.math.BigDecimal.ONE)
        : java.math.BigDecimal.ONE;
    if (points.compareTo(java.math.BigDecimal.valueOf(MAX_POINTS)) > 0) {
      problems.add(new Refusal.Place("vary.step: expected at most " + String.format(Locale.UK, "%,d", MAX_POINTS)
          + " points from from to to, got " + points.toPlainString(), "/vary/step", null, null, null, null));
      return null;
    }
    return new Vary(measure.get(), bounds[0], bounds[1], bounds[2]);
  }

  /** The grant under the request's policy and under {@code proposed}, measure by measure ({@code lsp-pm prg --compare-policy}). */
  void grantComparisons(Context ctx) throws Refusal, IOException {
    RewardInput<RewardPolicy> in = rewardInput(ctx, true, Set.of("proposed"),
        (o, problems) -> Bodies.member(o, "proposed", RewardPolicy.class, true, problems));
    Validation<Seq<Problem>, org.lsppm.core.reward.GrantComparison> c = org.lsppm.core.reward.GrantComparison.of(
        DroolsRewardEngine.forPolicy(in.policy()), DroolsRewardEngine.forPolicy(in.extra()), in.agreement(), in.scenario());
    if (c.isInvalid()) {
      throw Refusal.invalid(Bodies.places(c.getError(), "proposed"));
    }
    answer(ctx, GrantReports.comparison(c.get()), "request body (JSON)", sha256(in.body()), Format.JSON, Format.CSV, Format.XLSX,
        Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  /** The most draws a simulation may ask for here (each is a whole evaluation of the agreement). */
  static final int MAX_DRAWS = 100_000;

  /**
   * The chance of each trigger and the grant to budget from seeded draws of forecast outturns
   * ({@code lsp-pm simulate}): a form with {@code agreement} (JSON), {@code forecasts} (CSV or a
   * workbook) and an optional {@code policy}; {@code ?draws=10000&seed=1&places=}. One request
   * draws on one thread: the server's workers share the processors between requests.
   */
  void simulations(Context ctx) throws Refusal, IOException {
    bodies.checkLength(ctx);
    String type = Bodies.mediaType(ctx.contentType());
    if (!type.equals(Bodies.MULTIPART)) {
      throw Refusal.unsupportedType("expected " + Bodies.MULTIPART + " (agreement, forecasts and an optional policy), got "
          + (type.isEmpty() ? "no Content-Type" : type));
    }
    int draws = (int) whole("draws", ctx.queryParam("draws"), 10_000, 1, MAX_DRAWS);
    long seed = whole("seed", ctx.queryParam("seed"), 1, Long.MIN_VALUE, Long.MAX_VALUE);
    Integer places = ctx.queryParam("places") == null ? null
        : (int) whole("places", ctx.queryParam("places"), 0, 0, org.lsppm.core.Checks.MAX_DECIMAL_PLACES);
    RewardAgreement agreement = formJson(ctx, "agreement", RewardAgreement.class);
    if (agreement == null) {
      throw Refusal.invalid(List.of(Refusal.Place.of("agreement: expected a form part with the reward agreement (JSON), got none")));
    }
    RewardPolicy read = formJson(ctx, "policy", RewardPolicy.class);
    RewardPolicy policy = read == null ? RewardPolicy.defaults() : read;
    io.vavr.collection.Map<org.lsppm.core.reward.TargetId, org.lsppm.core.reward.OutturnForecast> forecasts;
    String source;
    String sha256;
    try (Bodies.Upload upload = bodies.upload(ctx, "forecasts", "forecasts")) {
      try {
        forecasts = Inputs.forecasts(sheet(ctx, upload), agreement, false);
      } catch (BadInput e) {
        throw Refusal.invalid(upload.places(e));
      }
      source = upload.name;
      sha256 = sha256(Files.readAllBytes(upload.file));
    }
    Validation<Seq<Problem>, org.lsppm.core.reward.RewardSimulation> simulation = org.lsppm.core.reward.RewardSimulation.of(
        DroolsRewardEngine.forPolicy(policy), agreement, forecasts);
    if (simulation.isInvalid()) {
      throw Refusal.invalid(Bodies.places(simulation.getError(), "forecasts"));
    }
    org.lsppm.core.reward.RewardSimulation.Result r = (places == null ? simulation.get() : simulation.get().withPlaces(places))
        .run(draws, seed, 1);
    answer(ctx, GrantReports.simulation(agreement, r, policy, io.vavr.control.Option.of(places)), source, sha256, Format.JSON,
        Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  /** A query parameter's whole number from {@code min} to {@code max}; {@code absent} when not given. */
  private static long whole(String name, String text, long absent, long min, long max) throws Refusal {
    if (text == null) {
      return absent;
    }
    Validation<Seq<Problem>, Long> v = org.lsppm.io.Values.whole(text, min, max);
    if (v.isInvalid()) {
      throw Refusal.badRequest(v.getError().head().messageAt(name));
    }
    return v.get();
  }

  // -- reviews ---------------------------------------------------------------------------------

  /** A review request: the partnership, its review position on {@code asOf}, and the calendar's months ahead. */
  private record ReviewInput(Partnership partnership, org.lsppm.core.review.ReviewReport position, int months, String sha256) {}

  private ReviewInput reviewInput(Context ctx, boolean withMonths) throws Refusal, IOException {
    Bodies.JsonBody json = bodies.json(ctx, "an object with partnership, asOf and an optional policy");
    ObjectNode o = json.object();
    byte[] body = json.bytes();
    java.util.List<Refusal.Place> problems = new java.util.ArrayList<>();
    Bodies.onlyMembers(o, withMonths ? Set.of("partnership", "asOf", "policy", "months") : Set.of("partnership", "asOf", "policy"),
        problems);
    Partnership partnership = Bodies.member(o, "partnership", Partnership.class, true, problems);
    ReviewPolicy read = Bodies.member(o, "policy", ReviewPolicy.class, false, problems);
    com.fasterxml.jackson.databind.JsonNode asOfNode = o.get("asOf");
    Validation<Seq<Problem>, java.time.LocalDate> asOf = asOfNode != null && asOfNode.isTextual()
        ? org.lsppm.io.Values.date(asOfNode.asText())
        : org.lsppm.core.Checks.invalid(Problem.of("a date such as 2004-03-17", asOfNode == null ? null : asOfNode.toString()));
    if (asOf.isInvalid()) {
      problems.addAll(Bodies.places(asOf.getError(), "asOf").asJava());
    }
    int months = 12;
    com.fasterxml.jackson.databind.JsonNode monthsNode = o.get("months");
    if (withMonths && monthsNode != null) {
      if (monthsNode.canConvertToInt() && monthsNode.isIntegralNumber() && monthsNode.intValue() >= 1
          && monthsNode.intValue() <= org.lsppm.reports.ReviewReports.MAX_MONTHS) {
        months = monthsNode.intValue();
      } else {
        problems.add(new Refusal.Place("months: expected a whole number of months from 1 to " + org.lsppm.reports.ReviewReports.MAX_MONTHS
            + ", got " + monthsNode, "/months", null, null, null, null));
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(List.ofAll(problems));
    }
    Validation<Seq<Problem>, org.lsppm.core.review.ReviewReport> position = org.lsppm.rules.DroolsReviewEngine
        .forPolicy(read == null ? ReviewPolicy.defaults() : read).check(partnership, asOf.get());
    if (position.isInvalid()) {
      throw Refusal.invalid(Bodies.places(position.getError(), "partnership"));
    }
    return new ReviewInput(partnership, position.get(), months, sha256(body));
  }

  /** Where every required review stands on {@code asOf}, and the calendar ahead ({@code lsp-pm reviews}). */
  void reviews(Context ctx) throws Refusal, IOException {
    ReviewInput in = reviewInput(ctx, true);
    answer(ctx, org.lsppm.reports.ReviewReports.reviews(in.partnership(), in.position(), in.months()), "request body (JSON)", in.sha256(),
        Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  /** The plan's findings on {@code asOf} ({@code lsp-pm plan-check}). */
  void planChecks(Context ctx) throws Refusal, IOException {
    ReviewInput in = reviewInput(ctx, false);
    answer(ctx, org.lsppm.reports.ReviewReports.plan(in.partnership(), in.position()), "request body (JSON)", in.sha256(),
        Format.JSON, Format.CSV, Format.XLSX, Format.HTML, Format.PDF, Format.MARKDOWN);
  }

  // -- policies --------------------------------------------------------------------------------

  void defaultPolicy(Context ctx) throws Refusal, IOException {
    String kind = ctx.pathParam("kind");
    Object policy = switch (kind) {
      case "rating" -> RatingPolicy.defaults();
      case "reward" -> RewardPolicy.defaults();
      case "review" -> ReviewPolicy.defaults();
      default -> throw new Refusal(404, "not-found", "No such resource",
          "kind: expected rating, reward or review, got \"" + Problem.printable(kind) + "\"", List.empty());
    };
    LspPmServer.json(ctx, 200, Json.write(policy));
  }

  // -- answers ---------------------------------------------------------------------------------

  private void answer(Context ctx, Report report, RatingInput in, Format... formats) throws Refusal, IOException {
    answer(ctx, report, in.source(), in.sha256(), formats);
  }

  private void answer(Context ctx, Report report, String source, String sha256, Format... formats) throws Refusal, IOException {
    write(ctx, report, format(ctx, formats), source, sha256);
  }

  /** The report in {@code format}; one for people names its input, {@code source}, and the input's SHA-256. */
  private void write(Context ctx, Report report, Format format, String source, String sha256) throws Refusal, IOException {
    Report.Section table = table(ctx, report, format);
    Provenance provenance = Provenance.of(settings.clock().instant(), settings.version());
    if (!format.isData()) {
      provenance = provenance.withInput(source, sha256);
    }
    // Written whole before anything is sent: a report that fails halfway answers a problem, not half a file.
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    format.render(report, table, provenance, out);
    if (format == Format.PDF || format == Format.XLSX) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(report) + "." + format.name().toLowerCase(Locale.ROOT) + "\"");
    }
    LspPmServer.send(ctx, 200, mediaType(format), out.toByteArray());
  }

  /** The table {@code ?table=} names (CSV writes one), else the report's main one. */
  private static Report.Section table(Context ctx, Report report, Format format) throws Refusal {
    String name = ctx.queryParam("table");
    if (name == null) {
      return report.primarySection();
    }
    return report.sections().find(s -> s.name().equals(name)).getOrElseThrow(() -> Refusal.badRequest("table: expected one of "
        + report.sections().map(Report.Section::name).mkString(", ") + ", got \"" + Problem.printable(name) + "\""));
  }

  private static String fileName(Report report) {
    String name = report.heading().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return name.isEmpty() ? "lsp-pm" : name.length() > 60 ? name.substring(0, 60) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static String mediaType(Format format) {
    return switch (format) {
      case JSON -> "application/json";
      case CSV -> "text/csv; charset=utf-8";
      case XLSX -> Bodies.XLSX;
      case HTML -> "text/html; charset=utf-8";
      case PDF -> "application/pdf";
      case MARKDOWN -> "text/markdown; charset=utf-8";
      case TABLE -> "text/plain; charset=utf-8";
    };
  }

  /**
   * The format the request asks for, of those the endpoint writes (the first is its default):
   * {@code ?format=} when given, else the first acceptable type of {@code Accept}.
   */
  static Format format(Context ctx, Format... offered) throws Refusal {
    String asked = ctx.queryParam("format");
    List<Format> formats = List.of(offered);
    if (asked != null) {
      return formats.find(f -> f.name().equalsIgnoreCase(asked.strip())).getOrElseThrow(() -> Refusal.badRequest(
          "format: expected one of " + formats.map(f -> f.name().toLowerCase(Locale.ROOT)).mkString(", ") + ", got \""
              + Problem.printable(asked) + "\""));
    }
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return formats.head();
    }
    List<String> ranges = List.of(accept.split(",")).map(Bodies::mediaType).filter(r -> !r.isEmpty());
    for (String range : ranges) {
      if (range.equals("*/*") || range.equals("application/*") && formats.head() == Format.JSON) {
        return formats.head();
      }
      for (Format f : formats) {
        if (Bodies.mediaType(mediaType(f)).equals(range)) {
          return f;
        }
      }
    }
    throw Refusal.notAcceptable("Accept: expected one of " + formats.map(f -> Bodies.mediaType(mediaType(f))).mkString(", ")
        + " (or ?format=" + formats.map(f -> f.name().toLowerCase(Locale.ROOT)).mkString("|") + "), got " + Problem.printable(accept));
  }
}
