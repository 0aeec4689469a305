package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand run end to end on the shipped example files. */
class CommandLineTest {

  @Test
  void rate_prints_each_light_with_its_rule() {
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("NI 16 +Serious acquisitive crime rate +2008/09 +target 21.5 +22.4 +Amber +MissedWithinTolerance +\u2191 Improving")
        .containsPattern("NI 39 .* Red +MissedBeyondTolerance +\u2193 Declining")
        .containsPattern("NI 75 .* awaited +Purple +AwaitedIsPurple")
        .containsPattern("LOC 4 .* target 90..95 +96.5 +Amber")
        .containsPattern("NI 8 .* data only +NoTargetIsDataOnly")
        .containsPattern("NI 17 .* 21.5 +Amber +MissedWithinTolerance")
        .contains("Rating policy lsp-pm-default: a 10% tolerance (5% for vital signs)");
    assertThat(Cli.run("rate", "--measurements", data("measurements.csv"), "--format", "markdown").out())
        .contains("NI 17 2008/09 is Amber: 21.5 against a target of at most 20, missed by 1.5, "
            + "within the 15% tolerance (3). Policy lsp-pm-default.")
        .contains("LOC 4 2008/09 is Amber: 96.5 against a target range of 90 to 95, outside it by 1.5");
  }

  @Test
  void rate_reads_a_partnership_json_and_a_policy() throws Exception {
    Cli r = Cli.run("rate", "--partnership", data("sample-partnership.json"), "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("indicator,title,period,basis,target,target_lower,target_upper,outturn,light,rule,trend,"
            + "previous,previous_period,tolerance,shortfall,allowance,commentary,explanation\r\n")
        .contains("NI 16,Serious acquisitive crime rate,2008-04-01/2009-03-31,TARGET,21.5,,,22.4,AMBER,MissedWithinTolerance,"
            + "IMPROVING,23.1,,0.05,0.9,1.075,,\"NI 16 2008/09 is Amber")
        .contains("NI 39,Alcohol-harm related hospital admission rates,2007-04-01/2008-03-31,NONE,,,,1450,,NoTargetIsDataOnly,,,,,,,,");
  }

  @Test
  void needed_shows_where_each_light_changes_beside_the_outturn() {
    Cli r = Cli.run("needed", "--measurements", data("measurements.csv"));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("NI 16 .* 2008/09 +22.4 +Amber +at most 21.5 +0.9 +at most 22.575 +0 +5%")
        .containsPattern("NI 39 .* 1502 +Red +at most 1330 +172 +at most 1463 +39 +10%")
        .containsPattern("NI 154 .* 329 +Amber +at least 350 +21 +at least 315 +0 +10%")
        .containsPattern("NI 75 .* awaited +Purple +at least 62 +at least 55.8 +10%")
        .containsPattern("LOC 4 .* 96.5 +Amber +from 90 to 95 +1.5 +from 81 to 104.5 +0")
        .contains("1 data-only outturn (no target) not listed.")
        .doesNotContain("NI 8 ");
  }

  @Test
  void needed_under_a_policy_with_the_improving_variant_reaches_past_the_tolerance(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path policy = dir.resolve("havering.json");
    java.nio.file.Files.writeString(policy, "{\"id\": \"havering\", \"offTargetTrend\": \"IMPROVING_IS_AMBER\"}");

    Cli r = Cli.run("needed", "--measurements", data("measurements.csv"), "--policy", policy.toString(), "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("indicator,title,period,outturn,light,green_from,green_from_inclusive,green_to,green_to_inclusive,"
            + "distance_to_green,not_red_from,not_red_from_inclusive,not_red_to,not_red_to_inclusive,distance_to_not_red,tolerance\r\n")
        .contains("NI 16,Serious acquisitive crime rate,2008-04-01/2009-03-31,22.4,AMBER,,,21.5,true,0.9,,,23.1,false,0,0.05");
    assertThat(Cli.run("needed", "--measurements", data("measurements.csv"), "--policy", policy.toString()).out())
        .containsPattern("NI 16 .* 2008/09 +22.4 +Amber +at most 21.5 +0.9 +below 23.1 +0 +5%");
  }

