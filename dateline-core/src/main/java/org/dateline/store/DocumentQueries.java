package org.dateline.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.jspecify.annotations.Nullable;

/** Read access to stored outcomes, for the web UI and the HTTP API. */
public interface DocumentQueries {

  /**
   * The newest stored article with this id. Here and in every read below, an article that states no
   * date of its own carries the one its event lends it (basis {@code event}), as in the report.
   */
  Optional<Article> document(String id) throws IOException;

  /**
   * The newest stored article of each of these ids, in the order given (ids named twice once, ids
   * not stored left out), read in one query per batch rather than one per id.
   */
  List<Article> documents(Collection<String> ids) throws IOException;

  /**
   * Articles, newest publication date first (undated last), a page at a time.
   *
   * @param cursor a cursor from a previous slice, or null for the first page
   * @throws IllegalArgumentException when the cursor is not one this store issued
   */
  Slice<Article> documents(@Nullable String cursor, int limit) throws IOException;

  /** Rejected inputs, most recently stored first, a page at a time. */
  Slice<Rejection> rejected(@Nullable String cursor, int limit) throws IOException;

  /** Streams every stored article, for rebuilding the search index. */
  void forEachArticle(ArticleVisitor visitor) throws IOException;

  /**
   * A token that changes whenever a run writes to the store (pages, or the stories and the dates
   * they lend), so that what is derived from it, such as a search index, knows when to rebuild.
   */
  String revision() throws IOException;

  /** Receives articles. */
  interface ArticleVisitor {
    void visit(Article article) throws IOException;
  }
}
