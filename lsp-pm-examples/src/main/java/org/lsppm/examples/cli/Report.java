package org.lsppm.examples.cli;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.lsppm.core.rating.TrafficLight;

/**
 * What a command prints, before it is rendered as a table, CSV, JSON, Markdown or HTML: a title,
 * sections of rows, and footer lines (the policy used).
 *
 * @param title the report's title
 * @param sections its tables
 * @param footer lines printed after the tables
 */
record Report(String title, List<Report.Section> sections, List<String> footer) {

  /**
   * One table.
   *
   * @param heading what the table shows
   * @param columns column names
   * @param rows the cells, one list per row
   */
  record Section(String heading, List<String> columns, List<List<Cell>> rows) {}

  /**
   * One cell: its text, and for a traffic light the light and the explanation of how it was decided.
   *
   * @param text what is printed
   * @param light the light the cell shows, if it shows one
   * @param explanation why, shown on hover in HTML
   */
  record Cell(String text, Option<TrafficLight> light, Option<String> explanation) {
    static Cell of(Object value) {
      return new Cell(String.valueOf(value), Option.none(), Option.none());
    }

    static Cell light(TrafficLight light, String explanation) {
      return new Cell(light.name(), Option.some(light), Option.some(explanation));
    }

    /** A rating's light with its explanation, or {@code data only} when it has none. */
    static Cell lightOf(org.lsppm.core.rating.IndicatorRating rating) {
      return rating.light().map(l -> light(l, rating.explanation())).getOrElse(() -> of("data only"));
    }
  }

  /** A section from rows of plain values. */
  static Section section(String heading, List<String> columns, List<List<Object>> rows) {
    return new Section(heading, columns, rows.map(r -> r.map(v -> v instanceof Cell c ? c : Cell.of(v))));
  }
}
