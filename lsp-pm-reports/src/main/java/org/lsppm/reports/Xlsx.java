package org.lsppm.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.lsppm.core.Money;
import org.lsppm.core.Ratio;

/**
 * A report as an Excel workbook (fastexcel): one sheet per table, named as {@code --table} names
 * it, with the CSV's snake_case header in bold, frozen, and filtered. Cells are typed: numbers are
 * numbers (money as pounds and pence, proportions shown as percentages of the same value), dates
 * are dates, yes/no are booleans, and a light is its word on its colour. Rows are written as they
 * come, so a streamed rating never sits in memory.
 */
final class Xlsx {
  private Xlsx() {}

  /** The most data rows a sheet holds: Excel's 1,048,576 rows less the header. */
  static final int MAX_ROWS = 1_048_575;
  private static final int FLUSH_EVERY = 10_000;


  static void write(Report report, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "lsp-pm", "1.0");
    for (Report.Section section : report.sections().map(Report.Section::forMachines)) {
      sheet(workbook.newWorksheet(section.name()), section);
    }
    workbook.finish();
  }

  private static void sheet(Worksheet ws, Report.Section s) throws IOException {
    int columns = s.columns().size();
    for (int c = 0; c < columns; c++) {
      ws.value(0, c, s.columns().get(c).key());
      ws.style(0, c).bold().fillColor("E8E8E8").set();
      ws.width(c, Math.max(10, Math.min(60, s.columns().get(c).key().length() + 4)));
    }
    int r = 0;
    for (java.util.List<Report.Cell> row : s.rows()) {
      if (r == MAX_ROWS) {
        throw new TooManyRowsException(s.name(), MAX_ROWS);
      }
      r++;
      for (int c = 0; c < columns; c++) {
        cell(ws, r, c, row.get(c));
      }
      if (r % FLUSH_EVERY == 0) {
        ws.flush();
      }
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, columns - 1);
    ws.finish();
  }

  /** A CSS colour ({@code #ffb300}, {@code #fff}) as a workbook writes it: {@code FFB300}, {@code FFFFFF}. */
  private static String rgb(String css) {
    String hex = css.substring(1).toUpperCase(Locale.ROOT);
    return hex.length() == 3 ? hex.replaceAll("(.)", "$1$1") : hex;
  }

  private static void cell(Worksheet ws, int r, int c, Report.Cell cell) {
    Object raw = cell.raw();
    if (cell.light().isDefined()) {
      String[] colours = Html.COLOURS.get(cell.light().get());
      ws.value(r, c, cell.text());
      ws.style(r, c).bold().fillColor(rgb(colours[0])).fontColor(rgb(colours[1])).set();
      return;
    }
    Object value = cell.value();
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal number) {
      ws.value(r, c, number);
      if (raw instanceof Money) {
        ws.style(r, c).format("#,##0.00").set();
      } else if (raw instanceof Ratio) {
        // Excel rounds what it shows: a share just below a whole per cent gets the places it needs.
        int places = Report.percentPlaces(((Ratio) raw).toPercent(), 2);
        ws.style(r, c).format("0." + "0".repeat(places) + "%").set();
      }
    } else if (value instanceof Long number) {
      ws.value(r, c, number);
    } else if (value instanceof Boolean flag) {
      ws.value(r, c, flag);
    } else if (raw instanceof LocalDate date) {
      ws.value(r, c, date);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else {
      ws.value(r, c, value.toString());
    }
  }
}
