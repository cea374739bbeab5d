package org.dateline.cli;

import java.io.IOException;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusResult;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;

/**
 * Runs the cross-document stage over the store, then streams a stored run's outcomes, in ingest
 * order, into a sink such as the report writer.
 */
final class RunExport {
  private RunExport() {}

  /**
   * Copies, events and storylines over every stored article, read in the order they happened, and
   * stored in place of the last ones.
   */
  static CorpusResult stories(DocumentStore store) throws IOException {
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    store.forEachArticleByDate(analysis::add);
    CorpusResult result = analysis.finish();
    store.replaceStories(result);
    return result;
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
