package org.lsppm.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lsp-pm} command line for analysts: ratings, summary tables, reward-grant forecasts,
 * triggers, what-if scenarios, review findings and plan checks from CSV and JSON files. Exit
 * status: 0 done (findings included, unless {@code --fail-on-findings}), 1 findings with
 * {@code --fail-on-findings}, 2 bad input or bad options (every problem reported, nothing written).
 */
@Command(name = "lsp-pm", mixinStandardHelpOptions = true, version = "lsp-pm 0.1.0-SNAPSHOT",
    description = "Performance management for Local Strategic Partnerships and Local Area Agreements.",
    subcommands = {RateCommand.class, SummaryCommand.class, PrgCommand.class, TriggersCommand.class,
        WhatIfCommand.class, ReviewsCommand.class, PlanCheckCommand.class, PolicyCommand.class,
        CommandLine.HelpCommand.class})
public final class LspPm implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private LspPm() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the command line with these streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new LspPm()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
