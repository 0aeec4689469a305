package org.lsppm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed inputs: each is refused with exit status 2, every problem named with its
 * file, row and column, and no output file written.
 */
class MalformedInputTest {
  private static final String HEADER = "indicator,polarity,period,status,target,target_lower,target_upper,outturn,previous,tolerance,vital_sign";
  private static final String GOOD = "NI 16,lower,2008/09,final,21.5,,,22.4,,,";

  @TempDir
  static Path dir;

  /** A case: the file's name and bytes, the command (FILE stands for the file), and the messages expected on stderr. */
  record Case(String name, String file, byte[] content, List<String> args, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case measurements(String name, String content, String... expected) {
    return new Case(name, "m.csv", content.getBytes(StandardCharsets.UTF_8),
        List.of("rate", "--measurements", "FILE"), List.of(expected));
  }

  private static Case rows(String name, String row, String... expected) {
    return measurements(name, HEADER + "\n" + row + "\n", expected);
  }

  private static Case of(String name, String file, String content, List<String> args, String... expected) {
    return new Case(name, file, content == null ? null : content.getBytes(StandardCharsets.UTF_8), args, List.of(expected));
  }

  static Stream<Case> corpus() {
    List<String> agreementArgs = List.of("prg", "--agreement", "data/lpsa-agreement.json", "--outturns", "FILE");
    return Stream.of(
        measurements("empty file", "", "m.csv:1: expected a header row with the columns"),
        measurements("header only", HEADER + "\n", "m.csv:2: expected at least one row after the header, got none"),
        measurements("misspelt column", "indicator,polarity,period,status,outtrun\nNI 16,lower,2008/09,final,3\n",
            "m.csv:1:outtrun: expected one of the columns"),
        measurements("missing column", "indicator,polarity,period\nNI 16,lower,2008/09\n",
            "m.csv:1:status: expected a column named status in the header, got none"),
        measurements("duplicate column", "indicator,polarity,period,status,status\nNI 16,lower,2008/09,final,final\n",
            "m.csv:1: expected a header row of distinct column names"),
        rows("bad number", "NI 16,lower,2008/09,final,21.5,,,abc,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"abc\""),
        rows("decimal comma", "NI 16,lower,2008/09,final,21.5,,,\"22,4\",,,",
            "m.csv:2:outturn: expected a number with a decimal point such as 12.5 (not a decimal comma), got \"22,4\""),
        measurements("byte-order mark and bad polarity", "\uFEFF" + HEADER + "\nNI 16,up,2008/09,final,21.5,,,22.4,,,\n",
            "m.csv:2:polarity: expected higher, lower or range, got \"up\""),
        rows("unknown status", "NI 16,lower,2008/09,done,21.5,,,22.4,,,",
            "m.csv:2:status: expected final, provisional, estimated or awaited, got \"done\""),
        rows("date in the wrong format", "NI 16,lower,01/04/2008..31/03/2009,final,21.5,,,22.4,,,",
            "m.csv:2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"01/04/2008..31/03/2009\""),
        rows("reversed period", "NI 16,lower,2009-03-31..2008-04-01,final,21.5,,,22.4,,,",
            "m.csv:2:period.end: expected a date on or after the start 2009-03-31, got 2008-04-01"),
        rows("financial year that does not follow", "NI 16,lower,2008/10,final,21.5,,,22.4,,,", "m.csv:2:period: expected a financial year"),
        measurements("one indicator, two polarities",
            HEADER + "\n" + GOOD + "\nNI 16,higher,2009/10,final,21.5,,,22.4,,,\n",
            "m.csv:3:polarity: expected \"lower\" for NI 16 as on row 2, got \"higher\""),
        measurements("one indicator, two titles and two units",
            "indicator,title,unit,polarity,period,status,target,outturn\n"
                + "NI 16,Serious acquisitive crime,rate,lower,2008/09,final,21.5,22.4\n"
                + "NI 16,Serious acquisitive crime,rate,lower,2009/10,final,21.5,22.4\n"
                + "NI 16,Burglary,per 1000,lower,2010/11,final,21.5,22.4\n",
            "m.csv:4:title: expected \"Serious acquisitive crime\" for NI 16 as on row 2, got \"Burglary\"",
            "m.csv:4:unit: expected \"rate\" for NI 16 as on row 2, got \"per 1000\""),
        measurements("duplicate indicator and period", HEADER + "\n" + GOOD + "\n" + GOOD + "\n",
            "m.csv:3:indicator: expected one row per indicator and period, got NI 16 2008/09 again (first on row 2)"),
        rows("awaited with a value", "NI 16,lower,2008/09,awaited,21.5,,,22.4,,,",
            "m.csv:2:outturn: expected no value for an AWAITED outturn, got 22.4"),
        rows("final without a value", "NI 16,lower,2008/09,final,21.5,,,,,,",
            "m.csv:2:outturn: expected a value for a FINAL outturn (only AWAITED has none), got nothing"),
        rows("range indicator with one target", "LOC 4,range,2008/09,final,92,,,96.5,,,",
            "m.csv:2:target: expected target_lower and target_upper for a range indicator, got target 92"),
        rows("reversed range", "LOC 4,range,2008/09,final,,95,90,96.5,,,",
            "m.csv:2:target.upper: expected a number not below the lower bound 95, got 90"),
        rows("half a range", "LOC 4,range,2008/09,final,,90,,96.5,,,", "m.csv:2:target_upper: expected both ends of a range target, got one"),
        rows("negative tolerance", "NI 16,lower,2008/09,final,21.5,,,22.4,,-0.1,",
            "m.csv:2:tolerance: expected zero or more, such as 0.1 for ten per cent, got \"-0.1\""),
        rows("tolerance without a target", "NI 8,higher,2008/09,final,,,,24.1,,0.1,",
            "m.csv:2:tolerance: expected no tolerance without a target to apply it to, got 10%"),
        rows("vital sign neither yes nor no", "NI 16,lower,2008/09,final,21.5,,,22.4,,,maybe",
            "m.csv:2:vital_sign: expected yes or no, got \"maybe\""),
        rows("NaN outturn", "NI 16,lower,2008/09,final,21.5,,,NaN,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"NaN\""),
        rows("infinite previous", "NI 16,lower,2008/09,final,21.5,,,22.4,Infinity,,",
            "m.csv:2:previous: expected a number such as 12.5, got \"Infinity\""),
        rows("ragged row", "NI 16,lower,2008/09,final", "m.csv:2: expected 11 fields, got 4"),
        rows("unclosed quote", "NI 16,lower,2008/09,final,21.5,,,\"22.4,,,", "m.csv:2: expected well-formed CSV"),
        new Case("not UTF-8", "m.csv", new byte[] {'i', 'n', (byte) 0xff, (byte) 0xfe, '\n'}, List.of("rate", "--measurements", "FILE"),
            List.of("m.csv: expected UTF-8 text, got bytes that are not UTF-8")),
        measurements("every problem in every row", HEADER + "\nNI 16,up,2008/09,final,21.5,,,22.4,,,\nNI 17,lower,2008/09,done,x,,,1,,,\n",
            "m.csv:2:polarity: expected higher, lower or range", "m.csv:3:status: expected final", "m.csv:3:target: expected a number"),
        of("unknown light", "o.csv", "outcome,title,progress,problems,confidence\n1,Crime,blue,green,green\n",
            List.of("summary", "--outcomes", "FILE"), "o.csv:2:progress: expected green, amber, red or purple, got \"blue\""),
        of("duplicate outcome", "o.csv", "outcome,title,progress,problems,confidence\n1,A,green,green,green\n1,B,red,red,red\n",
            List.of("summary", "--outcomes", "FILE"), "o.csv:3:outcome: expected each outcome once, got 1 again (first on row 2)"),
        of("unknown measure", "s.csv", "scenario,measure,outturn\ncurrent,99,1\n", agreementArgs,
            "s.csv:2:measure: expected a measure of the agreement (1, 2, 3i, 3ii, 4, 5, 6, 7, 8, 9, 10i, 10ii, 11, 12), got \"99\""),
        of("interim without an interim level", "s.csv", "scenario,measure,outturn,interim\ncurrent,1,16,17\n", agreementArgs,
            "s.csv:2:interim: expected no interim outturn for a measure without an interim level, got 17"),
        of("measure twice in a scenario", "s.csv", "scenario,measure,outturn\ncurrent,1,16\ncurrent,1,17\n", agreementArgs,
            "s.csv:3:measure: expected each measure once per scenario, got 1 again in current (first on row 2)"),
        of("agreement with T equal to W", "a.json", "{\"name\":\"x\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"grant\":100,"
                + "\"targets\":[{\"id\":\"1\",\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,\"withStretch\":5}}]}",
            List.of("triggers", "--agreement", "FILE"),
            "a.json: targets[0] (id 1).stretch.withStretch: expected T different from W = 5 (T = W is not a stretch), got 5"),
        of("six mistakes of different kinds in one partnership", "p.json",
            "{\"name\":\"KCP\",\"area\":\"K&C\",\"nrfAllocation\":\"lots\",\n"
            + " \"themes\":[{\"name\":\"Safer\"},{\"name\":\" \"}],\n"
            + " \"indicators\":[{\"code\":\"NI 16\",\"title\":\"t\",\"theme\":\"Safer\",\"polarity\":\"UPWARDS\",\"unit\":\"u\"},\n"
            + "   {\"code\":\"NI 39\",\"title\":\"t\",\"theme\":\"Safer\",\"polarity\":\"LOWER_IS_BETTER\",\"unit\":\"u\"}],\n"
            + " \"targets\":[{\"indicator\":\"NI 39\",\"period\":{\"start\":\"2008-02-30\",\"end\":\"2009-03-31\"},\"goal\":{\"value\":5}}],\n"
            + " \"outturns\":[{\"indicator\":\"NI 39\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6},\n"
            + "   {\"indicator\":\"NI 99\",\"period\":{\"start\":\"2008-04-01\",\"end\":\"2009-03-31\"},\"value\":6,\"status\":\"FINAL\"}]}",
            List.of("rate", "--partnership", "FILE"),
            "p.json: nrfAllocation: expected a number such as 12.5, got \"lots\"",
            "p.json: themes[1].name: expected non-blank text",
            "p.json: indicators[0] (code NI 16).polarity: expected one of",
            "p.json: targets[0] (indicator NI 39).period.start: expected a date that exists, such as 2009-03-31, got \"2008-02-30\"",
            "p.json: outturns[0] (indicator NI 39).status: expected a value, got nothing",
            "p.json: outturns[1] (indicator NI 99).indicator: expected an indicator of the partnership, got NI 99"),
        of("misspelt partnership field", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAlocation\":1}",
            List.of("reviews", "--partnership", "FILE", "--as-of", "2004-03-17"), "p.json: nrfAlocation: expected a known field"),
        of("as-of date in the wrong format", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1}",
            List.of("reviews", "--partnership", "FILE", "--as-of", "17/03/2004"),
            "--as-of: expected a date such as 2004-04-30, got \"17/03/2004\""),
        of("review after the as-of date", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"reviews\":[{\"kind\":\"DELIVERY\",\"date\":\"2005-01-01\",\"depth\":\"FULL\"}]}",
            List.of("plan-check", "--partnership", "FILE", "--as-of", "2004-03-17"),
            "p.json: reviews[0].date: expected a date on or before the as-of date 2004-03-17, got 2005-01-01"),
        of("unknown criterion", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"reviews\":[{\"kind\":\"PARTNERSHIP_CRITERION\",\"criterion\":\"FRIENDLY\",\"date\":\"2004-01-01\",\"depth\":\"FULL\"}]}",
            List.of("reviews", "--partnership", "FILE", "--as-of", "2004-03-17"),
            "p.json: reviews[0].criterion: expected one of STRATEGIC, INCLUSIVE, ACTION_FOCUSED"),
        of("policy with a negative tolerance", "policy.json", "{\"tolerance\":-0.1}",
            List.of("rate", "--measurements", "data/measurements.csv", "--policy", "FILE"),
            "policy.json: tolerance: expected zero or more, such as 0.1 for ten per cent, got \"-0.1\""),
        of("missing file", "never-written.csv", null, List.of("rate", "--measurements", "FILE"),
            "never-written.csv: expected a readable file, got none at that path"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformed_input_is_refused_with_its_place_exit_2_and_no_output(Case c) throws IOException {
    Path file = dir.resolve(c.name().replace(' ', '-') + "-" + c.file());
    if (c.content() != null) {
      Files.write(file, c.content());
    }
    Path output = dir.resolve(c.name().replace(' ', '-') + ".out");
    List<String> args = new ArrayList<>(c.args().stream().map(a -> a.equals("FILE") ? file.toString() : a).toList());
    args.addAll(List.of("--output", output.toString()));

    Cli r = Cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    for (String expected : c.expected()) {
      String located = expected.startsWith(c.file()) ? file + expected.substring(c.file().length()) : expected;
      assertThat(r.err()).contains(located);
    }
    assertThat(output).doesNotExist();
  }

  @Test
  void an_unknown_format_is_refused_with_exit_2() {
    Cli r = Cli.run("rate", "--measurements", "data/measurements.csv", "--format", "pdf");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of table, csv, json, markdown, html, got 'pdf'");
  }

  @Test
  void a_million_row_file_with_one_bad_row_at_the_end_is_refused_at_that_row() throws IOException {
    Path file = dir.resolve("million.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicator,polarity,period,status,target,outturn\n");
      for (int i = 0; i < 999_999; i++) {
        w.write("LOC " + i + ",higher,2008/09,final,100," + (80 + i % 40) + "\n");
      }
      w.write("LOC last,higher,2008/09,final,100,12;5\n");
    }
    Path output = dir.resolve("million.out");

    Cli r = Cli.run("rate", "--measurements", file.toString(), "--quiet", "--output", output.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(file + ":1000001:outturn: expected a number such as 12.5, got \"12;5\"");
    assertThat(output).doesNotExist();
  }
}
