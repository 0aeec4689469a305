package org.lsppm.io;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import org.lsppm.core.Checks;
import org.lsppm.core.Json;
import org.lsppm.core.Problem;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.Text;
import org.lsppm.core.indicator.Indicator;
import org.lsppm.core.indicator.Polarity;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.ComparatorGroup;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.OutcomeAssessment;
import org.lsppm.core.rating.PreviousOutturns;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.core.reward.OutturnForecast;
import org.lsppm.core.reward.RewardAgreement;
import org.lsppm.core.reward.Scenario;
import org.lsppm.core.reward.TargetId;

/** Reads the command line's input files (formats in the examples README), reporting every problem with its place. */
public final class Inputs {
  private Inputs() {}

  /** A JSON file of {@code type}; every problem as {@code file: path: ...}. */
  public static <T> T json(Path path, Class<T> type) throws BadInput {
    try (InputStream in = Files.newInputStream(path)) {
      Validation<Seq<Problem>, T> v = Json.read(in, type);
      if (v.isInvalid()) {
        throw new BadInput(List.ofAll(v.getError()).map(p -> InputProblem.inFile(path.toString(), p)));
      }
      return v.get();
    } catch (IOException e) {
      throw BadInput.of(FileProblems.unreadable(path.toString(), e));
    }
  }

  /**
   * A rating policy from a workbook: the sheet {@code Policy} holds one row per setting (columns
   * {@code setting} and {@code value}, the settings named as {@code lsp-pm policy} prints them),
   * and an optional sheet {@code Overrides} one row per indicator with its own tolerance (columns
   * {@code indicator} and {@code tolerance}). A tolerance may be written {@code 0.1} or
   * {@code 10%}. The sheets become the policy's JSON and are read by the same binding as a JSON
   * policy, so the rules and messages are the same; each problem is placed in its cell.
   */
  public static RatingPolicy policyWorkbook(Path book) throws BadInput {
    String file = XlsxFile.file(book).toString();
    List<CsvFile.Row> settings = CsvFile.read(Path.of(file + "!Policy"), Set.of("setting", "value"), Set.of(), false);
    boolean hasOverrides = XlsxFile.sheets(Path.of(file)).contains("Overrides");
    List<CsvFile.Row> overrides = hasOverrides
        ? CsvFile.read(Path.of(file + "!Overrides"), Set.of("indicator", "tolerance"), Set.of(), false) : List.empty();
    com.fasterxml.jackson.databind.node.JsonNodeFactory nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    com.fasterxml.jackson.databind.node.ObjectNode json = nodes.objectNode();
    java.util.Map<String, CsvFile.Row> bySetting = new java.util.HashMap<>();
    java.util.List<InputProblem> problems = new ArrayList<>();
    for (CsvFile.Row row : settings) {
      String setting = row.get("setting");
      if (setting == null) {
        problems.add(row.problem("setting", "expected a setting such as tolerance, got a blank cell"));
        continue;
      }
      CsvFile.Row earlier = bySetting.putIfAbsent(setting, row);
      if (earlier != null) {
        problems.add(row.problem("setting", "expected each setting once, got " + setting + " again (first on row " + earlier.row() + ")"));
        continue;
      }
      if (row.get("value") != null) {
        json.set(setting, policyValue(row.get("value"), nodes));
      }
    }
    if (hasOverrides) {
      com.fasterxml.jackson.databind.node.ArrayNode list = json.putArray("toleranceOverrides");
      for (CsvFile.Row row : overrides) {
        com.fasterxml.jackson.databind.node.ObjectNode o = list.addObject();
        o.put("indicator", row.get("indicator"));
        o.set("tolerance", row.get("tolerance") == null ? nodes.nullNode() : policyValue(row.get("tolerance"), nodes));
      }
    }
    BadInput.throwIfAny(problems);
    Validation<Seq<Problem>, RatingPolicy> v = Json.read(json, RatingPolicy.class);
    if (v.isInvalid()) {
      throw new BadInput(List.ofAll(v.getError()).map(p -> placed(p, bySetting, overrides, file)));
    }
    return v.get();
  }

