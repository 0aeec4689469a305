package org.lsppm.examples.cli;

import io.vavr.collection.List;
import org.lsppm.core.rating.TrafficLight;

/**
 * One self-contained HTML page (no scripts, no external files): every traffic light a coloured
 * cell that also carries its word, its explanation on hover and in the cell's title, the policy
 * used at the foot.
 */
final class Html {
  private Html() {}

  static String page(Report r) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(r.title())).append("</title>\n<style>\n")
        .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#111}\n")
        .append("table{border-collapse:collapse;margin:0 0 1.5em 0}\n")
        .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}\n")
        .append("th{background:#eee}\n")
        .append("td.light-green{background:#2e7d32;color:#fff;font-weight:bold}\n")
        .append("td.light-amber{background:#ffb300;color:#000;font-weight:bold}\n")
        .append("td.light-red{background:#c62828;color:#fff;font-weight:bold}\n")
        .append("td.light-purple{background:#6a1b9a;color:#fff;font-weight:bold}\n")
        .append("footer{border-top:1px solid #999;margin-top:2em;padding-top:.5em;font-size:.9em}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(r.title())).append("</h1>\n");
    for (Report.Section s : r.sections().map(Report.Section::forPeople)) {
      out.append("<h2>").append(escape(s.heading())).append("</h2>\n<table>\n<thead><tr>");
      s.columns().forEach(c -> out.append("<th scope=\"col\">").append(escape(c.header())).append("</th>"));
      out.append("</tr></thead>\n<tbody>\n");
      for (java.util.List<Report.Cell> row : s.rows()) {
        out.append("<tr>");
        row.forEach(c -> out.append(cell(c)));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<footer>\n");
    r.footer().forEach(f -> out.append("<p class=\"policy\">").append(escape(f)).append("</p>\n"));
    return out.append("</footer>\n</body>\n</html>\n").toString();
  }

  private static String cell(Report.Cell c) {
    if (c.light().isEmpty()) {
      return "<td>" + escape(c.text()) + "</td>";
    }
    TrafficLight light = c.light().get();
    String word = Report.word(light);
    String why = c.explanation().getOrElse(word);
    return "<td class=\"light-" + light.name().toLowerCase(java.util.Locale.UK) + "\" title=\"" + escape(why) + "\">"
        + escape(word) + "</td>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
