package org.dateline.store;

import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Rejection;

/** What became of one page: a clean article, or a rejection with the bytes that were read. */
public sealed interface PageOutcome {
  /** The page's identity (see {@link PageKey}). */
  String key();

  /** The page became an article. */
  record Stored(String key, Article article) implements PageOutcome {
    public Stored {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(article, "article");
    }
  }

  /** The page was rejected; {@code bytes} are what was read (empty when nothing was). */
  @SuppressWarnings("ArrayRecordComponent") // kept for replay, never compared
  record Rejected(String key, Rejection rejection, byte[] bytes) implements PageOutcome {
    public Rejected {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(rejection, "rejection");
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}
