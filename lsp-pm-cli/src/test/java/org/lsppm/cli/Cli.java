package org.lsppm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
  /** The time every report of the tests says it was generated. */
  static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T09:30:00Z"), java.time.ZoneOffset.UTC);

  /**
   * The width of the terminal the tests print tables on: wide, so that a test of what a report
   * says finds each row on one line (how tables fit 80 or 100 columns is TerminalTableTest's).
   */
  static final int WIDTH = 400;

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LspPm.run(new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, WIDTH, args);
    return new Cli(exit, out.toString(), err.toString());
  }

  static String data(String file) {
    return "../lsp-pm-examples/data/" + file;
  }
}
