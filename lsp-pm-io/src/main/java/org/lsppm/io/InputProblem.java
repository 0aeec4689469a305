package org.lsppm.io;

import java.util.Objects;
import org.lsppm.core.Problem;

/**
 * One problem of an input, at its place as a person finds it: the file, the sheet and cell of a
 * workbook, the row as a spreadsheet numbers it (the header is row 1), and the column. The place
 * is data, so a program maps it without reading the message: the HTTP service puts {@link #row()}
 * and {@link #column()} in its problem documents, a council's system can colour the cell. Immutable
 * and thread-safe.
 *
 * <p>{@link #message()} is how the command line prints it:
 * <pre>{@code
 * m.csv:4:outturn: expected a number such as 12.5, got "twenty"        (a cell of a CSV file)
 * book.xlsx!Outturns!J3:outturn: expected a number such as 12.5, got "twenty"
 * book.xlsx!Outturns!A2: expected at least one row after the header, got none
 * kcp.json: themes[1].name: expected non-blank text, got " "              (JSON: the column is its path)
 * m.csv: expected UTF-8 text, got UTF-16 text or binary bytes             (the file as a whole)
 * --for: expected officers or members, got "all"                         (no file: an option's problem)
 * }</pre>
 *
 * @param file the file's name as given; empty when the problem is not of a file (an option's)
 * @param sheet the workbook sheet's name; empty for CSV, JSON or the workbook as a whole
 * @param row the row as a spreadsheet numbers it; 0 for the file or sheet as a whole
 * @param cell the cell in a sheet, such as {@code J3}; empty outside a sheet's rows
 * @param column the column's name (in JSON, the path to the value); empty for a whole row or file
 * @param detail what was expected and what was found: {@code expected a number such as 12.5, got "twenty"}
 */
public record InputProblem(String file, String sheet, long row, String cell, String column, String detail) {

  /** Checks that no part is null and the row is not negative. */
  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(detail, "detail");
    if (row < 0) {
      throw new IllegalArgumentException("row: expected 0 or more, got " + row);
    }
  }

  /** A problem that is not of a file, such as a command-line option's; {@code text} is the whole message. */
  public static InputProblem of(String text) {
    return new InputProblem("", "", 0, "", "", text);
  }

  /** A problem of the file {@code file} as a whole: {@code file: detail}. */
  public static InputProblem inFile(String file, String detail) {
    return new InputProblem(file, "", 0, "", "", detail);
  }

  /** A problem of a JSON document in {@code file}: the column is the problem's path in the document. */
  public static InputProblem inFile(String file, Problem problem) {
    return new InputProblem(file, "", 0, "", problem.field(), detail(problem));
  }

  /** A problem of {@code column} in row {@code row} of a CSV file ({@code column} empty for the row). */
  public static InputProblem inRow(String file, long row, String column, String detail) {
    return new InputProblem(file, "", row, "", column, detail);
  }

  /**
   * A problem of the cell {@code cell} (such as {@code J3}, whose digits are the row) of a sheet, in
   * the column named {@code column} (empty when the cell is in no named column).
   */
  public static InputProblem inCell(String file, String sheet, String cell, String column, String detail) {
    int digits = 0;
    while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
      digits++;
    }
    return new InputProblem(file, sheet, digits < cell.length() ? Long.parseLong(cell.substring(digits)) : 0, cell, column, detail);
  }

  /** A problem of a sheet as a whole, or of one of its settings: {@code book.xlsx!Policy: column: detail}. */
  public static InputProblem inSheet(String file, String sheet, String column, String detail) {
    return new InputProblem(file, sheet, 0, "", column, detail);
  }

  /** {@code expected ..., got ...}: a core problem's words without its field. */
  static String detail(Problem problem) {
    return "expected " + problem.expected() + ", got " + problem.actual();
  }

  /**
   * The same problem in a file called {@code name}: the HTTP service names the file as its caller
   * sent it, not as it saved it.
   */
  public InputProblem inFileNamed(String name) {
    return new InputProblem(name, sheet, row, cell, column, detail);
  }

  /**
   * The problem as one line a person reads, its place first (see the class's examples); control
   * characters written as {@code \\u001b} so that a cell's text never acts on a terminal.
   */
  public String message() {
    StringBuilder b = new StringBuilder(file);
    boolean inRow;
    if (!sheet.isEmpty()) {
      b.append('!').append(sheet);
      if (!cell.isEmpty()) {
        b.append('!').append(cell);
      }
      inRow = !cell.isEmpty();
    } else {
      if (row > 0) {
        b.append(':').append(row);
      }
      inRow = row > 0;
    }
    if (!column.isEmpty()) {
      b.append(inRow ? ":" : ": ").append(column);
    }
    if (b.length() > 0) {
      b.append(": ");
    }
    return Problem.printable(b.append(detail).toString());
  }

  /** {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
