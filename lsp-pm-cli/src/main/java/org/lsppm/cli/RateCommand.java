package org.lsppm.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.PolicyComparison;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.io.LookAhead;
import org.lsppm.reports.Format;
import org.lsppm.reports.RatingReports;
import org.lsppm.reports.Report;
import org.lsppm.rules.DroolsRatingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lsp-pm rate}: the traffic light and trend of every outturn, with the rule that decided it. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = "Traffic lights and trends for indicators, each with the rule that decided it.")
final class RateCommand extends ReportCommand {

  @Mixin
  RatingInputs inputs;

  @Option(names = "--compare-policy", paramLabel = "FILE",
      description = "A proposed rating policy, JSON or a workbook as --policy takes: list every light that would change from the "
          + "--policy one, and count each light before and after by theme.")
  Path proposed;

  @Option(names = "--comparators", paramLabel = "FILE",
      description = "Comparator values, CSV or a workbook sheet (group, indicator, period, authority, value): adds each outturn's quartile and rank "
          + "in its comparator group.")
  Path comparators;

  @Option(names = "--comparator-group", paramLabel = "NAME",
      description = "Which group of the --comparators file. Default: the file's first.")
  String group;

  @Option(names = "--details", paramLabel = "FILE",
      description = "The committee paper's cover, a JSON file of report details (each optional): body, committee, meetingDate "
          + "(2009-07-15), title, period, author, purpose, decision (such as \"For information\"). With a format for people.")
  Path details;

  @Option(names = "--for", paramLabel = "READERS", defaultValue = "officers",
      description = "Who the committee paper is for: officers (everything, with a table of every rating and its rule) or members "
          + "(the cover, the position in words, the key, the lights by theme, the exceptions and each indicator's line). "
          + "Default: ${DEFAULT-VALUE}.")
  String readers;

  /** The measurements being streamed, if they are. */
  private Streamed streaming;

  /** Measurements rated per engine call when a file is streamed: the engine's own chunk. */
  private static final int CHUNK = 1_000;

  @Override
  Report report() throws BadInput {
    readers(); // refused whatever the format
    if (details == null) {
      return ratings();
    }
    if (format.isData()) {
      throw BadInput.of("--details: expected a format for people (table, markdown, html or pdf), got --format "
          + format.name().toLowerCase(java.util.Locale.UK) + " (the cover is for the paper, not for data)");
    }
    Report.Cover cover = Inputs.json(details, Report.Cover.class);
    return ratings().withCover(cover);
  }

  /** {@code --for} as the paper's readers. */
  private RatingReports.Readers readers() throws BadInput {
    return switch (readers.strip().toLowerCase(java.util.Locale.UK)) {
      case "officers" -> RatingReports.Readers.OFFICERS;
      case "members" -> RatingReports.Readers.MEMBERS;
      default -> throw BadInput.of("--for: expected officers or members, got \"" + readers + "\"");
    };
  }

  private Report ratings() throws BadInput {
    if (proposed != null && comparators != null) {
      throw BadInput.of("--comparators: expected on its own, got it with --compare-policy (compare policies and place outturns in two runs)");
    }
    RatingPolicy p = inputs.policy();
    RatingPolicy other = proposed == null ? null : RatingInputs.policy(proposed);
    if (other != null) {
      Seq<Measurement> measurements = inputs.measurements(progress());
      return RatingReports.comparison(PolicyComparison.of(DroolsRatingEngine.forPolicy(p), DroolsRatingEngine.forPolicy(other), measurements));
    }
    if (comparators != null) {
      return RatingReports.placed(DroolsRatingEngine.forPolicy(p).rate(inputs.measurements(progress())), p,
          Inputs.comparators(comparators, group, progress()), group, !format.isData(), format != Format.TABLE);
    }
    // A measurements file is streamed: each row is read, rated and written (or counted) in turn, so
    // memory stays bounded whatever the file's size; a bad row anywhere still leaves no output.
    Iterable<IndicatorRating> ratings = inputs.source.measurements != null
        ? streamed(Inputs.measurementRows(inputs.source.measurements, progress()), DroolsRatingEngine.forPolicy(p))
        : DroolsRatingEngine.forPolicy(p).rate(inputs.measurements(progress()));
    return format.isData() ? RatingReports.ratings(ratings, p) : RatingReports.committeePaper(ratings, p, format != Format.TABLE, readers());
  }

