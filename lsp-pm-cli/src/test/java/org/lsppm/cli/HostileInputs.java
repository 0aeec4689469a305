package org.lsppm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lsppm.cli.MalformedInputTest.Case;

/**
 * Hostile inputs on the surfaces added since the CSV corpus: tolerances an analyst writes as per
 * cent, options, simulate's forecasts, comparators, scenarios, codes without end and JSON a
 * spreadsheet made. Each is refused with exit 2 and exactly its located lines.
 */
final class HostileInputs {
  private HostileInputs() {}

  private static final String HEADER = "indicator,polarity,period,status,target,outturn,tolerance";
  private static final String FRACTION = "expected a fraction from 0 up to but not including 1, such as 0.15 for 15%";

  private static Case of(String name, String file, String content, List<String> args, String... expected) {
    return new Case(name, file, content == null ? null : content.getBytes(java.nio.charset.StandardCharsets.UTF_8), args,
        List.of(expected));
  }

  private static Case tolerance(String name, String tolerance, String... expected) {
    return of(name, "m.csv", HEADER + "\nNI 39,lower,2008/09,final,1330,1502," + tolerance + "\n", List.of("rate", "--measurements", "FILE"),
        expected);
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  static Stream<Case> cases() {
    return Stream.of(tolerances(), options(), forecasts(), comparators(), scenarios(), codes(), json()).flatMap(s -> s);
  }

  /** A tolerance of 15 is an analyst's 15%, never 1500%. */
  static Stream<Case> tolerances() {
    List<String> policy = List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--policy", "FILE");
    return Stream.of(
        tolerance("a tolerance of 15", "15", "m.csv:2:tolerance: " + FRACTION + " (a tolerance of 15% is written 0.15), got \"15\""),
        tolerance("a tolerance of 1", "1", "m.csv:2:tolerance: " + FRACTION + " (a tolerance of 1% is written 0.01), got \"1\""),
        tolerance("a tolerance of 100%", "100%", "m.csv:2:tolerance: " + FRACTION + " (a tolerance of 1% is written 0.01), got \"1\""),
        tolerance("a tolerance of 150%", "150%", "m.csv:2:tolerance: " + FRACTION + " (a tolerance of 1.5% is written 0.015), got \"1.5\""),
        tolerance("a negative tolerance", "-5%", "m.csv:2:tolerance: expected a fraction from 0 up to but not including 1, "
            + "such as 0.1 for ten per cent, got \"-0.05\""),
        tolerance("a tolerance of nineteen decimal places", "0.1234567890123456789",
            "m.csv:2:tolerance: expected a number with at most 18 digits before the decimal point and 18 after it"),
        tolerance("a tolerance in words", "ten per cent", "m.csv:2:tolerance: expected a proportion such as 0.6 or 60%, got \"ten per cent\""),
        tolerance("a tolerance with two per cent signs", "15%%", "m.csv:2:tolerance: expected a proportion such as 0.6 or 60%, got \"15%%\""),
        of("a JSON policy tolerance of 1.5", "policy.json", "{\"tolerance\":1.5}", policy,
            "policy.json: tolerance: " + FRACTION + " (a tolerance of 1.5% is written 0.015), got \"1.5\""),
        of("a JSON vital-sign tolerance of 5", "policy.json", "{\"vitalSignTolerance\":5}", policy,
            "policy.json: vitalSignTolerance: " + FRACTION + " (a tolerance of 5% is written 0.05), got \"5\""),
        of("a JSON static band of 2", "policy.json", "{\"staticBand\":2}", policy,
            "policy.json: staticBand: " + FRACTION + " (a tolerance of 2% is written 0.02), got \"2\""),
        of("a JSON override of 10", "policy.json", "{\"toleranceOverrides\":[{\"indicator\":\"NI 39\",\"tolerance\":10}]}", policy,
            "policy.json: toleranceOverrides[0] (indicator NI 39).tolerance: " + FRACTION),
        of("a proposed policy tolerance of 15", "policy.json", "{\"tolerance\":15}",
            List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--compare-policy", "FILE"),
            "policy.json: tolerance: " + FRACTION));
  }

  /** Options past their bounds or not whole numbers. */
  static Stream<Case> options() {
    List<String> simulate = List.of("simulate", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--forecasts", "../lsp-pm-examples/data/lpsa-forecasts.csv");
    String seeds = "--seed: expected a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807, got ";
    return Stream.of(
        of("draws written with an exponent", "unused.txt", "", with(simulate, "--draws", "1e4"),
            "--draws: expected a whole number from 1 to 1,000,000, got \"1e4\""),
        of("draws with a decimal point", "unused.txt", "", with(simulate, "--draws", "10000.0"),
            "--draws: expected a whole number from 1 to 1,000,000, got \"10000.0\""),
        of("no draws", "unused.txt", "", with(simulate, "--draws", "0"), "--draws: expected a whole number from 1 to 1,000,000, got \"0\""),
        of("a million and one draws", "unused.txt", "", with(simulate, "--draws", "1000001"),
            "--draws: expected a whole number from 1 to 1,000,000, got \"1000001\""),
        of("draws with thousands separators", "unused.txt", "", with(simulate, "--draws", "10,000"),
            "--draws: expected a whole number from 1 to 1,000,000, got \"10,000\""),
        of("a seed past the largest long", "unused.txt", "", with(simulate, "--seed", "9223372036854775808"),
            seeds + "\"9223372036854775808\""),
        of("a seed of twenty digits", "unused.txt", "", with(simulate, "--seed", "12345678901234567890"), seeds + "\"12345678901234567890\""),
        of("a seed in words", "unused.txt", "", with(simulate, "--seed", "lucky"), seeds + "\"lucky\""),
        of("nineteen places", "unused.txt", "", with(simulate, "--places", "19"), "--places: expected a whole number from 0 to 18, got \"19\""));
  }

  /** Simulate's forecasts that are not forecasts. */
  static Stream<Case> forecasts() {
    String head = "measure,distribution,low,likely,high,mean,sd,value,figures,periods\n";
    List<String> simulate = List.of("simulate", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--forecasts", "FILE");
    return Stream.of(
        of("a range whose low is above its high", "f.csv", head + "1,range,17.6,16.1,15.4,,,,,\n", simulate,
            "f.csv:2:high: expected a highest outturn not below the lowest, low 17.6, got 15.4"),
        of("a most likely value outside its range", "f.csv", head + "1,range,15.4,18,17.6,,,,,\n", simulate,
            "f.csv:2:likely: expected a most likely value from low 15.4 to high 17.6, got 18"),
        of("a negative standard deviation", "f.csv", head + "1,normal,,,,16,-1,,,\n", simulate,
            "f.csv:2:sd: expected a standard deviation of zero or more, got -1"),
        of("a spread whose draws leave every bound", "f.csv", head + "1,normal,,,,16,200000000000000000,,,\n", simulate,
            "f.csv:2:sd: expected a spread whose draws stay below 10^18 (the mean plus 9 standard deviations), got 200000000000000000"),
        of("a forecast of an unknown kind", "f.csv", head + "1,poisson,,,,,,,,\n", simulate,
            "f.csv:2:distribution: expected range, normal, fixed or trend, got \"poisson\""),
        of("a forecast for a measure not in the agreement", "f.csv", head + "99,fixed,,,,,,16,,\n", simulate,
            "f.csv:2:measure: expected a measure of the agreement"),
        of("a trend of two figures", "f.csv", head + "1,trend,,,,,,,16;15,4\n", simulate,
            "f.csv:2:figures: expected at least three in-year figures for a trend and its error, got 2"),
        of("a trend with a blank figure", "f.csv", head + "1,trend,,,,,,,16;;15,4\n", simulate,
            "f.csv:2:figures[1]: expected a number such as 12.5, got \"\""),
        of("a fixed value of 1,150", "f.csv", head + "1,fixed,,,,,,\"1,150\",,\n", simulate,
            "f.csv:2:value: expected a number without thousands separators such as 1150"));
  }

  /** Comparator files that cannot be placed. */
  static Stream<Case> comparators() {
    String head = "group,indicator,period,authority,value\n";
    List<String> rate = List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--comparators", "FILE");
    return Stream.of(
        of("a comparator authority twice", "c.csv", head + "G,NI 16,2008/09,Camden,19.8\nG,NI 16,2008/09,Camden,20.1\n", rate,
            "c.csv:3:authority: expected each authority once per group, indicator and period, got Camden again for NI 16 2008/09"),
        of("a comparator value of 1,150", "c.csv", head + "G,NI 16,2008/09,Camden,\"1,150\"\n", rate,
            "c.csv:2:value: expected a number without thousands separators such as 1150"),
        of("a comparator value with a decimal comma", "c.csv", head + "G,NI 16,2008/09,Camden,\"19,8\"\n", rate,
            "c.csv:2:value: expected a number with a decimal point such as 12.5 (not a decimal comma), got \"19,8\""),
        of("a comparator group that is not there", "c.csv", head + "G,NI 16,2008/09,Camden,19.8\n",
            with(rate, "--comparator-group", "Neighbours"), "c.csv: expected a group named Neighbours (one of G)"),
        of("a comparator header with an empty name", "c.csv", "group,indicator,,period,authority,value\nG,NI 16,,2008/09,Camden,19.8\n",
            rate, "c.csv:1: expected a header row of distinct column names (authority, group, indicator, period and the optional ones), "
                + "got a column with no name (an empty cell in the header row)"),
        of("a comparator header naming a column twice", "c.csv", "group,indicator,period,authority,value,value\nG,NI 16,2008/09,C,1,2\n",
            rate, "c.csv:1: expected a header row of distinct column names (authority, group, indicator, period and the optional ones), "
                + "got \"value\" twice"),
        of("comparators with a policy comparison", "c.csv", head + "G,NI 16,2008/09,Camden,19.8\n",
            with(rate, "--compare-policy", "../lsp-pm-examples/data/proposed-policy.json"),
            "--comparators: expected on its own, got it with --compare-policy"));
  }

  /** Scenarios that name what is not there. */
  static Stream<Case> scenarios() {
    List<String> whatif = List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE");
    String head = "scenario,measure,outturn,interim\n";
    return Stream.of(
        of("a scenario outturn of 1,150", "s.csv", head + "current,1,\"1,150\",\n", whatif,
            "s.csv:2:outturn: expected a number without thousands separators such as 1150"),
        of("a scenario measure twice", "s.csv", head + "current,1,16,\ncurrent,1,17,\n", whatif,
            "s.csv:3:measure: expected each measure once per scenario, got 1 again in current (first on row 2)"),
        of("a scenario interim for a measure without one", "s.csv", head + "current,1,16,15\n", whatif,
            "s.csv:2:interim: expected no interim outturn for a measure without an interim level, got 15"),
        of("a scenario outturn past every bound", "s.csv", head + "current,1,1e19,\n", whatif,
            "s.csv:2:outturn: expected a number with at most 18 digits before the decimal point and 18 after it, got \"1e19\""));
  }

  /** Codes and names are bounded on every path as numbers are. */
  static Stream<Case> codes() {
    String longCode = "N".repeat(201);
    String shown = "N".repeat(64) + "... (201 characters)";
    String bound = "expected a code or name of at most 200 characters, got \"" + shown + "\"";
    return Stream.of(
        of("an indicator code of 201 characters", "m.csv", HEADER + "\n" + longCode + ",lower,2008/09,final,1330,1502,\n",
            List.of("rate", "--measurements", "FILE"), "m.csv:2:indicator: " + bound),
        of("a JSON indicator code of 201 characters", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"themes\":[{\"name\":\"A\"}],\"indicators\":[{\"code\":\"" + longCode + "\",\"title\":\"t\",\"theme\":\"A\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unit\":\"u\"}]}",
            List.of("rate", "--partnership", "FILE"), "p.json: indicators[0] (code " + shown + ").code: " + bound),
        of("a measure id of 201 characters", "s.csv", "scenario,measure,outturn\ncurrent," + longCode + ",16\n",
            List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE"), "s.csv:2:measure: " + bound),
        of("a comparator group name of 201 characters", "c.csv", "group,indicator,period,authority,value\n" + longCode
                + ",NI 16,2008/09,Camden,19.8\n",
            List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--comparators", "FILE"), "c.csv:2:group: " + bound),
        of("a theme name of 201 characters", "m.csv", "indicator,theme,polarity,period,status,target,outturn\nNI 39," + longCode
                + ",lower,2008/09,final,1330,1502\n",
            List.of("rate", "--measurements", "FILE"), "m.csv:2:theme: " + bound));
  }

  /** JSON as a spreadsheet or a hand writes it. */
  static Stream<Case> json() {
    String agreement = "{\"name\":\"x\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"grant\":100,\"targets\":[%s]}";
    List<String> triggers = List.of("triggers", "--agreement", "FILE");
    return Stream.of(
        of("a JSON id of 1.5", "a.json", agreement.formatted("{\"id\":1.5,\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,"
                + "\"withStretch\":6}}"), triggers, "a.json: targets[0] (id 1.5).id: expected text in double quotes, got the number 1.5"),
        of("a JSON id of a list", "a.json", agreement.formatted("{\"id\":[1],\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,"
                + "\"withStretch\":6}}"), triggers, "a.json: targets[0].id: expected text in double quotes, got a list"),
        of("a JSON stretch past every bound", "a.json", agreement.formatted("{\"id\":\"1\",\"title\":\"t\",\"stretch\":"
                + "{\"withoutAgreement\":5,\"withStretch\":1e30}}"), triggers,
            "a.json: targets[0] (id 1).stretch.withStretch: expected a number with at most 18 digits before the decimal point and 18 after it"),
        of("two JSON ids the same once read as text", "a.json", agreement.formatted("{\"id\":1,\"title\":\"t\",\"stretch\":"
                + "{\"withoutAgreement\":5,\"withStretch\":6}},{\"id\":\"1\",\"title\":\"u\",\"stretch\":{\"withoutAgreement\":5,"
                + "\"withStretch\":6}}"), triggers, "a.json: targets: expected"));
  }
}
