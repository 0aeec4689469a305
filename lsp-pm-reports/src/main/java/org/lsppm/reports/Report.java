package org.lsppm.reports;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.period.FinancialYear;
import org.lsppm.core.period.ReportingPeriod;
import org.lsppm.core.rating.TrafficLight;

/**
 * A report before it is rendered: a title, what it opens with for people (a cover, a headline,
 * a key), tables, footer lines (the policy used), and the library's own result the JSON format
 * writes.
 *
 * <p>Every cell holds two things: the text people read in the table, Markdown and HTML formats
 * ({@code £229,666.67}, {@code 65.625%}, {@code 2008/09}) and the value the CSV and Excel formats
 * write for machines ({@code 229666.67}, {@code 0.65625}, {@code 2008-04-01/2009-03-31}).
 *
 * @param title the report's title
 * @param sections its tables
 * @param footer lines printed after the tables
 * @param data what {@code --format json} writes through the library's JSON binding
 * @param primary the name of the table {@code --format csv} writes unless {@code --table} names another
 * @param front what the formats for people show before the tables; the data formats leave it out
 */
public record Report(String title, List<Report.Section> sections, List<String> footer, Object data, String primary, Front front) {

  /** Checks that no part is null. */
  public Report {
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(sections, "sections");
    java.util.Objects.requireNonNull(footer, "footer");
    java.util.Objects.requireNonNull(primary, "primary");
    java.util.Objects.requireNonNull(front, "front");
  }

  /** A report with nothing before its tables. */
  public Report(String title, List<Report.Section> sections, List<String> footer, Object data, String primary) {
    this(title, sections, footer, data, primary, Front.NONE);
  }

  /** This report with {@code lines} after its footer. */
  public Report withFooter(List<String> lines) {
    return new Report(title, sections, footer.appendAll(lines), data, primary, front);
  }

  /** This report opening with {@code front}. */
  public Report withFront(Front front) {
    return new Report(title, sections, footer, data, primary, front);
  }

  /** This report under {@code cover}: its body, meeting, author and purpose, and its own title if it names one. */
  public Report withCover(Cover cover) {
    return withFront(new Front(io.vavr.control.Option.some(cover), front.headline(), front.key()));
  }

  /** The title people read: the cover's, when it names one, else the report's own. */
  public String heading() {
    return front.cover().flatMap(Cover::title).getOrElse(title);
  }

  /**
   * What a paper for people opens with, before its tables.
   *
   * @param cover who the paper is for and what it is for, if given
   * @param headline paragraphs that say in words what the figures say
   * @param key what the lights, arrows and lines mean, each term with its meaning
   */
  public record Front(Option<Cover> cover, List<String> headline, List<Term> key) {
    /** Nothing before the tables. */
    public static final Front NONE = new Front(Option.none(), List.empty(), List.empty());

    /** Checks that no part is null. */
    public Front {
      java.util.Objects.requireNonNull(cover, "cover");
      java.util.Objects.requireNonNull(headline, "headline");
      java.util.Objects.requireNonNull(key, "key");
    }
  }

  /**
   * One entry of a paper's key.
   *
   * @param term what is explained, such as {@code Amber} or {@code \u2191 Improving}
   * @param light the light the term wears, if it is one
   * @param meaning what it means under the policy in force
   */
  public record Term(String term, Option<TrafficLight> light, String meaning) {}