  @Test
  void rate_compares_a_proposed_policy_listing_the_lights_that_change_and_counting_each_by_theme(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path proposed = dir.resolve("proposed.json");
    java.nio.file.Files.writeString(proposed, "{\"id\": \"proposed-15\", \"tolerance\": 0.15, \"vitalSignTolerance\": 0.1}");

    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--compare-policy", proposed.toString(), "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("indicator,title,period,outturn,current_light,current_rule,current_allowance,proposed_light,"
        + "proposed_rule,proposed_allowance,change\r\n"
        + "NI 39,Alcohol-harm related hospital admission rates,2008-04-01/2009-03-31,1502,RED,MissedBeyondTolerance,133,AMBER,"
        + "MissedWithinTolerance,199.5,better\r\n");
    Cli themes = Cli.run("rate", "--measurements", data("measurements.csv"), "--compare-policy", proposed.toString(), "--format", "csv",
        "--table", "themes");
    assertThat(themes.out()).startsWith("theme,green_current,green_proposed,amber_current,amber_proposed,red_current,red_proposed,"
            + "purple_current,purple_proposed\r\n")
        .contains("Health and Social Care,0,0,0,1,1,0,0,0\r\n").contains("All themes,2,2,5,6,1,0,1,1\r\n");
    assertThat(Cli.run("rate", "--measurements", data("measurements.csv"), "--compare-policy", proposed.toString(), "--format",
        "markdown").out()).contains("| theme | Green current | Green proposed |", "Lights that change from lsp-pm-default to "
            + "proposed-15, every period rated (1; 9 unchanged)", "(proposed), every period counted (9 lights)",
        // Counts on the right, as in every format for people; the total in bold.
        "| theme | Green current | Green proposed | Amber current | Amber proposed | Red current | Red proposed | Purple current "
            + "| Purple proposed |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
        "| **All themes** | **2** | **2** | **5** | **6** | **1** | **0** | **1** | **1** |\n");
  }

  @Test
  void prg_compares_a_proposed_reward_policy_measure_by_measure(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path proposed = dir.resolve("threshold-50.json");
    java.nio.file.Files.writeString(proposed, "{\"id\": \"threshold-50\", \"threshold\": 0.5}");

    Cli r = Cli.run("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"),
        "--scenario", "pessimistic", "--compare-policy", proposed.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("4 +4 +Cleaner streets.* +9.9 +£0.00 +BelowThresholdPaysNothing +£120,575.00 "
            + "+FromThresholdPaysShareAchieved +£120,575.00")
        .containsPattern("total +£323,447.22 +£731,105.55 +£407,658.33");
  }

  @Test
  void rate_places_each_outturn_in_its_comparator_groups_quartiles() {
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--comparators", data("comparators.csv"), "--format", "csv");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("allowance,commentary,quartile,rank,of,comparators,explanation")
        .contains(",AMBER,MissedWithinTolerance,IMPROVING,23.1,,0.05,0.9,1.075,,2,4,7,1 tied; 1 without a value,\"NI 16 2008/09 is Amber")
        .contains(",RED,MissedBeyondTolerance,DECLINING,1450,,0.1,172,133,,3,5,8,,\"NI 39")
        .contains(",AMBER,MissedWithinTolerance,,,,0.1,1.5,9.5,,,,,a within-range indicator has no better direction,\"LOC 4")
        .contains(",AMBER,MissedWithinTolerance,,,,0.15,1.5,3,,,,,no comparator values,\"NI 17");
    Cli cipfa = Cli.run("rate", "--measurements", data("measurements.csv"), "--comparators", data("comparators.csv"),
        "--comparator-group", "Statistical neighbours (CIPFA)");
    assertThat(cipfa.out()).containsPattern("NI 16 .* 2008/09 .* Improving +2 +3 +5")
        .contains("Comparator group Statistical neighbours (CIPFA): quartile 1 is the best whichever way is better");
  }

