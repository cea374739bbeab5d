package org.dateline.cli;

import java.io.IOException;
import org.dateline.cli.report.ReportWriter;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;

/**
 * Runs the cross-document stage over the store, then streams a stored run's outcomes, in ingest
 * order, into the report writer.
 */
final class RunExport {
  private RunExport() {}

  /**
   * Copies, events and storylines over every stored article, read in the order they happened, and
   * stored in place of the last ones as the stage finds them.
   */
  static void stories(DocumentStore store) throws IOException {
    store.replaceStories(DocumentStore.StoryStage::defaults);
  }

  /**
   * The run's articles, each with its event and the date the event lends it when it has none, and
   * rejections, to the report and to each of {@code others}.
   */
  static void export(DocumentStore store, long run, ReportWriter report, ResultSink... others)
      throws IOException {
    store.forEachPlacedInRun(
        run,
        (outcome, event) -> {
          if (outcome instanceof PageOutcome.Stored stored) {
            report.article(stored.article(), event);
            for (ResultSink s : others) {
              s.article(stored.article());
            }
          } else {
            var rejection = ((PageOutcome.Rejected) outcome).rejection();
            report.rejected(rejection);
            for (ResultSink s : others) {
              s.rejected(rejection);
            }
          }
        });
  }
}