  /**
   * Who a committee paper is for and what it is for, as the papers councils table open: the body
   * and its committee, the meeting's date, the paper's own title, the reporting period, its author
   * and purpose, and what the committee is asked to do. Every part may be left out. In JSON (a
   * report-details file): {@code {"body": "Kensington and Chelsea Partnership", "committee":
   * "Partnership Board", "meetingDate": "2009-07-15", "title": "Local Area Agreement progress
   * report", "period": "April 2008 to March 2009", "author": "Partnership Support Officer",
   * "purpose": "...", "decision": "For information"}}.
   *
   * @param body the partnership or council
   * @param committee the board or committee the paper goes to
   * @param meetingDate the date of its meeting
   * @param title the paper's title, in place of the report's
   * @param period the reporting period, as the paper says it
   * @param author who wrote it
   * @param purpose what the paper does, in a sentence or two
   * @param decision what the committee is asked to do: {@code For information}, {@code For decision}
   */
  public record Cover(Option<String> body, Option<String> committee, Option<java.time.LocalDate> meetingDate, Option<String> title,
      Option<String> period, Option<String> author, Option<String> purpose, Option<String> decision) {
    /** Absent parts are none; each given text is checked as all of lsp-pm's text is ({@code Checks.text}): not blank, bounded, no control characters. */
    public Cover {
      java.util.List<org.lsppm.core.Problem> problems = new java.util.ArrayList<>();
      body = text("body", body, problems);
      committee = text("committee", committee, problems);
      meetingDate = meetingDate == null ? Option.none() : meetingDate;
      title = text("title", title, problems);
      period = text("period", period, problems);
      author = text("author", author, problems);
      purpose = text("purpose", purpose, problems);
      decision = text("decision", decision, problems);
      if (!problems.isEmpty()) {
        throw new org.lsppm.core.InvalidInputException(List.ofAll(problems));
      }
    }

    /** A given text, checked; its problems, placed at {@code field}, are added to {@code problems}. */
    private static Option<String> text(String field, Option<String> value, java.util.List<org.lsppm.core.Problem> problems) {
      if (value == null || value.isEmpty()) {
        return Option.none();
      }
      io.vavr.control.Validation<io.vavr.collection.Seq<org.lsppm.core.Problem>, String> checked = org.lsppm.core.Checks.text(value.get());
      checked.swap().forEach(ps -> ps.forEach(p -> problems.add(p.at(field))));
      return checked.toOption();
    }

    /**
     * The line under the title: {@code Reporting period: April 2008 to March 2009. Report by the
     * Partnership Support Officer.}; none when neither is given.
     */
    public Option<String> byline() {
      List<String> by = period.map(p -> "Reporting period: " + p).toList().appendAll(author.map(a -> "Report by " + a));
      return by.isEmpty() ? Option.none() : Option.some(by.mkString(". ") + ".");
    }

    /** The meeting line: {@code Partnership Board, 15 July 2009}; none when neither is given. */
    public Option<String> meeting() {
      String date = meetingDate.map(Dates::uk).getOrElse("");
      String line = committee.map(c -> date.isEmpty() ? c : c + ", " + date).getOrElse(date);
      return line.isEmpty() ? Option.none() : Option.some(line);
    }
  }

  /** The table the CSV format writes unless another is chosen: the one named {@link #primary()}, else the first. */
  public Section primarySection() {
    return sections.find(s -> s.name().equals(primary)).getOrElse(sections.head());
  }

  /** A report whose CSV table by default is its first. */
  public Report(String title, List<Report.Section> sections, List<String> footer, Object data) {
    this(title, sections, footer, data, sections.head().name());
  }

  /**
   * One table.
   *
   * @param name the table's stable snake_case name ({@code --table} chooses it in CSV)
   * @param heading what the table shows, for people
   * @param columns its columns
   * @param rows the cells, one list per row
   * @param totals how many of the last rows are totals, which the formats for people set apart
   *     (every row, in a table of no more rows)
   */
  public record Section(String name, String heading, List<Column> columns, Iterable<java.util.List<Cell>> rows, int totals) {
    /** Checks that the count of totals is not negative. */
    public Section {
      if (totals < 0) {
        throw new IllegalArgumentException("totals: expected zero or more, got " + totals);
      }
    }

    /** A table with no total rows. */
    public Section(String name, String heading, List<Column> columns, Iterable<java.util.List<Cell>> rows) {
      this(name, heading, columns, rows, 0);
    }

    /** This table with its last {@code count} rows marked as totals. */
    public Section withTotals(int count) {
      return new Section(name, heading, columns, rows, count);
    }

    /** The table as people read it: without the columns only machines read. */
    public Section forPeople() {
      return only(Audience.MACHINES);
    }

    /** The table as machines read it: without the columns only people read. */
    public Section forMachines() {
      return only(Audience.PEOPLE);
    }

    private Section only(Audience not) {
      int[] kept = columns.zipWithIndex().filter(c -> c._1.audience() != not).map(c -> c._2).toJavaStream()
          .mapToInt(Integer::intValue).toArray();
      if (kept.length == columns.size()) {
        return this;
      }
      return new Section(name, heading, columns.filter(c -> c.audience() != not), () -> io.vavr.collection.Iterator.ofAll(rows)
          .map(r -> {
            Cell[] cells = new Cell[kept.length];
            for (int i = 0; i < kept.length; i++) {
              cells[i] = r.get(kept[i]);
            }
            return java.util.Arrays.asList(cells);
          }), totals);
    }
  }

  /** Who reads a column. */
  public enum Audience {
    /** Every format writes it. */
    ALL,
    /** The table, Markdown and HTML formats: text combined for reading, such as {@code target 21.5}. */
    PEOPLE,
    /** CSV and Excel: the parts of such text as values, such as {@code basis} and {@code target}. */
    MACHINES
  }

  /**
   * One column.
   *
   * @param key its stable snake_case name, the CSV header
   * @param header what people read above it
   * @param audience which formats write it
   */
  public record Column(String key, String header, Audience audience) {
    /** A column every format writes, headed for people by its key with spaces for underscores. */
    public static Column of(String key) {
      return new Column(key, key.replace('_', ' '), Audience.ALL);
    }

