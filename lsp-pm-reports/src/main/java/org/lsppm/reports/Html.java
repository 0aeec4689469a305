package org.lsppm.reports;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.lsppm.core.Money;
import org.lsppm.core.Quantity;
import org.lsppm.core.Ratio;
import org.lsppm.core.rating.TrafficLight;

/**
 * One self-contained HTML page (no scripts, no external files) for a committee paper, printable
 * on A4 landscape and readable to WCAG 2.2 AA: a light is a coloured cell that also carries its
 * word (never colour alone), with the explanation of how it was decided in its title; numbers are
 * right-aligned; periods never wrap; every table has real column headers and each row a row
 * header; an indicator with several periods has an inline SVG line of its outturns against its
 * target; the foot says when and from what the page was made.
 */
final class Html {
  private Html() {}

  /**
   * Each light's colour and the colour of text on it, as CSS writes them: each pair has a contrast
   * ratio of at least 4.5:1. The workbook format fills its light cells with the same.
   */
  static final java.util.Map<TrafficLight, String[]> COLOURS = java.util.Map.of(
      TrafficLight.GREEN, new String[] {"#1b5e20", "#fff"}, TrafficLight.AMBER, new String[] {"#ffb300", "#000"},
      TrafficLight.RED, new String[] {"#b71c1c", "#fff"}, TrafficLight.PURPLE, new String[] {"#4a148c", "#fff"});

  private static final String STYLE = lightStyles() + """
      :root{color-scheme:light}
      body{font-family:Arial,Helvetica,sans-serif;margin:1.5em 2em;color:#111;background:#fff;line-height:1.35}
      h1{font-size:1.6em;margin:0 0 .2em 0}
      h2{font-size:1.2em;margin:1.4em 0 .5em 0}
      p.meta{margin:0 0 1em 0;color:#333}
      p.body{font-weight:bold;font-size:1.1em;margin:0;text-transform:uppercase}
      p.meeting{margin:0 0 .6em 0}
      p.by,p.purpose,p.decision{margin:.3em 0}
      section.headline p{font-size:1.1em;max-width:60em}
      dl.legend dt.light{padding:0 .4em}
      table{border-collapse:collapse;margin:0 0 1em 0}
      th,td{border:1px solid #767676;padding:.25em .35em;text-align:left;vertical-align:top}
      thead th{background:#e8e8e8}
      tbody th{font-weight:normal}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .nowrap{white-space:nowrap}
      .num.marked,thead th.num{white-space:normal}
      .light{font-weight:bold;white-space:nowrap}
      th.light-green,th.light-amber,th.light-red,th.light-purple{font-weight:bold}
      svg.sparkline{display:block}
      .step td,.step th{border-top:3px solid #000}
      tr.total td,tr.total th{font-weight:bold;background:#f2f2f2}
      tr.total.first td,tr.total.first th{border-top:2px solid #000}
      footer{border-top:1px solid #767676;margin-top:2em;padding-top:.5em;font-size:.85em;color:#222}
      footer p{margin:.3em 0;overflow-wrap:anywhere}
      dl.legend{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;margin:.5em 0}
      dl.legend dt{font-weight:bold}
      dl.legend dd{margin:0}
      @page{size:A4 landscape;margin:12mm}
      @media print{
        body{margin:0;font-size:9pt}
        section{break-inside:auto}
        h2{break-after:avoid;page-break-after:avoid}
        tr{break-inside:avoid;page-break-inside:avoid}
        thead{display:table-header-group}
        table{-fs-table-paginate:paginate}
        section.headline,section.key,dl.legend,section.summary{break-inside:avoid;page-break-inside:avoid}
        .light-green,.light-amber,.light-red,.light-purple{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """;

  /** {@code .light-amber{background:#ffb300;color:#000}} for each light. */
  private static String lightStyles() {
    StringBuilder css = new StringBuilder();
    for (TrafficLight light : TrafficLight.values()) {
      css.append(".light-").append(light.name().toLowerCase(Locale.UK)).append("{background:").append(COLOURS.get(light)[0])
          .append(";color:").append(COLOURS.get(light)[1]).append("}\n");
    }
    return css.toString();
  }

