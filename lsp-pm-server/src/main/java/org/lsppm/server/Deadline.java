package org.lsppm.server;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time a request is given ({@link LspPmServer.Settings#requestTimeout()}), from the moment a
 * worker takes it. When it passes, the worker is interrupted: a body still being read stops (the
 * read fails), and the library's long work stops where it checks (a simulation, every 1,000
 * draws). The request is then refused as {@link #refusal()} says.
 *
 * <p>The worker can be interrupted only while the deadline is running: {@link #end()}, called
 * before any answer is written and when the handler returns, stops it and clears an interrupt
 * that came too late, so no answer is cut short and no pooled thread keeps a stray interrupt.
 */
final class Deadline implements AutoCloseable {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final Duration limit;
  private final ScheduledFuture<?> alarm;
  private Thread worker; // guarded by this
  private boolean passed; // guarded by this

  private Deadline(Duration limit, ScheduledExecutorService watch) {
    this.limit = limit;
    this.worker = Thread.currentThread();
    this.alarm = watch.schedule(this::pass, limit.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Starts the deadline of the request the calling thread works on. */
  static Deadline start(Duration limit, ScheduledExecutorService watch) {
    Deadline d = new Deadline(limit, watch);
    CURRENT.set(d);
    return d;
  }

  private synchronized void pass() {
    if (worker != null) {
      passed = true;
      worker.interrupt();
    }
  }

  /** Whether the calling thread's request has run past its time. */
  static boolean passed() {
    Deadline d = CURRENT.get();
    if (d == null) {
      return false;
    }
    synchronized (d) {
      return d.passed;
    }
  }

  /** The calling thread's request's time, for a refusal's words. */
  static Duration limit() {
    Deadline d = CURRENT.get();
    return d == null ? Duration.ZERO : d.limit;
  }

  /**
   * Ends the calling thread's deadline, if it has one: the worker is no longer interrupted, and an
   * interrupt already delivered is cleared. Whether the deadline had passed stays known.
   */
  static void end() {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.stop();
    }
  }

  private void stop() {
    synchronized (this) {
      worker = null;
    }
    alarm.cancel(false);
    Thread.interrupted();
  }

  /** Ends the deadline and forgets it: the thread goes back to the pool clean. */
  @Override
  public void close() {
    stop();
    CURRENT.remove();
  }

  /** 503: the work took longer than the request's time. */
  static Refusal refusal() {
    return new Refusal(503, "took-too-long", "The request took longer than this server gives one",
        "expected an answer within " + limit().toSeconds() + " s, got work that would take longer (ask for less: fewer draws, "
            + "rows or points, or split the request)", io.vavr.collection.List.empty());
  }
}