    /** A column every format writes, with its own heading for people. */
    public static Column of(String key, String header) {
      return new Column(key, header, Audience.ALL);
    }

    /** A column only the formats for people write. */
    public static Column forPeople(String key, String header) {
      return new Column(key, header, Audience.PEOPLE);
    }

    /** A column only the formats for machines write. */
    public static Column forMachines(String key) {
      return new Column(key, key, Audience.MACHINES);
    }
  }

  /**
   * One cell: a value, and what people read of it. The text and the data are worked out only when
   * a format asks (a streamed CSV of a million rows never formats a number for people).
   *
   * @param raw the value: a number, money, ratio, quantity, period, date, enum or anything else
   *     (written as its text); null for an empty cell
   * @param word what people read instead of the value's own text, or null
   * @param light the light the cell shows, if it shows one
   * @param why how the light was decided, shown on hover in HTML; null for none
   */
  public record Cell(Object raw, String word, Option<TrafficLight> light, java.util.function.Supplier<String> why) {
    /** A cell of a value, its text and data chosen by its type. */
    public static Cell of(Object value) {
      return value instanceof Cell c ? c : new Cell(value, null, Option.none(), null);
    }

    /** A cell people read as {@code text} and machines as {@code value}. */
    public static Cell of(String text, Object value) {
      return new Cell(value, text, Option.none(), null);
    }

    /**
     * An empty data cell that people read as {@code word}: an awaited outturn, a payable still
     * pending. The column beside it (the rule or the status) says why it is empty.
     */
    public static Cell missing(String word) {
      return new Cell(null, word, Option.none(), null);
    }

    /** The value, or a cell people read as {@code word} when there is none. */
    public static Cell orMissing(Option<?> value, String word) {
      return value.isDefined() ? of(value.get()) : missing(word);
    }

    /** A rating's light with its explanation, or {@code data only} (empty data) when it has none. */
    public static Cell lightOf(org.lsppm.core.rating.IndicatorRating rating) {
      return rating.light().isDefined() ? new Cell(rating.light().get(), null, rating.light(), rating::explanation)
          : missing("data only");
    }

    /**
     * A word that stands for a state with a light's colour, such as a review that is Overdue (Red):
     * people see the word on the colour, machines read the value.
     */
    public static Cell shown(Enum<?> value, TrafficLight colour) {
      return new Cell(value, null, Option.some(colour), null);
    }

    /** How the light was decided, if the cell shows one. */
    public Option<String> explanation() {
      return why == null ? Option.none() : Option.some(why.get());
    }

    /** What people read. */
    public String text() {
      if (word != null) {
        return word;
      }
      if (raw == null) {
        return "";
      }
      if (raw instanceof Ratio r) {
        return percent(r);
      }
      if (raw instanceof java.time.LocalDate date) {
        return Dates.uk(date); // 17 November 2004 for people; value() keeps the ISO date for machines
      }
      return raw instanceof Enum<?> e ? Report.word(e) : String.valueOf(raw);
    }

    /**
     * What machines read: a {@link BigDecimal}, {@link Long}, {@link Boolean}, a {@link String}
     * (ISO dates and periods, enum names, text), or null for an empty cell.
     */
    public Object value() {
      Object value = raw;
      if (value == null || value instanceof Boolean || value instanceof BigDecimal || value instanceof Long) {
        return value;
      }
      if (value instanceof Integer i) {
        return i.longValue();
      }
      if (value instanceof Money m) {
        return m.amount();
      }
      if (value instanceof Ratio r) {
        return r.value();
      }
      if (value instanceof Quantity q) {
        return q.value();
      }
      if (value instanceof ReportingPeriod p) {
        return p.isFinancialYear() ? interval(FinancialYear.containing(p.start())) : p.start() + "/" + p.end();
      }
      if (value instanceof FinancialYear y) {
        return interval(y);
      }
      if (value instanceof LocalDate d) {
        return d.toString();
      }
      if (value instanceof Enum<?> e) {
        return e.name();
      }
      return String.valueOf(value);
    }
  }

  /** Financial years as ISO intervals, each written once: a streamed file names one in every row. */
  private static final java.util.concurrent.ConcurrentHashMap<FinancialYear, String> INTERVALS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String interval(FinancialYear year) {
    return INTERVALS.computeIfAbsent(year, y -> y.firstDay() + "/" + y.lastDay());
  }