  static String page(Report r, List<String> provenance) {
    StringBuilder out = new StringBuilder(16_384)
        .append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(escape(r.heading())).append("</title>\n<style>\n").append(STYLE).append(pageBoxes(r))
        .append("</style>\n</head>\n<body>\n<header>\n");
    Report.Front front = r.front();
    front.cover().forEach(c -> {
      c.body().forEach(b -> out.append("<p class=\"body\">").append(escape(b)).append("</p>\n"));
      c.meeting().forEach(m -> out.append("<p class=\"meeting\">").append(escape(m)).append("</p>\n"));
    });
    out.append("<h1>").append(escape(r.heading())).append("</h1>\n");
    front.cover().forEach(c -> {
      c.byline().forEach(by -> out.append("<p class=\"by\">").append(escape(by)).append("</p>\n"));
      c.purpose().forEach(p -> out.append("<p class=\"purpose\">").append(escape(p)).append("</p>\n"));
      c.decision().forEach(d -> out.append("<p class=\"decision\"><strong>").append(escape(d.toUpperCase(Locale.UK)))
          .append("</strong></p>\n"));
    });
    provenance.headOption().forEach(first -> out.append("<p class=\"meta\">").append(escape(first)).append("</p>\n"));
    out.append("</header>\n<main>\n");
    if (!front.headline().isEmpty()) {
      out.append("<section class=\"headline\" aria-label=\"Summary\">\n");
      front.headline().forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
      out.append("</section>\n");
    }
    if (!front.key().isEmpty()) {
      out.append("<section class=\"key\" aria-labelledby=\"key\">\n<h2 id=\"key\">Key</h2>\n<dl class=\"legend\">\n");
      front.key().forEach(t -> out.append(t.light().map(l -> "<dt class=\"light light-" + l.name().toLowerCase(Locale.UK) + "\">")
              .getOrElse("<dt>")).append(escape(t.term())).append("</dt><dd>").append(escape(t.meaning())).append("</dd>\n"));
      out.append("</dl>\n</section>\n");
    }
    int n = 0;
    for (Report.Section s : r.sections().map(Report.Section::forPeople)) {
      n++;
      String id = "t" + n + "-" + s.name();
      out.append("<section class=\"").append(escape(s.name())).append("\" aria-labelledby=\"").append(id).append("\">\n")
          .append("<h2 id=\"").append(id).append("\">").append(escape(s.heading())).append("</h2>\n")
          .append("<table class=\"").append(escape(s.name())).append("\">\n<thead><tr>");
      java.util.List<java.util.List<Report.Cell>> rows = new java.util.ArrayList<>();
      s.rows().forEach(rows::add);
      boolean[] numbers = Format.numberColumns(s.columns().size(), rows);
      for (int i = 0; i < s.columns().size(); i++) {
        out.append(header(s.columns().get(i), numbers[i]));
      }
      out.append("</tr></thead>\n<tbody>\n");
      int step = s.columns().map(Report.Column::key).indexOf("step");
      int firstTotal = s.totals() == 0 ? rows.size() : Math.max(0, rows.size() - s.totals());
      for (int k = 0; k < rows.size(); k++) {
        java.util.List<Report.Cell> row = rows.get(k);
        java.util.List<String> classes = new java.util.ArrayList<>(2);
        if (step >= 0 && !row.get(step).text().isEmpty()) {
          classes.add("step");
        }
        if (k >= firstTotal) {
          classes.add(k == firstTotal ? "total first" : "total");
        }
        out.append(classes.isEmpty() ? "<tr>" : "<tr class=\"" + String.join(" ", classes) + "\">");
        for (int i = 0; i < row.size(); i++) {
          out.append(cell(row.get(i), i == 0, numbers[i]));
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }
    out.append("</main>\n<footer>\n");
    r.footer().forEach(f -> out.append("<p>").append(escape(f)).append("</p>\n"));
    provenance.forEach(f -> out.append("<p class=\"provenance\">").append(escape(f)).append("</p>\n"));
    return out.append("</footer>\n</body>\n</html>\n").toString();
  }

  /**
   * The printed page's margin boxes: the paper's title (and reporting period) at the top of every
   * page, {@code Page n of m} at the foot.
   */
  private static String pageBoxes(Report r) {
    String running = r.heading() + r.front().cover().flatMap(Report.Cover::period).map(p -> " \u2014 " + p).getOrElse("");
    return "@page{@top-left{content:" + cssString(running) + ";font-family:Arial,Helvetica,sans-serif;font-size:8pt;color:#333}"
        + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font-family:Arial,Helvetica,sans-serif;"
        + "font-size:8pt;color:#333}}\n";
  }

  /** {@code text} as a CSS string: quoted, with quotes, backslashes, line breaks and {@code <} escaped. */
  private static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f) {
        css.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        css.append(c);
      }
    }
    return css.append('"').toString();
  }

  /**
   * A column header, on the right over a column of figures; a column named for a light wears its
   * colour as well as its word.
   */
  private static String header(Report.Column c, boolean numberColumn) {
    String light = switch (c.key()) {
      case "green", "amber", "red", "purple" -> " class=\"light-" + c.key() + (numberColumn ? " num" : "") + "\"";
      default -> numberColumn ? " class=\"num\"" : "";
    };
    return "<th scope=\"col\"" + light + ">" + escape(c.header()) + "</th>";
  }

  /**
   * A cell; in a column of numbers, an empty one (such as {@code pending} or {@code awaited})
   * is aligned on the right with the figures it stands among.
   */
  private static String cell(Report.Cell c, boolean rowHeader, boolean numberColumn) {
    String tag = rowHeader ? "th" : "td";
    String scope = rowHeader ? " scope=\"row\"" : "";
    if (c.light().isDefined()) {
      TrafficLight light = c.light().get();
      String word = c.text();
      String why = c.explanation().getOrElse(word);
      return "<" + tag + scope + " class=\"light light-" + light.name().toLowerCase(Locale.UK) + "\" title=\"" + escape(why) + "\">"
          + escape(word) + "</" + tag + ">";
    }
    if (c.raw() instanceof Committee.Sparkline line) {
      return "<" + tag + scope + ">" + sparkline(line) + "</" + tag + ">";
    }
    // What must not split stays on one line: a period, an arrow with its word, "target 90..95", "data only".
    String cls = Format.isNumber(c.raw()) || numberColumn && c.raw() == null && !c.text().isEmpty()
        ? (c.text().indexOf(' ') < 0 ? " class=\"num\"" : " class=\"num marked\"")
        : isPeriod(c.raw()) || unbroken(c.text()) ? " class=\"nowrap\"" : "";
    String text = escape(c.text());
    java.util.regex.Matcher goal = GOAL.matcher(c.text());
    if (goal.matches()) {
      // "target" may stand above its level, but "90..95" never splits.
      text = goal.group(1) + " <span class=\"nowrap\">" + escape(goal.group(2)) + "</span>";
    }
    if (cls.isEmpty()) {
      // A period within a sentence ("NI 16 2008/09 is Amber") never breaks at its slash.
      text = PERIOD.matcher(text).replaceAll("<span class=\"nowrap\">$0</span>");
    }
    if (c.raw() instanceof org.lsppm.core.rule.RuleName) {
      // A rule's name may break between its words (MissedBeyond<wbr />Tolerance), so a table fits the page.
      text = text.replaceAll("(?<=[a-z])(?=[A-Z])", "<wbr />");
    }
    return "<" + tag + scope + cls + ">" + text + "</" + tag + ">";
  }

  private static final java.util.regex.Pattern UNBROKEN = java.util.regex.Pattern.compile("[\u2191\u2193\u2194] \\S+|data only");
  private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\b\\d{4}/\\d{2}\\b");
  private static final java.util.regex.Pattern GOAL = java.util.regex.Pattern.compile("(target|milestone|forecast) (\\S+)");

  /** Whether a cell's text is a phrase that reads wrongly split: a direction of travel, "data only". */
  private static boolean unbroken(String text) {
    return text.length() <= 30 && UNBROKEN.matcher(text).matches();
  }

  private static boolean isPeriod(Object raw) {
    return raw instanceof org.lsppm.core.period.ReportingPeriod || raw instanceof org.lsppm.core.period.FinancialYear
        || raw instanceof java.time.LocalDate;
  }

  private static final int WIDTH = 212;
  private static final int HEIGHT = 34;
  private static final int PAD = 4;
  /** Room either side of the plot for the first and last values. */
  private static final int LABEL = 38;
  /** A value label longer than this many characters is squeezed to fit its room. */
  private static final int LABEL_CHARACTERS = 6;
  private static final String INK = "#0b3d91";

  /**
   * The outturns as a line with a dot at each and the first and last values written beside their
   * dots, the targets as a dashed line (two for a range), on one scale; each point sits where its
   * period ends on the axis shared by every line of the table; a lower-is-better indicator's scale
   * is turned over, so that up is better on every line. Its accessible name reads the figures out.
   * The drawing carries its own colours and sizes (the PDF's SVG renderer does not read the page's
   * style sheet).
   */
  static String sparkline(Committee.Sparkline line) {
    java.util.List<BigDecimal> all = new java.util.ArrayList<>();
    for (java.util.List<BigDecimal> series : java.util.List.of(line.outturns(), line.lower(), line.upper())) {
      series.stream().filter(java.util.Objects::nonNull).forEach(all::add);
    }
    BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal max = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    Scale scale = new Scale(line, min, max.subtract(min).doubleValue());
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" role=\"img\" width=\"" + WIDTH
        + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" data-points=\"" + line.points()
        + "\" aria-label=\"" + escape("Outturns " + line + targets(line) + (line.turnedOver() ? "; lower is better, drawn upwards" : ""))
        + "\">");
    for (java.util.List<BigDecimal> target : java.util.List.of(line.lower(), line.upper())) {
      String points = scale.points(target);
      if (!points.isEmpty()) {
        svg.append("<polyline class=\"target\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"3 2\" points=\"")
            .append(points).append("\"/>");
      }
    }
    svg.append("<polyline class=\"outturn\" fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\" points=\"")
        .append(scale.points(line.outturns())).append("\"/>");
    int first = -1;
    int last = -1;
    for (int i = 0; i < line.periods().size(); i++) {
      BigDecimal outturn = line.outturns().get(i);
      if (outturn != null) {
        svg.append("<circle class=\"point\" r=\"2\" fill=\"" + INK + "\" cx=\"").append(coordinate(scale.x(i)))
            .append("\" cy=\"").append(coordinate(scale.y(outturn))).append("\"/>");
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0) {
      svg.append(label("first", line.outturns().get(first), scale.x(first) - 4, scale.y(line.outturns().get(first)), "end"));
    }
    if (last > first) {
      svg.append(label("last", line.outturns().get(last), scale.x(last) + 4, scale.y(line.outturns().get(last)), "start"));
    }
    return svg.append("</svg>").toString();
  }

  /** A value written beside its dot, squeezed into the room beside the plot when it is long. */
  private static String label(String which, BigDecimal value, double x, double y, String anchor) {
    String text = value.toPlainString();
    String squeeze = text.length() > LABEL_CHARACTERS ? " textLength=\"" + (LABEL - 6) + "\" lengthAdjust=\"spacingAndGlyphs\"" : "";
    return "<text class=\"" + which + "\" x=\"" + coordinate(x) + "\" y=\"" + coordinate(Math.min(HEIGHT - 1, Math.max(9, y + 3)))
        + "\" text-anchor=\"" + anchor + "\" font-family=\"Arial,Helvetica,sans-serif\" font-size=\"9\" fill=\"" + INK + "\"" + squeeze
        + ">" + escape(text) + "</text>";
  }

  /** Where a line's points fall: across, by the day their period ends on the shared axis; up, by value (better up). */
  private record Scale(Committee.Sparkline line, BigDecimal min, double span) {
    double x(int i) {
      double days = java.time.temporal.ChronoUnit.DAYS.between(line.from(), line.to());
      double at = java.time.temporal.ChronoUnit.DAYS.between(line.from(), line.ends().get(i));
      double share = days == 0 ? 0.5 : at / days;
      return LABEL + share * (WIDTH - 2 * LABEL);
    }

    double y(BigDecimal value) {
      double share = span == 0 ? 0.5 : value.subtract(min).doubleValue() / span;
      if (line.turnedOver()) {
        share = 1 - share;
      }
      return HEIGHT - PAD - share * (HEIGHT - 2 * PAD);
    }

    String points(java.util.List<BigDecimal> values) {
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          p.append(p.length() == 0 ? "" : " ").append(coordinate(x(i))).append(',').append(coordinate(y(values.get(i))));
        }
      }
      return p.toString();
    }
  }

  private static String targets(Committee.Sparkline line) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < line.periods().size(); i++) {
      BigDecimal lower = line.lower().get(i);
      if (lower != null) {
        BigDecimal upper = line.upper().get(i);
        parts.add(line.periods().get(i) + " " + lower.toPlainString() + (upper == null ? "" : " to " + upper.toPlainString()));
      }
    }
    return parts.isEmpty() ? "" : "; targets " + String.join(", ", parts);
  }

  /** A drawing coordinate to one place (a position on the page, not a figure anyone reads). */
  private static String coordinate(double v) {
    return new BigDecimal(v).round(new MathContext(6)).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
