package org.dateline.cli;

import java.io.IOException;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;

/** Streams a stored run's outcomes, in ingest order, into a sink such as the report writer. */
final class RunExport {
  private RunExport() {}

  static void export(DocumentStore store, long run, ResultSink sink) throws IOException {
    store.forEachInRun(
        run,
        outcome -> {
          if (outcome instanceof PageOutcome.Stored stored) {
            sink.article(stored.article());
          } else {
            sink.rejected(((PageOutcome.Rejected) outcome).rejection());
          }
        });
  }
}