  /**
   * Ratings read and rated a chunk at a time. A second thread reads and checks the file a few
   * chunks ahead while this one rates and writes, so the two cores share the work; at most
   * {@code AHEAD} chunks wait between them. The rows' problems are thrown by {@link #afterRendering}.
   */
  private Iterable<IndicatorRating> streamed(Inputs.MeasurementRows rows, org.lsppm.core.rating.RatingEngine engine) {
    Streamed it = new Streamed(rows, engine);
    streaming = it;
    return () -> it;
  }

  /**
   * Every problem of the streamed file's rows, once all of them are read: the report may not have
   * read them all (a table of one section, say), so the rest are read, unrated, to their end. A bad
   * row anywhere is reported, and the report is not kept.
   */
  @Override
  void afterRendering() throws BadInput {
    if (streaming != null) {
      streaming.drain();
      streaming.rows.finish();
    }
  }

  /** The ratings of a streamed file, from the reading thread's chunks. */
  private static final class Streamed extends LookAhead<IndicatorRating> {
    private final Inputs.MeasurementRows rows;
    private final org.lsppm.core.rating.RatingEngine engine;
    private final java.util.concurrent.BlockingQueue<Object> chunks = new java.util.concurrent.ArrayBlockingQueue<>(AHEAD);
    private java.util.Iterator<IndicatorRating> chunk = java.util.Collections.emptyIterator();
    private boolean started;
    private boolean finished;

    Streamed(Inputs.MeasurementRows rows, org.lsppm.core.rating.RatingEngine engine) {
      this.rows = rows;
      this.engine = engine;
    }

    @Override
    protected IndicatorRating fetch() {
      start();
      while (!chunk.hasNext() && !finished) {
        java.util.List<Measurement> next = nextChunk();
        if (next != null) {
          chunk = engine.rate(List.ofAll(next)).iterator();
        }
      }
      return chunk.hasNext() ? chunk.next() : null;
    }

    /** Reads what the report did not, to the end, rating none of it: the reader has then stopped, and its problems are all in. */
    void drain() {
      start();
      while (!finished) {
        nextChunk();
      }
    }

    private void start() {
      if (!started) {
        started = true;
        Thread reader = new Thread(this::read, "lsp-pm-reader");
        reader.setDaemon(true);
        reader.start();
      }
    }

    /** The next chunk from the reader, or null at the end (then {@link #finished}); what went wrong there is thrown here. */
    private java.util.List<Measurement> nextChunk() {
      Object next = take();
      if (next instanceof java.util.List<?> measurements) {
        @SuppressWarnings("unchecked")
        java.util.List<Measurement> ms = (java.util.List<Measurement>) measurements;
        return ms;
      } else if (next instanceof RuntimeException e) {
        throw e;
      } else if (next instanceof Error e) {
        throw e;
      }
      finished = true;
      return null;
    }

    /** On the reader thread: chunks of measurements, then the end (or what went wrong). */
    private void read() {
      Object last = END;
      try {
        while (rows.hasNext()) {
          java.util.List<Measurement> next = new java.util.ArrayList<>(CHUNK);
          while (next.size() < CHUNK && rows.hasNext()) {
            next.add(rows.next());
          }
          chunks.put(next);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        last = e;
      }
      try {
        chunks.put(last);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private Object take() {
      try {
        return chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the measurements", e);
      }
    }
  }

  /** Chunks read ahead of the rating. */
  private static final int AHEAD = 4;
  /** Put after the last chunk. */
  private static final Object END = new Object();
}
