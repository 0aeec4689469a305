package org.lsppm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsppm.core.Json;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.review.ReviewPolicy;
import org.lsppm.core.reward.RewardPolicy;

/** Every endpoint over real HTTP on loopback, each format, each JSON answer checked against its published schema. */
class EndpointsTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static byte[] data(String name) throws IOException {
    return Files.readAllBytes(Http.DATA.resolve(name));
  }

  @Test
  void healthVersionAndTheLogLineOfEachRequest() throws InterruptedException {
    Http.Answer health = http.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json()).isEqualTo(Http.MAPPER.createObjectNode().put("status", "UP"));
    assertThat(http.get("/version").json().get("version").asText()).isEqualTo("9.9.9-test");
    assertThat(http.log).anyMatch(l -> l.matches("lsp-pm 9\\.9\\.9-test listening on http://127\\.0\\.0\\.1:\\d+/ \\(ready in \\d+ ms, its rule units loaded\\)"));
    http.awaitLog("GET /health 200 \\d+\\.\\d ms 15 bytes");
  }

  @Test
  void theContractCarriesThePublishedSchemasUnchanged() throws IOException {
    JsonNode doc = http.get("/openapi.json").json();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.get("info").get("version").asText()).isEqualTo("9.9.9-test");
    // Every published schema is in it: every JSON answer of the command line has its endpoint.
    try (Stream<java.nio.file.Path> files = Files.list(Http.SCHEMAS)) {
      assertThat(files.map(f -> f.getFileName().toString().replace(".schema.json", "")))
          .containsExactlyInAnyOrderElementsOf(OpenApi.SCHEMAS);
    }
    for (String name : OpenApi.SCHEMAS) {
      assertThat(doc.get("components").get("schemas").get(name)).as(name)
          .isEqualTo(Http.MAPPER.readTree(Http.SCHEMAS.resolve(name + ".schema.json").toFile()));
    }
    // Every reference in the document points at something in it.
    java.util.List<String> refs = new java.util.ArrayList<>();
    doc.findValues("$ref").forEach(r -> refs.add(r.asText()));
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      if (ref.startsWith("#/components/")) {
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      }
    }
    // Every path the server answers is in the contract, and every path in the contract is answered.
    assertThat(iterable(doc.get("paths").fieldNames())).containsExactlyInAnyOrder("/", "/health", "/version", "/openapi.json",
        "/v1/policies/defaults/{kind}", "/v1/examples/grant", "/v1/ratings", "/v1/light-thresholds", "/v1/policy-comparisons",
        "/v1/comparator-placements", "/v1/summaries", "/v1/grants", "/v1/triggers",
        "/v1/sensitivities", "/v1/simulations", "/v1/grant-comparisons", "/v1/reviews", "/v1/plan-checks", "/v1/reports/committee-paper");
  }

  private static java.util.List<String> iterable(java.util.Iterator<String> it) {
    java.util.List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void defaultPoliciesAreTheLibrarysOwn() {
    assertThat(http.get("/v1/policies/defaults/rating").text()).isEqualTo(Json.write(RatingPolicy.defaults()));
    assertThat(http.get("/v1/policies/defaults/reward").text()).isEqualTo(Json.write(RewardPolicy.defaults()));
    assertThat(http.get("/v1/policies/defaults/review").text()).isEqualTo(Json.write(ReviewPolicy.defaults()));
    http.problem(http.get("/v1/policies/defaults/other"), 404);
  }

  @Test
  void ratingsOfACsvBodyAreTheSchemasJsonWithTheirRules() throws IOException {
    Http.Answer a = http.post("/v1/ratings", "text/csv", data("committee-measurements.csv"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.type()).isEqualTo("application/json");
    assertThat(Http.schema("rate").validate(a.json())).isEmpty();
    assertThat(a.json()).hasSize(22);
    JsonNode first = a.json().get(0);
    assertThat(first.get("measurement").get("indicator").get("code").asText()).isEqualTo("NI 16");
    assertThat(first.get("light").asText()).isEqualTo("AMBER");
    assertThat(first.get("rule").asText()).isEqualTo("MissedWithinTolerance");
  }

  @Test
  void aWorkbookBodyAndAFormRateAsTheCsvDoes() throws IOException {
    Http.Answer csv = http.post("/v1/ratings", "text/csv", data("committee-measurements.csv"));
    Http.Answer book = http.post("/v1/ratings", Bodies.XLSX, data("committee-measurements.xlsx"));
    assertThat(book.status()).as(book.text()).isEqualTo(200);
    // The workbook has no previous column (each previous outturn is found in the sheet), so the
    // decisions are compared: every light, rule and trend the same.
    assertThat(decisions(book.json())).hasSize(22).isEqualTo(decisions(csv.json()));
    Http.Answer sheet = http.post("/v1/ratings?sheet=Measurements", Bodies.XLSX, data("committee-measurements.xlsx"));
    assertThat(sheet.json()).isEqualTo(book.json());
    http.problem(http.post("/v1/ratings?sheet=Nope", Bodies.XLSX, data("committee-measurements.xlsx")), 422);

    // A form: the measurements file and a policy that counts every miss as Red.
    String policy = Json.write(RatingPolicy.defaults()).replaceAll("\"(tolerance|vitalSignTolerance)\" : [0-9.]+", "\"$1\" : 0");
    Form form = new Form().file("measurements", "committee-measurements.csv", "text/csv", data("committee-measurements.csv"))
        .file("policy", "policy.json", "application/json", policy.getBytes(StandardCharsets.UTF_8));
    Http.Answer strict = http.post("/v1/ratings", form.contentType(), form.bytes());
    assertThat(strict.status()).as(strict.text()).isEqualTo(200);
    assertThat(strict.json().get(0).get("light").asText()).isEqualTo("RED");
    Form plain = new Form().file("measurements", "m.csv", "application/octet-stream", data("committee-measurements.csv"));
    assertThat(http.post("/v1/ratings", plain.contentType(), plain.bytes()).json()).isEqualTo(csv.json());
  }

  /** Each rating's indicator, period, light, rule and trend. */
  private static java.util.List<String> decisions(JsonNode ratings) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (JsonNode r : ratings) {
      JsonNode m = r.get("measurement");
      out.add(m.get("indicator").get("code").asText() + " " + m.get("outturn").get("period") + " " + r.get("light") + " " + r.get("rule")
          + " " + r.get("trend").path("trend"));
    }
    return out;
  }

  @Test
  void aPartnershipInJsonIsRatedAsTheCommandLineRatesIt() throws IOException {
    ObjectNode body = Http.MAPPER.createObjectNode();
    body.set("partnership", Http.MAPPER.readTree(Http.DATA.resolve("sample-partnership.json").toFile()));
    Http.Answer a = http.post("/v1/ratings", "application/json", Json.write(body));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("rate").validate(a.json())).isEmpty();
    assertThat(a.json().size()).isPositive();
  }

  @Test
  void csvByQueryOrAcceptForPowerQueryAndSpreadsheets() throws IOException {
    byte[] body = data("committee-measurements.csv");
    Http.Answer byQuery = http.post("/v1/ratings?format=csv", "text/csv", body);
    Http.Answer byAccept = http.post("/v1/ratings", "text/csv", body, "Accept", "text/csv");
    assertThat(byQuery.type()).isEqualToIgnoringWhitespace("text/csv;charset=utf-8");
    assertThat(byAccept.text()).isEqualTo(byQuery.text());
    String[] lines = byQuery.text().split("\r?\n");
    assertThat(lines).hasSize(23);
    assertThat(lines[0]).startsWith("indicator,");
    assertThat(lines[1]).startsWith("NI 16,").contains("AMBER").contains("MissedWithinTolerance");
    Http.Answer book = http.post("/v1/ratings", "text/csv", body, "Accept", Bodies.XLSX);
    assertThat(book.status()).isEqualTo(200);
    assertThat(book.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=").endsWith(".xlsx\"");
    assertThat(new String(book.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    http.problem(http.post("/v1/ratings", "text/csv", body, "Accept", "image/png"), 406);
    http.problem(http.post("/v1/ratings?format=pdf", "text/csv", body), 400);
  }

  @Test
  void lightThresholdsAreTheSchemasJson() throws IOException {
    Http.Answer a = http.post("/v1/light-thresholds", "text/csv", data("committee-measurements.csv"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("needed").validate(a.json())).isEmpty();
    assertThat(a.json().size()).isPositive();
  }

  /** The bundled agreement with the outturns of the scenarios file's "current", as the demo's grant uses them. */
  static String grantRequest() throws IOException {
    ObjectNode body = Http.MAPPER.createObjectNode();
    body.set("agreement", Http.MAPPER.readTree(Http.DATA.resolve("lpsa-agreement.json").toFile()));
    ObjectNode scenario = body.putObject("scenario").put("name", "current");
    ObjectNode outturns = scenario.putObject("outturns");
    ObjectNode interims = scenario.putObject("interims");
    try (Stream<String> lines = Files.lines(Http.DATA.resolve("lpsa-scenarios.csv"))) {
      lines.skip(1).map(l -> l.split(",", -1)).filter(c -> c[0].equals("current")).forEach(c -> {
        if (!c[2].isEmpty()) {
          outturns.put(c[1], new BigDecimal(c[2]));
        }
        if (!c[3].isEmpty()) {
          interims.put(c[1], new BigDecimal(c[3]));
        }
      });
    }
    return Json.write(body);
  }

  @Test
  void theGrantIsTheDemosToThePenny() throws IOException {
    Http.Answer a = http.post("/v1/grants", "application/json", grantRequest());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("prg").validate(a.json())).isEmpty();
    BigDecimal earned = BigDecimal.ZERO;
    for (JsonNode m : a.json().get("measures")) {
      if (m.hasNonNull("payable")) {
        earned = earned.add(m.get("payable").decimalValue());
      }
    }
    // lsp-pm prg on the same files: "£990,915.97 of the £2,756,000.00 pot is earned".
    assertThat(earned).isEqualByComparingTo("990915.97");

    Http.Answer schedule = http.post("/v1/grants?format=csv&table=schedule", "application/json", grantRequest());
    assertThat(schedule.text()).startsWith("year,target,measure,kind,capital,revenue,total");
    http.problem(http.post("/v1/grants?format=csv&table=nope", "application/json", grantRequest()), 400);
    Http.Answer page = http.post("/v1/grants", "application/json", grantRequest(), "Accept", "text/html");
    assertThat(page.type()).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
    assertThat(page.text()).contains("£990,915.97").contains("Generated 27 November 2026 at 09:30 GMT by lsp-pm 9.9.9-test");
  }

  @Test
  void triggersAreTheSchemasJson() throws IOException {
    ObjectNode body = Http.MAPPER.createObjectNode();
    body.set("agreement", Http.MAPPER.readTree(Http.DATA.resolve("lpsa-agreement.json").toFile()));
    Http.Answer a = http.post("/v1/triggers", "application/json", Json.write(body));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("triggers").validate(a.json())).isEmpty();
    assertThat(a.json()).hasSize(14);
  }

  @Test
  void aSensitivitySeriesShowsTheThresholdStep() throws IOException {
    ObjectNode body = (ObjectNode) Http.MAPPER.readTree(grantRequest());
    body.putObject("vary").put("measure", "2").put("from", new BigDecimal("11")).put("to", new BigDecimal("15"))
        .put("step", new BigDecimal("0.5"));
    Http.Answer a = http.post("/v1/sensitivities", "application/json", Json.write(body));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("whatif").validate(a.json())).isEmpty();
    java.util.List<String> steps = new java.util.ArrayList<>();
    a.json().get("sensitivity").forEach(p -> steps.add(p.get("outturn").decimalValue().stripTrailingZeros().toPlainString() + " "
        + p.get("decision").asText()));
    // Vehicle crime: lower is better, W 14.5, T 12, so it pays from 13 and in full from 12.
    assertThat(steps).containsExactly("11 IN_FULL", "11.5 IN_FULL", "12 IN_FULL", "12.5 SHARE", "13 SHARE", "13.5 NOTHING",
        "14 NOTHING", "14.5 NOTHING", "15 NOTHING");
    body.putObject("vary").put("measure", "2").put("from", 0).put("to", 1_000).put("step", new BigDecimal("0.01"));
    JsonNode tooMany = http.problem(http.post("/v1/sensitivities", "application/json", Json.write(body)), 422);
    assertThat(tooMany.get("problems").get(0).get("pointer").asText()).isEqualTo("/vary/step");
  }

  @Test
  void aProposedRatingPolicyListsTheLightsItWouldChange() throws IOException {
    String proposed = "{\"id\": \"proposed-15\", \"tolerance\": 0.15, \"vitalSignTolerance\": 0.1}";
    Form form = new Form().file("measurements", "measurements.csv", "text/csv", data("measurements.csv"))
        .file("proposed", "proposed.json", "application/json", proposed.getBytes(StandardCharsets.UTF_8));
    Http.Answer a = http.post("/v1/policy-comparisons", form.contentType(), form.bytes());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("rate-compare-policy").validate(a.json())).isEmpty();
    // As lsp-pm rate --compare-policy writes it for the same files.
    assertThat(http.post("/v1/policy-comparisons?format=csv", form.contentType(), form.bytes()).text())
        .isEqualTo("indicator,title,period,outturn,current_light,current_rule,current_allowance,proposed_light,"
            + "proposed_rule,proposed_allowance,change\r\n"
            + "NI 39,Alcohol-harm related hospital admission rates,2008-04-01/2009-03-31,1502,RED,MissedBeyondTolerance,133,AMBER,"
            + "MissedWithinTolerance,199.5,better\r\n");
    http.problem(http.post("/v1/policy-comparisons", "text/csv", data("measurements.csv")), 415);
    Form withoutProposal = new Form().file("measurements", "measurements.csv", "text/csv", data("measurements.csv"));
    http.problem(http.post("/v1/policy-comparisons", withoutProposal.contentType(), withoutProposal.bytes()), 422);
  }

  @Test
  void eachOutturnIsPlacedInItsComparatorGroup() throws IOException {
    Form form = new Form().file("measurements", "measurements.csv", "text/csv", data("measurements.csv"))
        .file("comparators", "comparators.csv", "text/csv", data("comparators.csv"));
    Http.Answer a = http.post("/v1/comparator-placements", form.contentType(), form.bytes());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("rate-comparators").validate(a.json())).isEmpty();
    // As lsp-pm rate --comparators writes NI 16's place for the same files.
    assertThat(http.post("/v1/comparator-placements?format=csv", form.contentType(), form.bytes()).text())
        .contains(",AMBER,MissedWithinTolerance,IMPROVING,23.1,,0.05,0.9,1.075,,2,4,7,1 tied; 1 without a value,\"NI 16 2008/09 is Amber");
    assertThat(http.post("/v1/comparator-placements?group=Nope", form.contentType(), form.bytes()).status()).isEqualTo(422);
    http.problem(http.post("/v1/comparator-placements", "text/csv", data("measurements.csv")), 415);
  }

  @Test
  void theSummaryTableOfOutcomesRoundsAsAsked() throws IOException {
    Http.Answer a = http.post("/v1/summaries", "text/csv", data("kcp-2009-laa1-outcomes.csv"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("summary").validate(a.json())).isEmpty();
    // lsp-pm summary: "Confidence 11 (53%) 7 (33%) 3 (14%)", and 11 (52%) rounding each half up.
    String markdown = http.post("/v1/summaries", "text/csv", data("kcp-2009-laa1-outcomes.csv"), "Accept", "text/markdown").text();
    assertThat(markdown).containsPattern("Confidence \\| 11 \\(53%\\) \\| 7 \\(33%\\) \\| 3 \\(14%\\)");
    assertThat(http.post("/v1/summaries?rounding=half-up", "text/csv", data("kcp-2009-laa1-outcomes.csv"), "Accept", "text/markdown")
        .text()).containsPattern("Confidence \\| 11 \\(52%\\)");
    http.problem(http.post("/v1/summaries?rounding=down", "text/csv", data("kcp-2009-laa1-outcomes.csv")), 400);
  }

  @Test
  void aSimulationOnOneThreadGivesTheCommandLinesFiguresForTheSameSeed() throws IOException {
    Form form = new Form().file("agreement", "lpsa-agreement.json", "application/json", data("lpsa-agreement.json"))
        .file("forecasts", "lpsa-forecasts.csv", "text/csv", data("lpsa-forecasts.csv"));
    Http.Answer a = http.post("/v1/simulations?draws=10000&seed=1", form.contentType(), form.bytes());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("simulate").validate(a.json())).isEmpty();
    // lsp-pm simulate --draws 10000 --seed 1 (on every processor): "expected grant (mean) £1,223,457.57".
    assertThat(a.json().get("expected").decimalValue()).isEqualByComparingTo("1223457.57");
    assertThat(a.json().get("p5").decimalValue()).isEqualByComparingTo("826846.48");
    http.problem(http.post("/v1/simulations?draws=100001", form.contentType(), form.bytes()), 400);
    http.problem(http.post("/v1/simulations", "application/json", "{}"), 415);
    Form withoutAgreement = new Form().file("forecasts", "lpsa-forecasts.csv", "text/csv", data("lpsa-forecasts.csv"));
    http.problem(http.post("/v1/simulations", withoutAgreement.contentType(), withoutAgreement.bytes()), 422);
  }

  @Test
  void aProposedRewardPolicyIsComparedMeasureByMeasure() throws IOException {
    ObjectNode body = (ObjectNode) Http.MAPPER.readTree(grantRequest());
    body.set("proposed", Http.MAPPER.readTree(Http.DATA.resolve("proposed-reward-policy.json").toFile()));
    Http.Answer a = http.post("/v1/grant-comparisons", "application/json", Json.write(body));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(Http.schema("prg-compare-policy").validate(a.json())).isEmpty();
    Http.Answer csv = http.post("/v1/grant-comparisons?format=csv", "application/json", Json.write(body));
    assertThat(csv.text()).startsWith("target,measure,title,outturn,current_payable,current_rule,proposed_payable,proposed_rule,difference");
    body.remove("proposed");
    JsonNode missing = http.problem(http.post("/v1/grant-comparisons", "application/json", Json.write(body)), 422);
    assertThat(missing.get("problems").get(0).get("pointer").asText()).isEqualTo("/proposed");
  }

  @Test
  void reviewsAndPlanChecksAsOfADate() throws IOException {
    ObjectNode body = Http.MAPPER.createObjectNode();
    body.set("partnership", Http.MAPPER.readTree(Http.DATA.resolve("sample-partnership.json").toFile()));
    body.put("asOf", "2004-06-01");
    Http.Answer reviews = http.post("/v1/reviews", "application/json", Json.write(body));
    assertThat(reviews.status()).as(reviews.text()).isEqualTo(200);
    assertThat(Http.schema("reviews").validate(reviews.json())).isEmpty();
    // As lsp-pm reviews --format markdown says it: "Weak criterion re-review: Inclusive | Overdue | ...".
    assertThat(http.post("/v1/reviews?format=csv", "application/json", Json.write(body)).text())
        .contains("Weak criterion re-review: Inclusive,OVERDUE,2002-01-31,2003-01-31,ReviewOverdue");
    Http.Answer plan = http.post("/v1/plan-checks", "application/json", Json.write(body));
    assertThat(plan.status()).as(plan.text()).isEqualTo(200);
    assertThat(Http.schema("plan-check").validate(plan.json())).isEmpty();
    body.put("asOf", "1 June 2004").put("months", 0);
    JsonNode refused = http.problem(http.post("/v1/reviews", "application/json", Json.write(body)), 422);
    assertThat(refused.get("problems").findValuesAsText("pointer")).containsExactly("/asOf", "/months");
    http.problem(http.post("/v1/plan-checks", "application/json", "{\"asOf\": \"2004-06-01\", \"months\": 3}"), 422);
  }

  @Test
  void theExplorersExampleIsARequestTheGrantTakes() {
    Http.Answer example = http.get("/v1/examples/grant");
    assertThat(http.post("/v1/grants", "application/json", example.bytes()).status()).isEqualTo(200);
    Http.Answer page = http.get("/");
    assertThat(page.type()).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'none'; script-src 'sha256-");
  }

  @Test
  void theCommitteePaperAsAPageAPdfAndAWorkbook() throws IOException {
    byte[] body = data("committee-measurements.csv");
    Http.Answer html = http.post("/v1/reports/committee-paper", "text/csv", body);
    assertThat(html.status()).as(html.text()).isEqualTo(200);
    assertThat(html.type()).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
    assertThat(html.text()).contains("<!DOCTYPE html>").contains("Exceptions").contains("All ratings")
        .contains("measurements.csv");
    Http.Answer members = http.post("/v1/reports/committee-paper?for=members", "text/csv", body);
    assertThat(members.text()).contains("Exceptions").doesNotContain("All ratings");
    http.problem(http.post("/v1/reports/committee-paper?for=everyone", "text/csv", body), 400);

    Http.Answer pdf = http.post("/v1/reports/committee-paper", "text/csv", body, "Accept", "application/pdf");
    assertThat(pdf.type()).isEqualTo("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("Exceptions").contains("NI 39");
    }
    Http.Answer book = http.post("/v1/reports/committee-paper?format=xlsx", "text/csv", body);
    assertThat(book.type()).isEqualTo(Bodies.XLSX);
    assertThat(new String(book.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  @Test
  void theCommitteePaperTakesACoverAsTheCommandLinesDetailsFile() throws IOException {
    Form form = new Form().file("measurements", "committee-measurements.csv", "text/csv", data("committee-measurements.csv"))
        .file("cover", "committee-details.json", "application/json", data("committee-details.json"));
    Http.Answer html = http.post("/v1/reports/committee-paper", form.contentType(), form.bytes());
    assertThat(html.status()).as(html.text()).isEqualTo(200);
    // The cover of lsp-pm rate --details committee-details.json: the body, the board, the meeting in UK words, the decision.
    assertThat(html.text()).contains("Kensington and Chelsea Partnership", "Partnership Board", "15 July 2009", "FOR INFORMATION",
        "Performance indicators: progress report");
    Http.Answer pdf = http.post("/v1/reports/committee-paper?for=members", form.contentType(), form.bytes(), "Accept", "application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Partnership Board", "15 July 2009");
    }

    ObjectNode json = Http.MAPPER.createObjectNode();
    json.set("partnership", Http.MAPPER.readTree(Http.DATA.resolve("sample-partnership.json").toFile()));
    json.set("cover", Http.MAPPER.readTree(Http.DATA.resolve("committee-details.json").toFile()));
    Http.Answer markdown = http.post("/v1/reports/committee-paper?format=markdown", "application/json", Json.write(json));
    assertThat(markdown.status()).as(markdown.text()).isEqualTo(200);
    assertThat(markdown.text()).contains("Partnership Board", "15 July 2009");

    JsonNode data = http.problem(http.post("/v1/reports/committee-paper?format=json", "application/json", Json.write(json)), 422);
    assertThat(data.at("/problems/0/detail").asText())
        .isEqualTo("cover: expected a paper for people (HTML, PDF or Markdown), got a request for application/json (the cover is for "
            + "the paper, not for data)");
    assertThat(data.at("/problems/0/pointer").asText()).isEqualTo("/cover");
    ((ObjectNode) json.get("cover")).put("meetingDate", "15/07/2009").put("committee", " ").put("venue", "Town Hall");
    JsonNode bad = http.problem(http.post("/v1/reports/committee-paper", "application/json", Json.write(json)), 422);
    assertThat(bad.get("problems").findValuesAsText("pointer")).containsExactly("/cover/meetingDate", "/cover/venue");
  }

  /** A multipart/form-data body, as a browser's form or curl -F sends it. */
  static final class Form {
    private final String boundary = "lsp-pm-test-boundary-" + Long.toHexString(System.nanoTime());
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    Form file(String name, String filename, String type, byte[] content) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
          + "Content-Type: " + type + "\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
      return this;
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }
  }
}