  /** An enum constant as people read it: {@code GREEN} is Green, {@code ON_TIME} is On time. */
  public static String word(Enum<?> value) {
    String name = value.name().replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A table of plain values (each made a cell by {@link Cell#of}); columns are keys or {@link Column}s. */
  public static Section section(String name, String heading, List<?> columns, Iterable<? extends Iterable<?>> rows) {
    List<Column> cs = columns.map(c -> c instanceof Column col ? col : Column.of((String) c));
    return new Section(name, heading, cs, () -> io.vavr.collection.Iterator.ofAll(rows).map(r -> {
      java.util.List<Cell> cells = new java.util.ArrayList<>(cs.size());
      r.forEach(v -> cells.add(Cell.of(v)));
      return cells;
    }));
  }

  /**
   * A policy as one line for the foot of a report for people: its kind and id, the thresholds
   * that decide the report in words, and the SHA-256 of its JSON as lsp-pm writes it (the same
   * policy always has the same digest; the data formats carry the JSON itself), such as {@code
   * Rating policy lsp-pm-default: a 10% tolerance (5% for vital signs), ... (SHA-256 8745e6bd...)}.
   */
  public static String policyLine(String kind, Object policy) {
    String json = org.lsppm.core.Json.write(policy);
    return kind + " policy " + words(policy, json) + " (SHA-256 " + sha256(json) + ")";
  }

  /** Each indicator's own tolerance, as {@code ; NI 39 20%, NI 152 0%}; nothing when none has one. */
  static String ownTolerances(org.lsppm.core.rating.RatingPolicy policy) {
    return policy.toleranceOverrides().isEmpty() ? ""
        : "; " + policy.toleranceOverrides().map(o -> o.indicator() + " " + o.tolerance()).mkString(", ");
  }

  private static String words(Object policy, String json) {
    if (policy instanceof org.lsppm.core.rating.RatingPolicy p) {
      return p.id() + ": a " + p.tolerance() + " tolerance (" + p.vitalSignTolerance() + " for vital signs" + ownTolerances(p)
          + "), a static band of " + p.staticBand() + ", a miss beyond tolerance "
          + (p.offTargetTrend() == org.lsppm.core.rating.OffTargetTrendRule.IMPROVING_IS_AMBER ? "Amber while improving" : "Red")
          + "; scores Green from " + p.greenFromScore().value() + " and Amber from " + p.amberFromScore().value()
          + "; the partnership Red at a Green share of at most " + p.redWhenGreenShareAtMost()
          + p.lightTouchNrfBelow().map(m -> "; light-touch reporting below " + m + " of Neighbourhood Renewal Fund").getOrElse("");
    }
    if (policy instanceof org.lsppm.core.reward.RewardPolicy p) {
      return p.id() + ": " + (p.scheme() == org.lsppm.core.reward.RewardScheme.STRETCH_SHARE
              ? "a share of the grant from " + p.threshold() + " of the stretch achieved" : "the grant paid in full when the target is met")
          + ", " + p.capitalShare() + " of each payment capital, in " + p.instalments() + " instalments, " + p.paymentOnAccountShare()
          + " on account for an interim level, pence rounded " + Report.word(p.rounding()).toLowerCase(Locale.UK);
    }
    if (policy instanceof org.lsppm.core.review.ReviewPolicy p) {
      return p.id() + ": delivery reviewed every " + p.deliveryMonths() + " months, each criterion in full every "
          + p.criterionFullReviewMonths() + " months and a weak one every " + p.weakCriterionMonths() + ", the improvement plan every "
          + p.improvementPlanMonths() + " and reward targets every " + p.rewardTargetsMonths() + " months; due soon within "
          + p.dueSoonDays() + " days; at least " + p.minimumPriorityThemes() + " priority themes in a partial review";
    }
    return json.replaceAll("\\s*\\n\\s*", " ");
  }

  private static String sha256(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Decimal places of a per cent people read in text: {@code 65.625%}, {@code 33.3333%}. */
  public static final int PERCENT_PLACES = 4;

  /**
   * A ratio as people read it, in per cent to {@link #PERCENT_PLACES} places (fewer where they are
   * zeros), or to as many more as it takes for a value just below a whole per cent not to show as
   * that per cent: a share of 59.99999999% is shown so, never as the 60% trigger it misses.
   */
  public static String percent(Ratio r) {
    BigDecimal exact = r.toPercent();
    return exact.setScale(percentPlaces(exact, PERCENT_PLACES), java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * How many decimal places show the per cent {@code exact} (half even) without rounding it up to
   * a whole per cent it does not reach: {@code places}, or more where that would happen.
   */
  public static int percentPlaces(BigDecimal exact, int places) {
    int shown = places;
    while (shown < exact.scale()) {
      BigDecimal rounded = exact.setScale(shown, java.math.RoundingMode.HALF_EVEN);
      if (rounded.compareTo(exact) <= 0 || rounded.stripTrailingZeros().scale() > 0) {
        break;
      }
      shown++;
    }
    return shown;
  }
}
