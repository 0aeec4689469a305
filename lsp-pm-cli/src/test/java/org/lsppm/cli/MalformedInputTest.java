package org.lsppm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
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
    return Stream.of(formats(), numbers(), dates(), json(), spreadsheetText(), options(), HostileInputs.cases()).flatMap(s -> s);
  }

  private static final String AGREEMENT = "{\"name\":\"x\",\"firstYear\":\"2005/06\",\"lastYear\":\"2007/08\",\"grant\":100,"
      + "\"targets\":[{\"id\":\"1\",\"title\":\"t\",\"stretch\":{\"withoutAgreement\":5,\"withStretch\":6}}]}";
  private static final List<String> TRIGGERS = List.of("triggers", "--agreement", "FILE");
  private static final List<String> POLICY = List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--policy", "FILE");
  private static final String BOUNDS = "expected a number with at most 18 digits before the decimal point and 18 after it";

  private static Case bytes(String name, String file, byte[] content, List<String> args, String... expected) {
    return new Case(name, file, content, args, List.of(expected));
  }

  /** Numbers: huge exponents and lengths fail fast, other digits and notations are refused. */
  static Stream<Case> numbers() {
    String scenarios = "scenario,measure,outturn\n";
    List<String> whatif = List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE");
    return Stream.of(
        rows("huge exponent in an outturn", "NI 16,lower,2008/09,final,21.5,,,1e999999999,,,", "m.csv:2:outturn: " + BOUNDS + ", got \"1e999999999\""),
        rows("tiny exponent in an outturn", "NI 16,lower,2008/09,final,21.5,,,1e-999999999,,,", "m.csv:2:outturn: " + BOUNDS + ", got \"1e-999999999\""),
        rows("huge exponent in a target", "NI 16,lower,2008/09,final,1e100000000,,,22.4,,,", "m.csv:2:target: " + BOUNDS + ", got \"1e100000000\""),
        rows("tiny exponent in a previous outturn", "NI 16,lower,2008/09,final,21.5,,,22.4,1e-100000000,,",
            "m.csv:2:previous: " + BOUNDS + ", got \"1e-100000000\""),
        rows("huge exponent in a tolerance", "NI 16,lower,2008/09,final,21.5,,,22.4,,1e999999999%,",
            "m.csv:2:tolerance: " + BOUNDS + ", got \"1e999999999%\""),
        rows("nineteen digits before the point", "NI 16,lower,2008/09,final,21.5,,,1234567890123456789,,,",
            "m.csv:2:outturn: " + BOUNDS + ", got \"1234567890123456789\""),
        rows("nineteen decimal places", "NI 16,lower,2008/09,final,21.5,,,0.1234567890123456789,,,",
            "m.csv:2:outturn: " + BOUNDS + ", got \"0.1234567890123456789\""),
        rows("a hundred thousand digits", "NI 16,lower,2008/09,final,21.5,,," + "9".repeat(100_000) + ",,,",
            "m.csv:2:outturn: expected a number such as 12.5, got \"" + "9".repeat(64) + "... (100000 characters)\""),
        rows("a million digits", "NI 16,lower,2008/09,final,21.5,,," + "9".repeat(1_000_000) + ",,,",
            "m.csv:2: expected a row of at most 1,000,000 characters, got more"),
        rows("full-width digits", "NI 16,lower,2008/09,final,21.5,,,２２.４,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"２２.４\""),
        rows("Arabic-Indic digits", "NI 16,lower,2008/09,final,٢١.٥,,,22.4,,,", "m.csv:2:target: expected a number such as 12.5, got \"٢١.٥\""),
        rows("hexadecimal", "NI 16,lower,2008/09,final,21.5,,,0x16,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"0x16\""),
        rows("a pound sign in an outturn", "NI 16,lower,2008/09,final,21.5,,,£22,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"£22\""),
        rows("a space between thousands", "NI 154,higher,2008/09,final,350,,,1 329,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"1 329\""),
        rows("lower-case nan", "NI 16,lower,2008/09,final,21.5,,,nan,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"nan\""),
        rows("negative infinity", "NI 16,lower,2008/09,final,21.5,,,-Infinity,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"-Infinity\""),
        rows("a percent sign on an outturn", "NI 16,lower,2008/09,final,21.5,,,22.4%,,,", "m.csv:2:outturn: expected a number such as 12.5, got \"22.4%\""),
        of("huge exponent in a scenario outturn", "s.csv", scenarios + "current,1,1e999999999\n", whatif,
            "s.csv:2:outturn: " + BOUNDS + ", got \"1e999999999\""),
        of("huge exponent in a JSON amount", "a.json", AGREEMENT.replace("\"grant\":100", "\"grant\":1e999999999"), TRIGGERS,
            "a.json: grant: " + BOUNDS + ", got 1E+999999999"),
        of("tiny exponent in a JSON stretch", "a.json", AGREEMENT.replace("\"withStretch\":6", "\"withStretch\":1e-999999999"), TRIGGERS,
            "a.json: targets[0] (id 1).stretch.withStretch: " + BOUNDS + ", got 1E-999999999"),
        of("huge exponent in a JSON tolerance", "policy.json", "{\"tolerance\":1e999999999}", POLICY,
            "policy.json: tolerance: " + BOUNDS + ", got 1E+999999999"),
        of("a JSON number of a thousand digits", "policy.json", "{\"tolerance\":" + "1".repeat(1000) + "}", POLICY,
            "policy.json: expected a number of at most 100 characters, got more"),
        of("a whatif bound with a huge exponent", "s.csv", scenarios + "current,1,16\n",
            List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE", "--vary", "1", "--from", "0",
                "--to", "1e999999999", "--step", "1"),
            "--to: " + BOUNDS + ", got \"1e999999999\""),
        of("a whatif step with a tiny exponent", "s.csv", scenarios + "current,1,16\n",
            List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE", "--vary", "1", "--from", "0",
                "--to", "10", "--step", "1e-999999999"),
            "--step: " + BOUNDS + ", got \"1e-999999999\""));
  }

  /** Dates and periods outside the supported financial years, or that do not exist. */
  static Stream<Case> dates() {
    String range = "expected a date from 1900-04-01 to 2999-03-31, got ";
    List<String> reviews = List.of("reviews", "--partnership", "../lsp-pm-examples/data/sample-partnership.json", "--as-of");
    return Stream.of(
        rows("a period in 1900 before April", "NI 16,lower,1900-01-01..1900-03-31,final,21.5,,,22.4,,,",
            "m.csv:2:period.start: " + range + "1900-01-01", "m.csv:2:period.end: " + range + "1900-03-31"),
        rows("a period in 2999 after March", "NI 16,lower,2999-04-01..2999-06-30,final,21.5,,,22.4,,,",
            "m.csv:2:period.start: " + range + "2999-04-01", "m.csv:2:period.end: " + range + "2999-06-30"),
        rows("the year 1", "NI 16,lower,0001-04-01..0002-03-31,final,21.5,,,22.4,,,",
            "m.csv:2:period.start: " + range + "0001-04-01", "m.csv:2:period.end: " + range + "0002-03-31"),
        rows("a five-digit year", "NI 16,lower,+10000-04-01..+10001-03-31,final,21.5,,,22.4,,,",
            "m.csv:2:period.start: " + range + "+10000-04-01", "m.csv:2:period.end: " + range + "+10001-03-31"),
        rows("the financial year 1899/00", "NI 16,lower,1899/00,final,21.5,,,22.4,,,", "m.csv:2:period: expected a financial year"),
        rows("the financial year 2999/00", "NI 16,lower,2999/00,final,21.5,,,22.4,,,", "m.csv:2:period: expected a financial year"),
        rows("the thirtieth of February", "NI 16,lower,2008-02-30..2009-03-31,final,21.5,,,22.4,,,",
            "m.csv:2:period: expected a financial year such as 2008/09, or dates such as 2008-04-01..2008-09-30, got \"2008-02-30..2009-03-31\""),
        of("an as-of date in the year 999999999", "unused.txt", "", append(reviews, "+999999999-12-31"),
            "--as-of: " + range + "+999999999-12-31"),
        of("an as-of date in 1800", "unused.txt", "", append(reviews, "1800-01-01"), "--as-of: " + range + "1800-01-01"),
        of("a blank as-of date", "unused.txt", "", append(reviews, " "), "--as-of: expected a date such as 2004-04-30, got \" \""),
        of("a review in the year 1", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"reviews\":[{\"kind\":\"DELIVERY\",\"date\":\"0001-01-01\",\"depth\":\"FULL\"}]}",
            List.of("reviews", "--partnership", "FILE", "--as-of", "2004-03-17"), "p.json: reviews[0].date: " + range + "0001-01-01"),
        of("a JSON period in 2999", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"themes\":[{\"name\":\"A\"}],\"indicators\":[{\"code\":\"NI 1\",\"title\":\"t\",\"theme\":\"A\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unit\":\"u\"}],\"outturns\":[{\"indicator\":\"NI 1\","
                + "\"period\":{\"start\":\"2999-04-01\",\"end\":\"2999-06-30\"},\"value\":6,\"status\":\"FINAL\"}]}",
            List.of("rate", "--partnership", "FILE"),
            "p.json: outturns[0] (indicator NI 1).period.start: " + range + "2999-04-01",
            "p.json: outturns[0] (indicator NI 1).period.end: " + range + "2999-06-30"));
  }

  private static List<String> append(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  /** JSON documents that are null, ambiguous, of the wrong shape, or too large. */
  static Stream<Case> json() {
    return Stream.of(
        of("a rating policy of just null", "policy.json", "null", POLICY, "policy.json: expected an object (a rating policy), got null"),
        of("an agreement of just null", "a.json", "null", TRIGGERS, "a.json: expected an object (a reward agreement), got null"),
        of("an empty agreement file", "a.json", "", TRIGGERS, "a.json: expected an object (a reward agreement), got nothing"),
        of("an agreement that is a list", "a.json", "[" + AGREEMENT + "]", TRIGGERS,
            "a.json: expected an object (a reward agreement), got a list"),
        of("an amount given twice", "a.json", AGREEMENT.replace("\"grant\":100,", "\"grant\":100,\"grant\":200,"), TRIGGERS,
            "a.json: grant: expected each field once in an object, got grant again at line 1, column"),
        of("a stretch given twice", "a.json", AGREEMENT.replace("\"withStretch\":6", "\"withStretch\":6,\"withStretch\":7"), TRIGGERS,
            "a.json: targets[0].stretch.withStretch: expected each field once in an object, got withStretch again at line 1, column"),
        of("a tolerance given twice", "policy.json", "{\"tolerance\":0.1,\"tolerance\":0.2}", POLICY,
            "policy.json: tolerance: expected each field once in an object, got tolerance again at line 1, column 29"),
        of("an amount in quotes", "a.json", AGREEMENT.replace("\"grant\":100", "\"grant\":\"110250000.00\""), TRIGGERS,
            "a.json: grant: expected a number written without quotes, such as 12.5, got \"110250000.00\""),
        of("a tolerance in quotes", "policy.json", "{\"tolerance\":\"0.1\"}", POLICY,
            "policy.json: tolerance: expected a number written without quotes, such as 12.5, got \"0.1\""),
        of("a list where a number belongs", "policy.json", "{\"tolerance\":[0.1]}", POLICY,
            "policy.json: tolerance: expected a number such as 12.5, got a list"),
        of("an object where a list belongs", "a.json", AGREEMENT.replace("\"targets\":[", "\"targets\":{\"a\":[").replace("}]}", "}]}}"),
            TRIGGERS, "a.json: targets: expected a list, got an object"),
        of("a word that is not JSON", "policy.json", "{\"tolerance\":tru}", POLICY,
            "policy.json: expected well-formed JSON (text in double quotes, numbers, true, false or null), got tru at line 1, column 14"),
        of("text after the document", "policy.json", "{\"tolerance\":0.1} x", POLICY,
            "policy.json: expected well-formed JSON (text in double quotes, numbers, true, false or null), got x at line 1, column 19"),
        of("a document cut short", "policy.json", "{\"tolerance\":0.1", POLICY,
            "policy.json: expected well-formed JSON, got the end of the file before the document closed at line 1, column 17"),
        of("a list a hundred thousand deep", "a.json", "{\"targets\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", TRIGGERS,
            "a.json: targets[0]: expected an object (a stretch target), got a list",
            "a.json: expected objects and lists nested at most 64 deep, got more"),
        of("a name of ten million characters", "a.json", "{\"name\":\"" + "x".repeat(10_000_000) + "\"}", TRIGGERS,
            "a.json: name: expected text of at most 1,000,000 characters, got more"),
        of("an indicator code of one no-break space", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"themes\":[{\"name\":\"A\"}],\"indicators\":[{\"code\":\"\u00a0\",\"title\":\"t\",\"theme\":\"A\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unit\":\"u\"}]}",
            List.of("rate", "--partnership", "FILE"), "p.json: indicators[0].code: expected non-blank text, got \"\\u00A0\""),
        of("an escape sequence in a theme name", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAllocation\":1,"
                + "\"themes\":[{\"name\":\"\\u001b[2J\"}]}",
            List.of("rate", "--partnership", "FILE"),
            "p.json: themes[0] (name \\u001B[2J).name: expected text without control characters (such as escape or NUL), got \"\\u001B[2J\""),
        bytes("JSON that is not UTF-8", "policy.json", new byte[] {'{', '"', 't', (byte) 0xff, '"', ':', '1', '}'}, POLICY,
            "policy.json: expected UTF-8 text, got bytes that are not UTF-8"),
        of("a whole number in quotes", "rp.json", "{\"instalments\":\"3\"}",
            List.of("triggers", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--reward-policy", "FILE"),
            "rp.json: instalments: expected a whole number such as 3, got \"3\""));
  }

  /** What spreadsheets export: blank lines, line breaks in cells, other separators and encodings, control characters. */
  static Stream<Case> spreadsheetText() {
    return Stream.of(
        measurements("blank lines before a bad row", HEADER + "\n" + GOOD + "\n\n\nNI 17,lower,2008/09,final,21.5,,,x,,,\n",
            "m.csv:5:outturn: expected a number such as 12.5, got \"x\""),
        measurements("a line break in a quoted cell before a bad row",
            "indicator,title,polarity,period,status,target,outturn\nNI 16,\"Serious\nacquisitive crime\",lower,2008/09,final,21.5,22.4\n"
                + "NI 17,t,lower,2008/09,final,21.5,x\n",
            "m.csv:3:outturn: expected a number such as 12.5, got \"x\""),
        measurements("carriage returns only", HEADER + "\r" + GOOD.replace("22.4", "x") + "\r",
            "m.csv:2:outturn: expected a number such as 12.5, got \"x\""),
        measurements("semicolons as separators", HEADER.replace(',', ';') + "\n" + GOOD.replace(',', ';') + "\n",
            "m.csv:1:indicator: expected a column named indicator in the header, got none",
            "m.csv:1:period: expected a column named period in the header, got none",
            "m.csv:1:polarity: expected a column named polarity in the header, got none",
            "m.csv:1:status: expected a column named status in the header, got none",
            "m.csv:1:" + HEADER.replace(',', ';') + ": expected one of the columns"),
        measurements("tabs as separators", HEADER.replace(',', '\t') + "\n" + GOOD.replace(',', '\t') + "\n",
            "m.csv:1:indicator: expected a column named indicator in the header, got none",
            "m.csv:1:period: expected a column named period in the header, got none",
            "m.csv:1:polarity: expected a column named polarity in the header, got none",
            "m.csv:1:status: expected a column named status in the header, got none",
            "m.csv:1:indicator\\u0009polarity"),
        bytes("UTF-16 as Excel saves Unicode text", "m.csv", (HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_16LE),
            List.of("rate", "--measurements", "FILE"), "m.csv: expected UTF-8 text, got UTF-16 text or binary bytes (in a spreadsheet, save as \"CSV UTF-8\")"),
        bytes("Latin-1 pound sign", "m.csv", ("indicator,title,polarity,period,status,target,outturn\nNI 1,\u00a3 spent,higher,2008/09,final,1,2\n")
                .getBytes(StandardCharsets.ISO_8859_1),
            List.of("rate", "--measurements", "FILE"), "m.csv: expected UTF-8 text, got bytes that are not UTF-8"),
        rows("an escape sequence in a code", "\u001b[2JNI 16,lower,2008/09,final,21.5,,,22.4,,,",
            "m.csv:2:indicator: expected text without control characters (such as escape or NUL), got \"\\u001B[2JNI 16\""),
        rows("a NUL in a code", "NI\u000016,lower,2008/09,final,21.5,,,22.4,,,",
            "m.csv: expected UTF-8 text, got UTF-16 text or binary bytes (in a spreadsheet, save as \"CSV UTF-8\")"),
        rows("a no-break space as the code", "\u00a0,lower,2008/09,final,21.5,,,22.4,,,", "m.csv:2:indicator: expected non-blank text, got nothing"),
        rows("a zero-width space as the code", "\u200b,lower,2008/09,final,21.5,,,22.4,,,", "m.csv:2:indicator: expected non-blank text, got nothing"),
        rows("a zero-width space inside a number", "NI 16,lower,2008/09,final,21.5,,,22\u200b.4,,,",
            "m.csv:2:outturn: expected a number such as 12.5, got \"22\\u200B.4\""),
        rows("an escape sequence in a number", "NI 16,lower,2008/09,final,21.5,,,\u001b[31m22.4,,,",
            "m.csv:2:outturn: expected a number such as 12.5, got \"\\u001B[31m22.4\""),
        rows("a cell of two hundred thousand characters", "NI 16,lower,2008/09,final,21.5,,,22.4,,," + "y".repeat(200_000),
            "m.csv:2:vital_sign: expected at most 100,000 characters, got 200,000"),
        measurements("a quoted field never closed over many lines", HEADER + "\nNI 16,\"" + "x\n".repeat(600_000),
            "m.csv:2: expected a row of at most 1,000,000 characters, got more"),
        measurements("only blank lines", HEADER + "\n\n\n\n", "m.csv:2: expected at least one row after the header, got none"),
        measurements("a formula as a code", "indicator,polarity,period,status,target,outturn\n=HYPERLINK(\"x\"),lower,2008/09,final,1,x\n",
            "m.csv:2:outturn: expected a number such as 12.5, got \"x\""),
        bytes("a summary of UTF-16 outcomes", "o.csv", "outcome,title,progress,problems,confidence\n1,A,green,green,green\n"
                .getBytes(StandardCharsets.UTF_16BE),
            List.of("summary", "--outcomes", "FILE"), "o.csv: expected UTF-8 text, got UTF-16 text or binary bytes"),
        of("an outcome with a blank no-break title", "o.csv", "outcome,title,progress,problems,confidence\n1,\u00a0,green,green,green\n",
            List.of("summary", "--outcomes", "FILE"), "o.csv:2:title: expected non-blank text, got nothing"));
  }

  /** Options out of range. */
  static Stream<Case> options() {
    List<String> reviews = List.of("reviews", "--partnership", "../lsp-pm-examples/data/sample-partnership.json", "--as-of", "2009-01-01", "--months");
    String scenarios = "scenario,measure,outturn\ncurrent,1,16\n";
    List<String> vary = List.of("whatif", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--scenarios", "FILE", "--vary", "1");
    return Stream.of(
        of("months negative", "unused.txt", "", append(reviews, "-1"), "--months: expected a whole number of months from 1 to 120, got -1"),
        of("months zero", "unused.txt", "", append(reviews, "0"), "--months: expected a whole number of months from 1 to 120, got 0"),
        of("months over ten years", "unused.txt", "", append(reviews, "121"), "--months: expected a whole number of months from 1 to 120, got 121"),
        of("a series of 100,001 points", "s.csv", scenarios, append(vary, "--from", "0", "--to", "100000", "--step", "1"),
            "--vary/--step: step: expected at most 100,000 points, got 100001"),
        of("a step of zero", "s.csv", scenarios, append(vary, "--from", "0", "--to", "10", "--step", "0"),
            "--vary/--step: step: expected a step above zero from a lower to a higher outturn, got 0"),
        of("a negative step", "s.csv", scenarios, append(vary, "--from", "0", "--to", "10", "--step", "-1"),
            "--vary/--step: step: expected a step above zero from a lower to a higher outturn, got -1"),
        of("a series running backwards", "s.csv", scenarios, append(vary, "--from", "10", "--to", "0", "--step", "1"),
            "--vary/--step: step: expected a step above zero from a lower to a higher outturn, got 1"),
        of("a step in words", "s.csv", scenarios, append(vary, "--from", "0", "--to", "10", "--step", "one"),
            "--step: expected a number such as 12.5, got \"one\""));
  }

  static Stream<Case> formats() {
    List<String> agreementArgs = List.of("prg", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--outturns", "FILE");
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
            "m.csv:2:tolerance: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got \"-0.1\""),
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
        of("comparator problems, every row", "c.csv", "group,indicator,period,authority,value\n"
                + "g,NI 16,2008/09,Camden,19.8\ng,NI 16,2008/09,Camden,20\ng,NI 16,2008-13,Islington,x\n",
            List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--comparators", "FILE"),
            "c.csv:3:authority: expected each authority once per group, indicator and period, got Camden again for NI 16 2008/09 "
                + "(first on row 2)",
            "c.csv:4:period: expected", "c.csv:4:value: expected a number such as 12.5, got \"x\""),
        of("a comparator group the file does not have", "c.csv", "group,indicator,period,authority,value\ng,NI 16,2008/09,Camden,19.8\n",
            List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--comparators", "FILE", "--comparator-group", "CIPFA"),
            "c.csv: expected a group named CIPFA (one of g)"),
        of("forecast problems, every row", "f.csv", "measure,distribution,low,likely,high,mean,sd,value,figures,periods\n"
                + "1,range,10,9,12,,,,,\n2,normal,,,,13,,,,\n3i,trend,,,,,,,1;x;3,4\n3ii,poisson,,,,,,,,\n"
                + "4,fixed,,,,1,,2,,\n5,trend,,,,,,,1;2;3,2.5\n1,fixed,,,,,,1,,\n99,fixed,,,,,,1,,\n",
            List.of("simulate", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--forecasts", "FILE"),
            "f.csv:2:likely: expected a most likely value from low 10 to high 12, got 9",
            "f.csv:3:sd: expected a value for a normal forecast, got nothing",
            "f.csv:4:figures[1]: expected a number such as 12.5, got \"x\"",
            "f.csv:5:distribution: expected range, normal, fixed or trend, got \"poisson\"",
            "f.csv:6:mean: expected nothing for a fixed forecast (it uses value), got \"1\"",
            "f.csv:7:periods: expected a whole number of periods in the year, such as 4 for quarters, got 2.5",
            "f.csv:8:measure: expected each measure once, got 1 again (first on row 2)",
            "f.csv:9:measure: expected a measure of the agreement (1, 2, 3i, 3ii, 4, 5, 6, 7, 8, 9, 10i, 10ii, 11, 12), got \"99\""),
        of("a forecast missing for a measure", "f.csv", "measure,distribution,value\n1,fixed,16\n",
            List.of("simulate", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--forecasts", "FILE"),
            "f.csv: expected a forecast for every measure of the agreement, got none for 2, 3i, 3ii, 4, 5, 6, 7, 8, 9, 10i, 10ii, 11, 12"),
        of("simulation options out of range", "f.csv", "measure,distribution,value\n1,fixed,16\n",
            List.of("simulate", "--agreement", "../lsp-pm-examples/data/lpsa-agreement.json", "--forecasts", "FILE", "--draws", "1000001"),
            "--draws: expected a whole number from 1 to 1,000,000, got \"1000001\""),
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
            "p.json: outturns[0] (indicator NI 39).status: expected one of FINAL, PROVISIONAL, ESTIMATED, AWAITED, got nothing",
            "p.json: outturns[1] (indicator NI 99).indicator: expected an indicator of the partnership, got NI 99"),
        of("misspelt partnership field", "p.json", "{\"name\":\"x\",\"area\":\"y\",\"nrfAlocation\":1}",
            List.of("reviews", "--partnership", "FILE", "--as-of", "2004-03-17"), "p.json: nrfAlocation: expected a known field",
            "p.json: nrfAllocation: expected an amount in pounds, got nothing"),
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
            List.of("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--policy", "FILE"),
            "policy.json: tolerance: expected a fraction from 0 up to but not including 1, such as 0.1 for ten per cent, got \"-0.1\""),
        of("missing file", "never-written.csv", null, List.of("rate", "--measurements", "FILE"),
            "never-written.csv: expected a readable file, got none at that path"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformed_input_is_refused_with_its_place_exit_2_and_no_output(Case c) throws IOException {
    refused(c);
  }

  static Stream<Case> workbooks() {
    return HostileWorkbooks.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  @Tag("slow") // the workbook reader is neither core nor rules, which PIT mutates: left out of mutation runs
  void a_hostile_workbook_is_refused_with_its_place_exit_2_and_no_output(Case c) throws IOException {
    refused(c);
  }

  /** Exit 2, exactly the lines expected, no stack trace or class name, no output, the input as it was. */
  private static void refused(Case c) throws IOException {
    Path file = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + c.file());
    if (c.content() != null) {
      Files.write(file, c.content());
    }
    Path output = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".out");
    List<String> args = new ArrayList<>(c.args().stream().map(a -> a.startsWith("FILE") ? file + a.substring(4) : a).toList());
    args.addAll(List.of("--output", output.toString()));

    Cli r = Cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    // Exactly the problems expected, in order, each located: a line per problem, nothing else
    // (no stack trace, no Java class name).
    List<String> lines = r.err().lines().toList();
    List<String> expected = c.expected().stream()
        .map(e -> e.startsWith(c.file()) ? file + e.substring(c.file().length()) : e).toList();
    assertThat(lines).as(r.err()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(lines.get(i)).startsWith(expected.get(i));
    }
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.lsppm").doesNotContain("jackson");
    assertThat(output).doesNotExist();
    if (c.content() != null) {
      assertThat(Files.readAllBytes(file)).as("the input is left as it was").isEqualTo(c.content());
    }
  }

  @Test
  void an_unknown_format_is_refused_with_exit_2() {
    Cli r = Cli.run("rate", "--measurements", "../lsp-pm-examples/data/measurements.csv", "--format", "docx");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of table, csv, json, markdown, html, pdf, xlsx, got 'docx'");
  }

  @Test
  @Tag("slow")
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
