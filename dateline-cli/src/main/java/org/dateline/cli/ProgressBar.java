package org.dateline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.dateline.pipeline.PipelineRunner;
import org.jspecify.annotations.Nullable;

/**
 * A progress line on standard error, drawn only once a run has lasted two seconds, so short runs
 * stay quiet. Closing it draws the final state and ends the line.
 */
final class ProgressBar implements AutoCloseable {
  private static final long DELAY_MS = 2000;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int totalFiles;
  private final IntSupplier files;
  private final PipelineRunner.Counts counts;
  private final long started = System.nanoTime();
  private final @Nullable ScheduledExecutorService timer;
  private volatile boolean drawn;
  private @Nullable ScheduledFuture<?> ticks;

  private ProgressBar(
      PrintWriter err,
      int totalFiles,
      IntSupplier files,
      PipelineRunner.Counts counts,
      @Nullable ScheduledExecutorService timer) {
    this.err = err;
    this.totalFiles = totalFiles;
    this.files = files;
    this.counts = counts;
    this.timer = timer;
  }

  static ProgressBar start(
      PrintWriter err, int totalFiles, IntSupplier files, PipelineRunner.Counts counts) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "dateline-progress");
              t.setDaemon(true);
              return t;
            });
    ProgressBar bar = new ProgressBar(err, totalFiles, files, counts, timer);
    bar.ticks = timer.scheduleAtFixedRate(bar::draw, DELAY_MS, 500, TimeUnit.MILLISECONDS);
    return bar;
  }

  /** A bar that never draws. */
  static ProgressBar none() {
    return new ProgressBar(
        new PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true),
        0,
        () -> 0,
        new PipelineRunner.Counts(),
        null);
  }

  private void draw() {
    drawn = true;
    int done = Math.min(files.getAsInt(), totalFiles);
    int filled = totalFiles == 0 ? WIDTH : done * WIDTH / totalFiles;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long pages = counts.articles() + counts.rejected();
    err.printf(
        "\r[%s%s] %d/%d files · %d pages · %d rejected · %.0f pages/s ",
        "=".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        totalFiles,
        pages,
        counts.rejected(),
        pages / seconds);
    err.flush();
  }

  @Override
  public void close() {
    if (ticks != null) {
      ticks.cancel(false);
    }
    if (timer != null) {
      timer.shutdownNow();
    }
    if (drawn) {
      draw();
      err.println();
    }
  }
}