  @Test
  void rate_refuses_comparators_with_a_policy_comparison() {
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--comparators", data("comparators.csv"),
        "--compare-policy", data("comparators.csv"));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--comparators: expected on its own, got it with --compare-policy");
  }

  @Test
  @org.junit.jupiter.api.Tag("slow") // three 2,000-draw runs: left out of mutation runs
  void simulate_reports_each_triggers_chance_and_the_grant_to_budget_the_same_for_the_same_seed() {
    String[] args = {"simulate", "--agreement", data("lpsa-agreement.json"), "--forecasts", data("lpsa-forecasts.csv"),
        "--draws", "2000", "--seed", "42", "--format", "csv"};
    Cli r = Cli.run(args);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("target,measure,title,without_agreement,with_stretch,forecast_kind,low,likely,high,mean,sd,value,"
            + "chance_of_threshold,chance_of_full,expected_payable\r\n")
        .contains("\r\n10,10i,\"Per 1,000 population aged 65 and over\",60,70,fixed,,,,,,66,1,0,68900.00\r\n")
        .contains("\r\n4,4,Cleaner streets: land with unacceptable litter (%),12,8,normal,,,,9.033,0.075,,1,0,");
    String[] agreement = java.util.Arrays.copyOf(args, args.length + 2);
    agreement[args.length] = "--table";
    agreement[args.length + 1] = "agreement";
    assertThat(Cli.run(agreement).out()).startsWith("statistic,value\r\npot,2756000.00\r\n")
        .contains("\r\ndraws,2000\r\n", "\r\nseed,42\r\n", "\r\nearns_nothing,0\r\n");
    assertThat(Cli.run(args).out()).isEqualTo(r.out());
    args[8] = "43";
    assertThat(Cli.run(args).out()).isNotEqualTo(r.out());
  }

  @Test
  @org.junit.jupiter.api.Tag("slow") // 10,000 draws: left out of mutation runs; the simulation's own tests cover it there
  void simulate_reproduces_the_readmes_worked_example() {
    Cli r = Cli.run("simulate", "--agreement", data("lpsa-agreement.json"), "--forecasts", data("lpsa-forecasts.csv"),
        "--draws", "10000", "--seed", "1");

    assertThat(r.out()).containsPattern("expected grant \\(mean\\) +£1,223,457.57")
        .containsPattern("5th percentile +£826,846.48").containsPattern("95th percentile +£1,614,894.62")
        .containsPattern("1 +1 +Reduce domestic burglary .* +range 15.4 to 17.6, most likely 16.1 +46.54% +0% ");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"table", "csv", "json", "markdown", "html", "pdf", "xlsx"})
  @org.junit.jupiter.api.Tag("slow") // every subcommand in seven formats: left out of mutation runs
  void every_subcommand_writes_every_format(String format, @TempDir Path dir) throws Exception {
    String partnership = data("sample-partnership.json");
    java.util.List<java.util.List<String>> commands = java.util.List.of(
        java.util.List.of("rate", "--measurements", data("committee-measurements.csv")),
        java.util.List.of("rate", "--partnership", partnership),
        java.util.List.of("rate", "--measurements", data("measurements.csv"), "--comparators", data("comparators.csv")),
        java.util.List.of("rate", "--measurements", data("measurements.csv"), "--compare-policy", data("proposed-policy.json")),
        java.util.List.of("needed", "--measurements", data("measurements.csv")),
        java.util.List.of("summary", "--outcomes", data("kcp-2009-laa1-outcomes.csv")),
        java.util.List.of("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv")),
        java.util.List.of("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"),
            "--compare-policy", data("proposed-reward-policy.json")),
        java.util.List.of("triggers", "--agreement", data("lpsa-agreement.json")),
        java.util.List.of("simulate", "--agreement", data("lpsa-agreement.json"), "--forecasts", data("lpsa-forecasts.csv"),
            "--draws", "300"),
        java.util.List.of("whatif", "--agreement", data("lpsa-agreement.json"), "--scenarios", data("lpsa-scenarios.csv"),
            "--vary", "1", "--from", "16", "--to", "17", "--step", "0.5"),
        java.util.List.of("reviews", "--partnership", partnership, "--as-of", "2004-06-01"),
        java.util.List.of("plan-check", "--partnership", partnership, "--as-of", "2004-06-01"));
    int n = 0;
    for (java.util.List<String> command : commands) {
      java.util.List<String> args = new java.util.ArrayList<>(command);
      Path file = dir.resolve("out" + n++ + "." + format);
      args.addAll(java.util.List.of("--format", format, "--output", file.toString()));
      Cli r = Cli.run(args.toArray(String[]::new));

      assertThat(r.exit()).as(command + " " + r.err()).isZero();
      assertThat(r.err()).isEmpty();
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      switch (format) {
        case "json" -> assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).size())
            .as(command.toString()).isPositive();
        case "csv" -> assertThat(org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords())
            .as(command.toString()).hasSizeGreaterThan(1);
        case "html" -> assertThat(Jsoup.parse(text).select("table")).as(command.toString()).isNotEmpty();
        case "markdown" -> assertThat(text).as(command.toString()).contains("|---");
        case "pdf" -> {
          try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).as(command.toString()).contains("Generated ");
          }
        }
        case "xlsx" -> {
          try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            assertThat(book.getSheets().count()).as(command.toString()).isPositive();
          }
        }
        default -> assertThat(text).as(command.toString()).contains("Generated ");
      }
    }
  }

  @Test
  void summary_reproduces_the_kcp_2009_counts_under_each_rounding_policy() {
    Cli largest = Cli.run("summary", "--outcomes", data("kcp-2009-laa1-outcomes.csv"));
    Cli halfUp = Cli.run("summary", "--outcomes", data("kcp-2009-laa1-outcomes.csv"), "--rounding", "half-up");

    assertThat(largest.out()).containsPattern("Progress +14 \\(67%\\) +5 \\(24%\\) +2 \\(9%\\) +0")
        .containsPattern("Problems +12 \\(57%\\) +7 \\(33%\\) +2 \\(10%\\) +0")
        .containsPattern("Confidence +11 \\(53%\\) +7 \\(33%\\) +3 \\(14%\\) +0");
    assertThat(halfUp.out()).containsPattern("Progress +14 \\(67%\\) +5 \\(24%\\) +2 \\(10%\\)")
        .containsPattern("Confidence +11 \\(52%\\) +7 \\(33%\\) +3 \\(14%\\)");
  }

  @Test
  void prg_forecasts_the_grant_with_its_schedule() {
    Cli r = Cli.run("prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"),
        "--scenario", "pessimistic");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("scenario pessimistic").containsPattern("earned +£323,447.22")
        .containsPattern("2008/09 +4 +4 +Recovery +-£22,966.67 +-£22,966.66 +-£45,933.33");
  }

  @Test
  void triggers_lists_the_60_and_100_per_cent_outturns() {
    Cli r = Cli.run("triggers", "--agreement", data("lpsa-agreement.json"), "--format", "json");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"threshold\" : 16.28,", "\"full\" : 15\n");
    assertThat(Cli.run("triggers", "--agreement", data("lpsa-agreement.json"), "--format", "csv").out())
        .startsWith("measure,title,without_agreement,with_stretch,potential,threshold_trigger,full_trigger\r\n"
            + "1,\"Reduce domestic burglary (per 1,000 households)\",18.2,15,229666.67,16.28,15\r\n");
    // People read the policy's own threshold in the header, and a key to the letters the table uses.
    String table = Cli.run("triggers", "--agreement", data("lpsa-agreement.json")).out();
    assertThat(table).containsPattern("potential +60% trigger +100% trigger")
        .contains("W: the outturn expected without the agreement; T: the stretch target.").doesNotContain("A: ", "p: ");
  }

  @Test
  void whatif_compares_scenarios_and_shows_the_threshold_step() {
    Cli r = Cli.run("whatif", "--agreement", data("lpsa-agreement.json"), "--scenarios", data("lpsa-scenarios.csv"),
        "--vary", "1", "--from", "16.2", "--to", "16.6", "--step", "0.4");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("total +£990,915.97 +£323,447.22 +£2,234,082.51")
        .containsPattern("16.2 +£143,541.67 +£983,738.89 +Share").containsPattern("16.6 +£0.00 +£840,197.22 +Nothing");
  }

  @Test
  void reviews_report_findings_and_exit_1_only_when_asked_to_fail_on_them() {
    Cli r = Cli.run("reviews", "--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01", "--format", "markdown");
    Cli failing = Cli.run("reviews", "--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01", "--fail-on-findings");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("| Weak criterion re-review: Inclusive | Overdue | 31 January 2002 | 31 January 2003 | ReviewOverdue |");
    assertThat(failing.exit()).isEqualTo(1);
  }

  @Test
  void plan_check_names_each_missing_part() {
    Cli r = Cli.run("plan-check", "--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Findings (7)").containsPattern("improvement plan item 2 \\(criterion Inclusive\\) +no support needed recorded");
  }

  @Test
  void policy_prints_each_default_policy_as_json() {
    assertThat(Cli.run("policy").out()).contains("\"tolerance\" : 0.1");
    assertThat(Cli.run("policy", "--kind", "reward").out()).contains("\"threshold\" : 0.6");
    assertThat(Cli.run("policy", "--kind", "review").out()).contains("\"criterionFullReviewMonths\" : 36");
  }

  @Test
  void help_lists_every_option_with_its_default() {
    assertThat(Cli.run("--help").out()).contains("rate", "summary", "prg", "triggers", "whatif", "reviews", "plan-check", "policy");
    assertThat(Cli.run("--help").out().replaceAll("\\s+", " ")).contains("sheets of Excel workbooks (book.xlsx, or 'book.xlsx!Sheet')",
        "docs/formats-and-examples.md");
    assertThat(Cli.run("summary", "--help").out().replaceAll("\\s+", " ")).contains("--rounding=POLICY", "Default: largest-remainder", "--format=FORMAT",
        "Default: table", "--output=FILE", "--quiet");
    assertThat(Cli.run("reviews", "--help").out().replaceAll("\\s+", " ")).contains("--months=N", "Default: 12", "--fail-on-findings");
  }

  @Test
  void the_html_report_is_one_page_whose_lights_carry_colour_word_and_explanation(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("ratings.html");
    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--format", "html", "--output", html.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("script, link[rel=stylesheet], img")).isEmpty();
    assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.select("section > h2").eachText()).containsExactly("Key", "Lights by theme for the periods ending 31 March 2009 (9 ratings)",
        "Exceptions for the periods ending 31 March 2009: Red and Amber (6)", "Indicators, latest period (9)", "All ratings (10)");
    Element ratings = page.select("table.ratings").first();
    assertThat(ratings.select("thead th").eachText()).contains("indicator", "light", "rule");
    assertThat(ratings.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
    assertThat(ratings.select("tbody tr")).allMatch(tr -> tr.child(0).tagName().equals("th") && tr.child(0).attr("scope").equals("row"));
    Element amber = ratings.select("td.light-amber").first();
    assertThat(amber.text()).isEqualTo("Amber");
    assertThat(amber.attr("title")).startsWith("NI 16 2008/09 is Amber: 22.4 against a target of at most 21.5");
    assertThat(page.select("style").html()).contains(".light-amber{background:#ffb300;color:#000}", "@page{size:A4 landscape");
    assertThat(ratings.select("td.light-red").first().text()).isEqualTo("Red");
    assertThat(ratings.select("td.light-purple").first().text()).isEqualTo("Purple");
    assertThat(ratings.select("td.num").eachText()).contains("22.4", "1502 (p)", "96.5");
    // A period inside an explanation never breaks at its slash.
    assertThat(ratings.select("td:matches(^NI 16 2008/09 is Amber) span.nowrap").eachText()).containsExactly("2008/09");
    Element exceptions = page.select("table.exceptions").first();
    assertThat(exceptions.select("tbody tr").eachText()).first().asString().startsWith("NI 39 Alcohol-harm");
    assertThat(page.select("footer p").eachText()).anyMatch(p -> p.startsWith("Rating policy lsp-pm-default: a 10% tolerance") && p.matches(".*\\(SHA-256 [0-9a-f]{64}\\)"))
        .anyMatch(p -> p.matches("Input measurements.csv: SHA-256 [0-9a-f]{64}\\."))
        .contains("Generated 27 November 2026 at 09:30 GMT by lsp-pm " + LspPm.Version.number() + ".");
  }


  @Test
  void the_grant_opens_with_what_is_earned_of_the_pot_and_keys_its_notation_and_decisions(@TempDir Path dir) throws Exception {
    String[] prg = {"prg", "--agreement", data("lpsa-agreement.json"), "--outturns", data("lpsa-scenarios.csv"), "--scenario", "current"};
    Cli table = Cli.run(prg);
    Path html = dir.resolve("grant.html");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(prg));
    args.addAll(java.util.List.of("--format", "html", "--output", html.toString()));
    Cli page = Cli.run(args.toArray(String[]::new));

    assertThat(table.exit()).as(table.err()).isZero();
    String headline = "Under scenario current, £990,915.97 of the £2,756,000.00 pot is earned (35.9549%). £229,666.67 more is "
        + "undetermined until 2 awaited outturns are in.";
    // The headline comes before the measures, and says what the totals table says.
    assertThat(table.out().indexOf(headline)).isPositive().isLessThan(table.out().indexOf("Measures"));
    assertThat(table.out()).containsPattern("earned +£990,915.97").containsPattern("still undetermined \\(awaited outturns\\) +£229,666.67")
        .contains("  p: (A - W) / (T - W), the share of the stretch achieved.");
    assertThat(page.exit()).as(page.err()).isZero();
    Document doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select("section.headline p").text()).isEqualTo(headline);
    assertThat(doc.select("section.key dt.light-purple").text()).isEqualTo("Pending");
    assertThat(doc.select("footer p").eachText()).noneMatch(p -> p.startsWith("W: "));
  }

  @Test
  void the_members_paper_leaves_out_the_table_of_every_rating_and_its_rules(@TempDir Path dir) throws Exception {
    Path members = dir.resolve("members.html");
    Path officers = dir.resolve("officers.html");
    Cli forMembers = Cli.run("rate", "--measurements", data("committee-measurements.csv"), "--for", "members", "--format", "html",
        "--output", members.toString());
    Cli forOfficers = Cli.run("rate", "--measurements", data("committee-measurements.csv"), "--format", "html", "--output",
        officers.toString());
    Cli wrong = Cli.run("rate", "--measurements", data("committee-measurements.csv"), "--for", "councillors", "--format", "csv");

    assertThat(forMembers.exit()).as(forMembers.err()).isZero();
    assertThat(forOfficers.exit()).as(forOfficers.err()).isZero();
    Document paper = Jsoup.parse(Files.readString(members));
    assertThat(paper.select("section > h2").eachText()).containsExactly("Key",
        "Lights by theme for the periods ending 31 March 2009 (8 ratings)",
        "Exceptions for the periods ending 31 March 2009: Red and Amber (5)", "Indicators, latest period (8)");
    assertThat(paper.text()).doesNotContain("MissedBeyondTolerance").contains("Admissions rose for the third year");
    assertThat(Jsoup.parse(Files.readString(officers)).select("table.ratings tbody tr")).hasSize(22);
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).isEqualTo("--for: expected officers or members, got \"councillors\"\n");
  }

  @Test
  void a_cover_with_an_escape_sequence_or_a_blank_title_is_refused_with_every_problem(@TempDir Path dir) throws Exception {
    Path details = Files.writeString(dir.resolve("d.json"), "{\"body\":\"\\u001b[31mRed\",\"title\":\"  \"}");

    Cli r = Cli.run("rate", "--measurements", data("measurements.csv"), "--details", details.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(details + ": body: expected text without control characters (such as escape or NUL), got "
        + "\"\\u001B[31mRed\"\n" + details + ": title: expected non-blank text, got \"  \"\n");
  }
}
