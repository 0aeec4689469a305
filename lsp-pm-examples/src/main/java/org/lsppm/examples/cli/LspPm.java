package org.lsppm.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code lsp-pm} command line for analysts: ratings, summary tables, reward-grant forecasts,
 * triggers, what-if scenarios, review findings and plan checks from CSV and JSON files. Exit
 * status: 0 done (findings included, unless {@code --fail-on-findings}), 1 findings with
 * {@code --fail-on-findings}, 2 bad input or bad options (every problem reported, nothing written),
 * or no subcommand given.
 */
@Command(name = "lsp-pm", mixinStandardHelpOptions = true, versionProvider = LspPm.Version.class,
    description = "Performance management for Local Strategic Partnerships and Local Area Agreements.",
    scope = ScopeType.INHERIT,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:done; findings are reported but do not fail the run",
        "1:findings, with --fail-on-findings",
        "2:bad input or options (every problem is named and nothing is written), or no subcommand"},
    footerHeading = "%n",
    footer = "Shell completion: source <(lsp-pm generate-completion)   (bash and zsh)",
    subcommands = {RateCommand.class, SummaryCommand.class, PrgCommand.class, TriggersCommand.class,
        WhatIfCommand.class, ReviewsCommand.class, PlanCheckCommand.class, PolicyCommand.class,
        AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class LspPm implements Callable<Integer> {
  /** The exit status when no subcommand is given. */
  static final int USAGE = 2;

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
    line.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return line.execute(args);
  }

  /** No subcommand: the usage goes to standard error, and the run fails. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** The version the build wrote into {@code lsp-pm.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lsp-pm " + number()};
    }

    static String number() {
      try (InputStream in = LspPm.class.getResourceAsStream("lsp-pm.properties")) {
        Properties p = new Properties();
        if (in != null) {
          p.load(in);
        }
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