  /** A cell as JSON: a number or percentage as a number (exactly), anything else as text. */
  private static com.fasterxml.jackson.databind.JsonNode policyValue(String text, com.fasterxml.jackson.databind.node.JsonNodeFactory nodes) {
    String t = text.strip();
    Validation<Seq<Problem>, ?> number = t.endsWith("%") ? Ratio.parse(t).map(Ratio::value) : Values.number(t).map(Quantity::value);
    return number.isValid() ? nodes.numberNode((java.math.BigDecimal) number.get()) : nodes.textNode(text);
  }

  /** A problem of the policy's JSON placed in the cell it came from. */
  private static InputProblem placed(Problem p, java.util.Map<String, CsvFile.Row> bySetting, List<CsvFile.Row> overrides, String file) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("toleranceOverrides\\[(\\d+)][^.]*\\.?(\\w*)(.*)").matcher(p.field());
    if (m.matches() && Integer.parseInt(m.group(1)) < overrides.size()) {
      CsvFile.Row row = overrides.get(Integer.parseInt(m.group(1)));
      String column = m.group(2);
      String rest = m.group(3).startsWith(".") ? m.group(3).substring(1) : m.group(3);
      return row.problem(column, within(rest, p));
    }
    String setting = p.field().split("[.\\[]", 2)[0];
    CsvFile.Row row = bySetting.get(setting);
    return row == null ? InputProblem.inSheet(file, "Policy", p.field(), InputProblem.detail(p))
        : row.problem("value", within(p.field(), p));
  }

  /** A problem's words, led by its path inside the cell's JSON when it has one: {@code lower: expected ...}. */
  private static String within(String path, Problem p) {
    return (path.isEmpty() ? "" : path + ": ") + InputProblem.detail(p);
  }

  /**
   * Measurements: one row per outturn of an indicator against its target. A row without a
   * {@code previous} outturn is compared with the latest earlier period of the same indicator and
   * length in the file ({@link PreviousOutturns}); a {@code previous} given in the row wins.
   */
  public static List<Measurement> measurements(Path path, boolean progress) throws BadInput {
    // Held whole, so read once and compared in memory; measurementRows reads twice to hold nothing.
    java.util.List<Measurement> all = new ArrayList<>();
    try (MeasurementRows rows = new MeasurementRows(measurementFile(path, progress), null)) {
      rows.forEachRemaining(all::add);
      rows.finish();
    }
    List<Measurement> read = List.ofAll(all);
    return PreviousOutturns.of(read).completeAll(read).toList();
  }

  /**
   * Measurements read one row at a time, for inputs too large to hold; see {@link MeasurementRows}.
   * The file is read twice: first to note each indicator's outturns, so that a row is compared
   * with its indicator's previous period wherever in the file that is; then row by row, each row
   * checked as it is read. A problem of the file's shape (its header, a row with the wrong number
   * of fields) is thrown from here; the rows' problems from {@link MeasurementRows#finish()}, so a
   * caller keeps nothing it made from the rows until that returns.
   */
  public static MeasurementRows measurementRows(Path path, boolean progress) throws BadInput {
    PreviousOutturns.Builder outturns = PreviousOutturns.builder();
    try (CsvFile.Rows first = measurementFile(path, progress)) {
      // Only what a previous outturn needs is read: a row that does not read is the second reading's to report.
      while (first.hasNext()) {
        CsvFile.Row row = first.next();
        String outturn = row.get("outturn");
        if (outturn != null) {
          var code = Checks.code(row.get("indicator"));
          var period = Values.period(row.get("period"));
          var value = Values.number(outturn);
          if (code.isValid() && period.isValid() && value.isValid()) {
            outturns.add(code.get(), period.get(), value.get());
          }
        }
      }
      first.finish();
    }
    return new MeasurementRows(measurementFile(path, progress), outturns.build());
  }

  private static CsvFile.Rows measurementFile(Path path, boolean progress) throws BadInput {
    return CsvFile.open(path, Set.of("indicator", "polarity", "period", "status"),
        Set.of("title", "theme", "unit", "vital_sign", "target", "target_lower", "target_upper", "outturn", "previous", "tolerance",
            "commentary"),
        progress);
  }

  /**
   * The measurements of a file as they are read: a row with problems yields nothing and its
   * problems are kept, with those of every other row, for {@link #finish()}. What is remembered
   * across rows is one key per indicator and period (for duplicates) and what each indicator's
   * first row said of it (for disagreements), not the rows or the measurements: a million rows of
   * a million indicators rate in a 512 MB heap.
   */
  public static final class MeasurementRows extends LookAhead<Measurement> implements AutoCloseable {
    private final CsvFile.Rows rows;
    private final java.util.List<InputProblem> problems = new ArrayList<>();
    private final java.util.Map<Key, Long> seen = new java.util.HashMap<>();
    private final java.util.Map<String, FirstRow> firstOfIndicator = new java.util.HashMap<>();
    /**
     * Indicators lately built, by every column that makes one: a file's rows share them. Bounded,
     * so a file of a million indicators does not keep a million of them.
     */
    private final java.util.Map<java.util.List<Object>, Indicator> indicators = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(java.util.Map.Entry<java.util.List<Object>, Indicator> eldest) {
        return size() > SHARED_INDICATORS;
      }
    };

    /** The file's outturns, from a first reading of it; null when the caller compares the rows once it holds them all. */
    private final PreviousOutturns outturns;

    MeasurementRows(CsvFile.Rows rows, PreviousOutturns outturns) {
      this.rows = rows;
      this.outturns = outturns;
    }

    /** The next row that makes a measurement; a row with problems keeps them and yields nothing. */
    @Override
    protected Measurement fetch() {
      while (rows.hasNext()) {
        Measurement m = measurement(rows.next());
        if (m != null) {
          return outturns == null ? m : outturns.complete(m);
        }
      }
      return null;
    }

    /**
     * After the last measurement: the problems of the file's shape (rows with the wrong number of
     * fields) if it has any, else every problem of every row; or none.
     */
    public void finish() throws BadInput {
      rows.finish();
      BadInput.throwIfAny(problems);
    }

    @Override
    public void close() {
      rows.close();
    }

    private Measurement measurement(CsvFile.Row row) {
      List<InputProblem> found = List.empty();
      var code = Checks.code(row.get("indicator"));
      var polarity = Values.polarity(row.get("polarity"));
      var period = Values.period(row.get("period"));
      var status = Values.status(row.get("status"));
      var outturn = Values.optionalNumber(row.get("outturn"));
      var target = Values.optionalNumber(row.get("target"));
      var lower = Values.optionalNumber(row.get("target_lower"));
      var upper = Values.optionalNumber(row.get("target_upper"));
      var previous = Values.optionalNumber(row.get("previous"));
      var vital = Values.flag(row.get("vital_sign"));
      var tolerance = row.get("tolerance") == null ? Checks.<Option<Ratio>>valid(Option.none())
          : Ratio.parse(row.get("tolerance")).map(Option::some);
      found = found.appendAll(row.problems(code, "indicator")).appendAll(row.problems(polarity, "polarity"))
          .appendAll(row.problems(period, "period")).appendAll(row.problems(status, "status"))
          .appendAll(row.problems(outturn, "outturn")).appendAll(row.problems(target, "target"))
          .appendAll(row.problems(lower, "target_lower")).appendAll(row.problems(upper, "target_upper"))
          .appendAll(row.problems(previous, "previous")).appendAll(row.problems(vital, "vital_sign"))
          .appendAll(row.problems(tolerance, "tolerance"))
          .appendAll(row.get("commentary") == null ? List.empty() : row.problems(Text.of(row.get("commentary")), "commentary"));
      if (code.isValid()) {
        FirstRow first = firstOfIndicator.computeIfAbsent(code.get(), c -> new FirstRow(row.row(), polarity.toOption(), c,
            row.get("polarity"), row.get("title"), row.get("unit")));
        found = found.appendAll(disagreements(row, polarity.toOption(), first, code.get()));
      }
      Measurement result = null;
      if (found.isEmpty()) {
        // The code as the indicator's first row spelt it: one string per indicator, not per row.
        String shared = firstOfIndicator.get(code.get()).code();
        Long earlier = seen.putIfAbsent(new Key(shared, period.get().start().toEpochDay() << 32 | period.get().end().toEpochDay()), row.row());
        if (earlier != null) {
          found = found.append(row.problem("indicator", "expected one row per indicator and period, got "
              + code.get() + " " + period.get() + " again (first on row " + earlier + ")"));
        } else {
          Validation<Seq<Problem>, Measurement> m = MeasurementRow.measurement(code.get(), polarity.get(), period.get(), status.get(),
              outturn.get(), target.get(), lower.get(), upper.get(), previous.get(), vital.get(), tolerance.get(),
              row.get("title"), row.get("theme"), row.get("unit"), row.get("commentary"), indicators);
          if (m.isInvalid()) {
            found = found.appendAll(m.getError().map(p -> row.locate(p, "")));
          } else {
            result = m.get();
          }
        }
      }
      problems.addAll(found.toJavaList());
      return result;
    }
  }

  /**
   * An indicator's code and a period (its first and last days as one number): one row each. Kept
   * for every row of a file, so small.
   */
  private record Key(String code, long period) {}

  /** How many indicators a file's rows share at once; a file with more builds the others again. */
  private static final int SHARED_INDICATORS = 4_096;

  /**
   * What the first row of an indicator said of it: its number, the polarity read from it (none
   * if it did not read), the code as spelt there, and the polarity, title and unit as written.
   */
  private record FirstRow(long row, Option<Polarity> polarity, String code, String polarityText, String title, String unit) {
    /** What the first row held in {@code column}: polarity, title or unit. */
    String get(String column) {
      return switch (column) {
        case "polarity" -> polarityText;
        case "title" -> title;
        default -> unit;
      };
    }
  }

  /**
   * Where this row describes its indicator differently from the indicator's first row: the same
   * code with another polarity, title or unit would be rated two ways without a word. A blank
   * optional cell says nothing and disagrees with nothing; a polarity that did not read is
   * reported on its own.
   */
  private static List<InputProblem> disagreements(CsvFile.Row row, Option<Polarity> polarity, FirstRow first, String code) {
    if (first.row() == row.row()) {
      return List.empty();
    }
    List<InputProblem> found = List.empty();
    if (polarity.isDefined() && first.polarity().isDefined() && polarity.get() != first.polarity().get()) {
      found = found.append(disagreement(row, first, "polarity", code));
    }
    for (String column : new String[] {"title", "unit"}) {
      String mine = row.get(column);
      String theirs = first.get(column);
      if (mine != null && theirs != null && !mine.equals(theirs)) {
        found = found.append(disagreement(row, first, column, code));
      }
    }
    return found;
  }

  private static InputProblem disagreement(CsvFile.Row row, FirstRow first, String column, String code) {
    return row.problem(column, "expected \"" + first.get(column) + "\" for " + code
        + " as on row " + first.row() + ", got \"" + row.get(column) + "\"");
  }


  /** LAA1 outcomes with their three lights. */
  public static List<OutcomeAssessment> outcomes(Path path, boolean progress) throws BadInput {
    List<CsvFile.Row> rows = CsvFile.read(path, Set.of("outcome", "title", "progress", "problems", "confidence"),
        Set.of("theme", "commentary"), progress);
    java.util.List<InputProblem> problems = new ArrayList<>();
    java.util.List<OutcomeAssessment> result = new ArrayList<>();
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    for (CsvFile.Row row : rows) {
      var progressLight = Values.light(row.get("progress"));
      var problemsLight = Values.light(row.get("problems"));
      var confidence = Values.light(row.get("confidence"));
      List<InputProblem> found = row.problems(progressLight, "progress").appendAll(row.problems(problemsLight, "problems"))
          .appendAll(row.problems(confidence, "confidence"));
      if (row.get("outcome") != null) {
        Long earlier = seen.putIfAbsent(row.get("outcome"), row.row());
        if (earlier != null) {
          found = found.append(row.problem("outcome", "expected each outcome once, got "
              + row.get("outcome") + " again (first on row " + earlier + ")"));
        }
      }
      Validation<Seq<Problem>, OutcomeAssessment> o = OutcomeAssessment.newBuilder().outcome(row.get("outcome"))
          .title(row.get("title")).theme(row.get("theme")).progress(progressLight.getOrNull())
          .problems(problemsLight.getOrNull()).confidence(confidence.getOrNull())
          .commentary(row.get("commentary")).build();
      if (found.isEmpty() && o.isInvalid()) {
        found = List.ofAll(o.getError()).map(p -> row.locate(p, ""));
      }
      if (found.isEmpty()) {
        result.add(o.get());
      }
      problems.addAll(found.toJavaList());
    }
    BadInput.throwIfAny(problems);
    return List.ofAll(result);
  }

  /**
   * The comparator groups of one name ({@code group}, or the file's first when null), one per
   * indicator and period, in the file's order; one row per group, indicator, period and authority.
   */
  public static List<ComparatorGroup> comparators(Path path, String group, boolean progress) throws BadInput {
    List<CsvFile.Row> rows = CsvFile.read(path, Set.of("group", "indicator", "period", "authority"), Set.of("value"), progress);
    java.util.List<InputProblem> problems = new ArrayList<>();
    String chosen = group != null ? group : rows.headOption().map(r -> r.get("group")).getOrNull();
    java.util.Map<String, java.util.List<ComparatorGroup.Member>> members = new java.util.LinkedHashMap<>();
    java.util.Map<String, ReportingPeriod> periods = new java.util.HashMap<>();
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    java.util.Set<String> groups = new java.util.LinkedHashSet<>();
    for (CsvFile.Row row : rows) {
      var name = Checks.code(row.get("group"));
      var code = Checks.code(row.get("indicator"));
      var period = Values.period(row.get("period"));
      var authority = Text.of(row.get("authority"));
      var value = Values.optionalNumber(row.get("value"));
      List<InputProblem> found = row.problems(name, "group").appendAll(row.problems(code, "indicator"))
          .appendAll(row.problems(period, "period")).appendAll(row.problems(authority, "authority"))
          .appendAll(row.problems(value, "value"));
      if (found.isEmpty()) {
        groups.add(name.get());
        String key = code.get() + " " + period.get();
        Long earlier = seen.putIfAbsent(name.get() + "/" + key + "/" + authority.get(), row.row());
        if (earlier != null) {
          found = found.append(row.problem("authority", "expected each authority once per group, indicator and period, got "
              + authority.get() + " again for " + key + " (first on row " + earlier + ")"));
        } else if (name.get().equals(chosen)) {
          members.computeIfAbsent(key, k -> new ArrayList<>()).add(new ComparatorGroup.Member(authority.get(), value.get()));
          periods.put(key, period.get());
          codes.put(key, code.get());
        }
      }
      problems.addAll(found.toJavaList());
    }
    if (problems.isEmpty() && group != null && !groups.contains(group)) {
      problems.add(InputProblem.inFile(path.toString(), "expected a group named " + group + " (one of " + String.join(", ", groups) + ")"));
    }
    BadInput.throwIfAny(problems);
    return List.ofAll(members.entrySet()).map(e ->
        Checks.orThrow(ComparatorGroup.of(chosen, codes.get(e.getKey()), periods.get(e.getKey()), e.getValue())));
  }

  /** The columns each kind of forecast uses; the others must be empty. */
  private static final java.util.Map<String, List<String>> FORECAST_COLUMNS = java.util.Map.of(
      "range", List.of("low", "likely", "high"), "normal", List.of("mean", "sd"), "fixed", List.of("value"),
      "trend", List.of("figures", "periods"));
  private static final List<String> ALL_FORECAST_COLUMNS = List.of("low", "likely", "high", "mean", "sd", "value", "figures", "periods");

  /** Outturn forecasts for an agreement: one row per measure, every measure once. */
  public static io.vavr.collection.Map<TargetId, OutturnForecast> forecasts(Path path, RewardAgreement agreement, boolean progress)
      throws BadInput {
    List<CsvFile.Row> rows = CsvFile.read(path, Set.of("measure", "distribution"), Set.copyOf(ALL_FORECAST_COLUMNS.toJavaList()),
        progress);
    java.util.List<InputProblem> problems = new ArrayList<>();
    io.vavr.collection.Map<TargetId, OutturnForecast> result = io.vavr.collection.LinkedHashMap.empty();
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    String known = agreement.measures().map(m -> m.id().value()).mkString(", ");
    for (CsvFile.Row row : rows) {
      var measure = Checks.code(row.get("measure"));
      List<InputProblem> found = row.problems(measure, "measure");
      if (measure.isValid()) {
        if (agreement.measure(new TargetId(measure.get())).isEmpty()) {
          found = found.append(row.problem("measure", "expected a measure of the agreement (" + known + "), got \"" + measure.get() + "\""));
        }
        Long earlier = seen.putIfAbsent(measure.get(), row.row());
        if (earlier != null) {
          found = found.append(row.problem("measure", "expected each measure once, got " + measure.get() + " again (first on row " + earlier + ")"));
        }
      }
      String kind = row.get("distribution") == null ? "" : row.get("distribution").strip().toLowerCase(java.util.Locale.ROOT);
      List<String> uses = FORECAST_COLUMNS.get(kind);
      if (uses == null) {
        found = found.append(row.problem("distribution", "expected range, normal, fixed or trend, got \"" + Checks.abbreviated(row.get("distribution"))
            + "\""));
      } else {
        for (String column : ALL_FORECAST_COLUMNS) {
          if (uses.contains(column) && row.get(column) == null) {
            found = found.append(row.problem(column, "expected a value for a " + kind + " forecast, got nothing"));
          } else if (!uses.contains(column) && row.get(column) != null) {
            found = found.append(row.problem(column, "expected nothing for a " + kind + " forecast (it uses " + uses.mkString(", ")
                + "), got \"" + Checks.abbreviated(row.get(column)) + "\""));
          }
        }
        if (found.isEmpty()) {
          Validation<Seq<Problem>, OutturnForecast> f = forecast(row, kind);
          if (f.isInvalid()) {
            found = found.appendAll(List.ofAll(f.getError()).map(p -> row.locate(p, "")));
          } else {
            result = result.put(new TargetId(measure.get()), f.get());
          }
        }
      }
      problems.addAll(found.toJavaList());
    }
    var missing = result;
    List<String> without = agreement.measures().map(m -> m.id().value()).filter(id -> !missing.containsKey(new TargetId(id)));
    if (problems.isEmpty() && !without.isEmpty()) {
      problems.add(InputProblem.inFile(path.toString(), "expected a forecast for every measure of the agreement, got none for " + without.mkString(", ")));
    }
    BadInput.throwIfAny(problems);
    return result;
  }

  private static Validation<Seq<Problem>, OutturnForecast> forecast(CsvFile.Row row, String kind) {
    return switch (kind) {
      case "range" -> Checks.join(Validation.combine(Checks.at("low", Values.number(row.get("low"))),
          Checks.at("likely", Values.number(row.get("likely"))), Checks.at("high", Values.number(row.get("high"))))
          .ap(OutturnForecast::between));
      case "normal" -> Checks.join(Validation.combine(Checks.at("mean", Values.number(row.get("mean"))),
          Checks.at("sd", Values.number(row.get("sd")))).ap(OutturnForecast::normal));
      case "fixed" -> Checks.at("value", Values.number(row.get("value"))).map(OutturnForecast.Fixed::new);
      default -> Checks.join(Validation.combine(
              Checks.at("figures", Checks.each("", List.of(row.get("figures").split(";", -1)), Values::number)),
              Checks.at("periods", Values.number(row.get("periods")).flatMap(Inputs::periods)))
          .ap(OutturnForecast::fromTrend));
    };
  }

  private static Validation<Seq<Problem>, Integer> periods(Quantity p) {
    return p.value().stripTrailingZeros().scale() <= 0 && p.value().compareTo(BigDecimal.valueOf(366)) <= 0
        ? Checks.valid(p.value().intValueExact())
        : Checks.invalid(Problem.of("", "a whole number of periods in the year, such as 4 for quarters", p));
  }

  /** Scenarios for an agreement: one row per scenario and measure. */
  public static List<Scenario> scenarios(Path path, RewardAgreement agreement, boolean progress) throws BadInput {
    List<CsvFile.Row> rows = CsvFile.read(path, Set.of("scenario", "measure"), Set.of("outturn", "interim"), progress);
    java.util.List<InputProblem> problems = new ArrayList<>();
    LinkedHashMap<String, Scenario> scenarios = LinkedHashMap.empty();
    HashMap<String, Long> seen = HashMap.empty();
    String known = agreement.measures().map(m -> m.id().value()).mkString(", ");
    for (CsvFile.Row row : rows) {
      var name = Checks.text(row.get("scenario"));
      var measure = Checks.code(row.get("measure"));
      var outturn = Values.optionalNumber(row.get("outturn"));
      var interim = Values.optionalNumber(row.get("interim"));
      List<InputProblem> found = row.problems(name, "scenario").appendAll(row.problems(measure, "measure"))
          .appendAll(row.problems(outturn, "outturn")).appendAll(row.problems(interim, "interim"));
      if (measure.isValid() && agreement.measure(new TargetId(measure.get())).isEmpty()) {
        found = found.append(row.problem("measure", "expected a measure of the agreement (" + known
            + "), got \"" + measure.get() + "\""));
      }
      if (interim.isValid() && interim.get().isDefined() && measure.isValid()
          && agreement.measure(new TargetId(measure.get())).exists(m -> m.stretch().interim().isEmpty())) {
        found = found.append(row.problem("interim", "expected no interim outturn for a measure without an interim level, got "
            + interim.get().get()));
      }
      if (found.isEmpty()) {
        String key = name.get() + "/" + measure.get();
        if (seen.containsKey(key)) {
          found = found.append(row.problem("measure", "expected each measure once per scenario, got "
              + measure.get() + " again in " + name.get() + " (first on row " + seen.get(key).get() + ")"));
        } else {
          seen = seen.put(key, row.row());
          Scenario s = scenarios.get(name.get()).getOrElse(() -> Scenario.named(name.get()));
          TargetId id = new TargetId(measure.get());
          if (outturn.get().isDefined()) {
            s = s.outturn(id, outturn.get().get());
          }
          if (interim.get().isDefined()) {
            s = new Scenario(s.name(), s.outturns(), s.interims().put(id, interim.get().get()));
          }
          scenarios = scenarios.put(name.get(), s);
        }
      }
      problems.addAll(found.toJavaList());
    }
    BadInput.throwIfAny(problems);
    return scenarios.values().toList();
  }
}
