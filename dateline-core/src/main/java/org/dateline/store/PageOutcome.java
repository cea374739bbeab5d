package org.dateline.store;

import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.Rejection;
import org.jspecify.annotations.Nullable;

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

  /**
   * The page was rejected. {@code page} is the page as read, kept so the rejection can be replayed
   * after a fix; it is null when nothing could be read (a truncated archive, a missing file).
   */
  record Rejected(String key, Rejection rejection, @Nullable RawPage page) implements PageOutcome {
    public Rejected {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
