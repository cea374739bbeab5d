package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dateline.ingest.IngestItem;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.model.StageResult;

/**
 * Runs a stream of ingested pages through a {@link Pipeline} on a fixed pool of worker threads. At
 * most {@code 2 × threads} pages are in flight, so memory stays bounded however large the input.
 * Results reach the sink in input order, on the calling thread.
 */
public final class PipelineRunner implements AutoCloseable {
  private final Pipeline pipeline;
  private final ExecutorService workers;
  private final int window;
  private final ArrayDeque<Future<StageResult<Article>>> inFlight = new ArrayDeque<>();
  private final ResultSink sink;
  private final Counts counts = new Counts();

  public PipelineRunner(Pipeline pipeline, int threads, ResultSink sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.sink = sink;
    this.window = 2 * threads;
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dateline-worker");
              t.setDaemon(true);
              return t;
            });
  }

  /** A consumer that ingest can push items into. */
  public Consumer<IngestItem> input() {
    return this::accept;
  }

  /** Counts so far; safe to read from another thread for progress display. */
  public Counts counts() {
    return counts;
  }

  private void accept(IngestItem item) {
    if (item instanceof IngestItem.Page p) {
      RawPage page = p.page();
      inFlight.add(workers.submit(() -> safely(page)));
    } else {
      inFlight.add(
          CompletableFuture.completedFuture(
              StageResult.rejected(((IngestItem.Failed) item).rejection())));
    }
    while (inFlight.size() >= window) {
      deliver(inFlight.poll());
    }
  }

  /** Delivers everything still in flight. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      deliver(inFlight.poll());
    }
  }

  private StageResult<Article> safely(RawPage page) {
    try {
      return pipeline.process(page);
    } catch (RuntimeException | StackOverflowError e) {
      return StageResult.rejected(
          new Rejection(
              "pipeline",
              ReasonCode.INTERNAL,
              "a stage failed on this page: " + e,
              page.provenance()));
    }
  }

  private void deliver(Future<StageResult<Article>> future) {
    try {
      StageResult<Article> result = future.get();
      if (result instanceof StageResult.Ok<Article> ok) {
        counts.articles.incrementAndGet();
        sink.article(ok.value());
      } else {
        counts.rejected.incrementAndGet();
        sink.rejected(((StageResult.Rejected<Article>) result).rejection());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a page", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** Running totals. */
  public static final class Counts {
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    public long articles() {
      return articles.get();
    }

    public long rejected() {
      return rejected.get();
    }
  }
}
