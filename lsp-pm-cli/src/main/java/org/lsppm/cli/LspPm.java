package org.lsppm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code lsp-pm} command line for analysts: ratings, summary tables, reward-grant forecasts,
 * triggers, what-if scenarios, review findings and plan checks from CSV files, workbook sheets and
 * JSON. Exit status: 0 done (findings included, unless {@code --fail-on-findings}), 1 findings
 * with {@code --fail-on-findings}, 2 bad input or bad options (every problem reported, nothing
 * written), or no subcommand given.
 */
@Command(name = "lsp-pm", mixinStandardHelpOptions = true, versionProvider = LspPm.Version.class,
    description = {"Performance management for Local Strategic Partnerships and Local Area Agreements.", "",
        "Reads CSV files, sheets of Excel workbooks (book.xlsx, or 'book.xlsx!Sheet') and JSON; writes a table, Markdown, "
            + "HTML or PDF for people and CSV, JSON or Excel for other systems (--format). Every file format is described in "
            + "docs/formats-and-examples.md of the distribution (lsp-pm-examples/README.md of the source)."},
    scope = ScopeType.INHERIT,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:done; findings are reported but do not fail the run",
        "1:findings, with --fail-on-findings",
        "2:bad input or options (every problem is named and nothing is written), or no subcommand",
        "3:an internal error: a fault in lsp-pm, not in the input (one line is printed; please report it)"},
    footerHeading = "%n",
    footer = "Shell completion: source <(lsp-pm generate-completion)   (bash and zsh)")
public final class LspPm implements Callable<Integer> {
  /** The exit status when no subcommand is given. */
  static final int USAGE = 2;
  /** The exit status of a fault in lsp-pm itself. */
  static final int INTERNAL_ERROR = 3;

  /**
   * The subcommands in the order the usage lists them. Building picocli's model of a command
   * costs time at start-up (reflection over every option of every subcommand), so a run that
   * names a subcommand builds only that one; the usage, help and completion build them all.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private LspPm() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the command line with these streams and the system's clock; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Clock.systemUTC(), args);
  }

  /**
   * Runs the command line with these streams; returns the exit status. {@code clock} is read only
   * to stamp when a report for people was generated; no decision depends on it (reviews and plan
   * checks take {@code --as-of}).
   */
  public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    return run(out, err, clock, 0, args);
  }

  /**
   * As {@link #run(PrintWriter, PrintWriter, Clock, String...)}, the {@code table} format {@code
   * width} characters wide as on a terminal of that width; 0 to ask the terminal and {@code
   * COLUMNS} as a run from a shell does.
   */
  static int run(PrintWriter out, PrintWriter err, Clock clock, int width, String... args) {
    CommandLine line = new CommandLine(new LspPm());
    Supplier<Object> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (named != null && !args[0].equals("help") && !args[0].equals("generate-completion")) {
      line.addSubcommand(configured(named.get(), clock, width));
    } else {
      SUBCOMMANDS.values().forEach(s -> line.addSubcommand(configured(s.get(), clock, width)));
      line.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    }
    return line.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parsed) -> {
          // Every input problem is a BadInput with its place; anything else is our fault. Say
          // so in one line (never a stack trace) and exit with a status of its own.
          commandLine.getErr().println("lsp-pm: internal error (please report it, with the command that caused it): "
              + org.lsppm.core.Problem.printable(e.getClass().getSimpleName() + ": " + e.getMessage()));
          commandLine.getErr().flush();
          return INTERNAL_ERROR;
        })
        .execute(args);
  }

  private static Object configured(Object command, Clock clock, int width) {
    if (command instanceof ReportCommand report) {
      report.clock = clock;
      report.width = width;
    }
    return command;
  }

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("rate", RateCommand::new);
    all.put("needed", NeededCommand::new);
    all.put("summary", SummaryCommand::new);
    all.put("prg", PrgCommand::new);
    all.put("triggers", TriggersCommand::new);
    all.put("simulate", SimulateCommand::new);
    all.put("whatif", WhatIfCommand::new);
    all.put("reviews", ReviewsCommand::new);
    all.put("plan-check", PlanCheckCommand::new);
    all.put("policy", PolicyCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("generate-completion", AutoComplete.GenerateCompletion::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
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
