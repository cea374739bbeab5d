package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestSettings;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineRunner;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageKey;

/** One streaming pass of ingest and the pipeline over the given paths, with a progress bar. */
final class Run {
  private final List<Path> paths;
  private final int threads;
  private final boolean progress;
  private final PrintWriter err;
  private final Pipeline pipeline;

  Run(Pipeline pipeline, List<Path> paths, int threads, boolean progress, PrintWriter err) {
    this.pipeline = pipeline;
    this.paths = paths;
    this.threads = threads;
    this.progress = progress;
    this.err = err;
  }

  /** Runs every page into {@code sink}; returns the counts. */
  PipelineRunner.Counts into(ResultSink sink) {
    return execute(sink, runner -> runner.input());
  }

  /**
   * Runs every page into the store as one run, skipping pages already stored (they are linked into
   * the run unprocessed), and returns the run's id.
   */
  Stored intoStore(DocumentStore store) throws IOException {
    long run = store.startRun(paths.stream().map(Path::toString).toList());
    StoreSink sink = new StoreSink(store, run);
    AtomicLong seq = new AtomicLong();
    AtomicLong known = new AtomicLong();
    PipelineRunner.Counts counts;
    try {
      counts =
          execute(
              sink,
              runner ->
                  item -> {
                    long n = seq.incrementAndGet();
                    String key = PageKey.of(item);
                    try {
                      if (store.knows(key)) {
                        known.incrementAndGet();
                        store.link(run, n, key);
                        return;
                      }
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                    sink.expect(n, key, item instanceof IngestItem.Page p ? p.page() : null);
                    runner.input().accept(item);
                  });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    store.finishRun(run);
    return new Stored(run, counts.articles(), counts.rejected(), known.get());
  }

  private PipelineRunner.Counts execute(
      ResultSink sink, java.util.function.Function<PipelineRunner, Consumer<IngestItem>> input) {
    Ingest ingest = new Ingest(IngestSettings.defaults());
    int totalFiles = progress ? Ingest.listFiles(paths).size() : 0;
    AtomicInteger filesStarted = new AtomicInteger();
    try (PipelineRunner runner = new PipelineRunner(pipeline, threads, sink);
        ProgressBar bar =
            progress
                ? ProgressBar.start(err, totalFiles, filesStarted::get, runner.counts())
                : ProgressBar.none()) {
      ingest.read(paths, input.apply(runner), file -> filesStarted.incrementAndGet());
      runner.finish();
      return runner.counts();
    }
  }

  /** What a stored run did: pages processed now, and pages already stored by an earlier run. */
  record Stored(long run, long articles, long rejected, long alreadyStored) {}
}
