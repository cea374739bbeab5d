package org.dateline.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.Rejection;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Commits each result to the store with its place in the run. The runner delivers results in the
 * order pages were submitted, so the page each result belongs to is the head of a FIFO that the
 * ingest side fills through {@link #expect}.
 */
final class StoreSink implements ResultSink {
  private final DocumentStore store;
  private final long run;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  StoreSink(DocumentStore store, long run) {
    this.store = store;
    this.run = run;
  }

  /** Announces the next page submitted to the runner. */
  void expect(long seq, String key, @Nullable RawPage page) {
    pending.add(new Pending(seq, key, page));
  }

  @Override
  public void article(Article article) throws IOException {
    Pending p = next();
    store.commit(run, p.seq, new PageOutcome.Stored(p.key, article));
  }

  @Override
  public void rejected(Rejection rejection) throws IOException {
    Pending p = next();
    store.commit(run, p.seq, new PageOutcome.Rejected(p.key, rejection, p.page));
  }

  private Pending next() {
    return Objects.requireNonNull(pending.poll(), "a result arrived for no submitted page");
  }

  /** A submitted page, kept so that a rejection can store it for replay. */
  private record Pending(long seq, String key, @Nullable RawPage page) {}
}
