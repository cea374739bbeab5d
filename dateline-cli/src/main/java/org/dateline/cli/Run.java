package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestSettings;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineRunner;
import org.dateline.pipeline.ResultSink;

/** One streaming pass of ingest and the pipeline over the given paths, with a progress bar. */
final class Run {
  private Run() {}

  /** Runs everything into {@code sink}; returns the counts. */
  static PipelineRunner.Counts execute(
      List<Path> paths, int threads, boolean progress, ResultSink sink, PrintWriter err) {
    Ingest ingest = new Ingest(IngestSettings.defaults());
    int totalFiles = progress ? Ingest.listFiles(paths).size() : 0;
    AtomicInteger filesStarted = new AtomicInteger();
    try (PipelineRunner runner = new PipelineRunner(Pipeline.defaults(), threads, sink);
        ProgressBar bar =
            progress
                ? ProgressBar.start(err, totalFiles, filesStarted::get, runner.counts())
                : ProgressBar.none()) {
      ingest.read(paths, runner.input(), file -> filesStarted.incrementAndGet());
      runner.finish();
      return runner.counts();
    }
  }
}
