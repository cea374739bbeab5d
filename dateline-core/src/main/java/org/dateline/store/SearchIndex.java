package org.dateline.store;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over articles. An index can always be rebuilt from the {@link DocumentQueries}.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Documents matching a free-text query, best first, optionally within facets.
   *
   * @param query words to match (user input: never parsed as query syntax)
   * @param outlet only this outlet, or null for any
   * @param from earliest publication date (ISO, inclusive), or null
   * @param to latest publication date (ISO, inclusive), or null
   */
  Hits search(
      String query, @Nullable String outlet, @Nullable String from, @Nullable String to, int limit)
      throws IOException;

  @Override
  void close() throws IOException;

  /** A search result: matching document ids, best first, with outlet counts for facets. */
  record Hits(long total, List<Hit> hits, List<Facet> outlets) {
    public Hits {
      hits = List.copyOf(hits);
      outlets = List.copyOf(outlets);
    }
  }

  /** One matching document. */
  record Hit(
      String id,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable String published,
      String snippet) {}

  /** A facet value and how many matches carry it. */
  record Facet(String value, long count) {}
}
