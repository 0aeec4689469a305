package org.lsppm.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.lsppm.core.rating.IndicatorRating;
import org.lsppm.core.rating.Measurement;
import org.lsppm.core.rating.RatingPolicy;
import org.lsppm.io.BadInput;
import org.lsppm.io.Inputs;
import org.lsppm.reports.Format;
import org.lsppm.reports.Provenance;
import org.lsppm.reports.RatingReports;
import org.lsppm.rules.DroolsRatingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The readers and writers an embedder calls, on files of {@link MeasurementsFile}'s mix: reading
 * and checking every row of measurements from CSV and from a workbook sheet (each file read twice,
 * as the reader does to find each row's previous period), and writing the ratings of those rows as
 * CSV and as a workbook. Reading is the whole of {@code Inputs.measurements}; writing starts from
 * ratings already made, so it times the writer alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class FilesBenchmark {

  @Param({"10000", "100000"})
  public int rows;

  private Path dir;
  private Path csv;
  private Path xlsx;
  private io.vavr.collection.Seq<IndicatorRating> ratings;
  private final Provenance provenance = Provenance.of(java.time.Instant.parse("2026-12-03T09:00:00Z"), "benchmark");

  @Setup(Level.Trial)
  public void setUp() throws IOException, BadInput {
    dir = Files.createTempDirectory("lsp-pm-files-benchmark");
    csv = dir.resolve("measurements.csv");
    xlsx = dir.resolve("measurements.xlsx");
    MeasurementsFile.write(rows, csv);
    MeasurementsFile.write(rows, xlsx);
    io.vavr.collection.List<Measurement> read = Inputs.measurements(csv, false);
    if (read.size() != rows || !read.equals(Inputs.measurements(xlsx, false))) {
      throw new IllegalStateException("the CSV and the workbook do not read as the same " + rows + " measurements");
    }
    ratings = DroolsRatingEngine.withDefaults().rate(read);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public io.vavr.collection.List<Measurement> readCsv() throws BadInput {
    return Inputs.measurements(csv, false);
  }

  @Benchmark
  public io.vavr.collection.List<Measurement> readWorkbook() throws BadInput {
    return Inputs.measurements(xlsx, false);
  }

  @Benchmark
  public long writeCsv() throws IOException {
    return write(Format.CSV);
  }

  @Benchmark
  public long writeWorkbook() throws IOException {
    return write(Format.XLSX);
  }

  /** The ratings written in {@code format} to a file; its size, so that the work is used. */
  private long write(Format format) throws IOException {
    Path out = dir.resolve("ratings." + format.name().toLowerCase(java.util.Locale.ROOT));
    try (OutputStream bytes = Files.newOutputStream(out)) {
      format.render(RatingReports.ratings(ratings, RatingPolicy.defaults()), provenance, bytes);
    }
    return Files.size(out);
  }
}
