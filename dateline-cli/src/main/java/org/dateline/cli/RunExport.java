package org.dateline.cli;

import java.io.IOException;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;

/**
 * Streams a stored run's outcomes, in ingest order, out of the store: once through the
 * cross-document stage, then into a sink such as the report writer.
 */
final class RunExport {
  private RunExport() {}

  /** Copies, events and storylines of the run's articles, read in the order they happened. */
  static CorpusResult corpus(DocumentStore store, long run) throws IOException {
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    store.forEachArticleInRunByDate(run, analysis::add);
    return analysis.finish();
  }

  /** The run's articles, each with the date its event lends it when it has none, and rejections. */
  static void export(DocumentStore store, long run, CorpusResult corpus, ResultSink sink)
      throws IOException {
    store.forEachInRun(
        run,
        outcome -> {
          if (outcome instanceof PageOutcome.Stored stored) {
            var a = stored.article();
            sink.article(a.withPublished(corpus.published(a.id(), a.published())));
          } else {
            sink.rejected(((PageOutcome.Rejected) outcome).rejection());
          }
        });
  }
}
