package org.dateline.store;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over articles. An index can always be rebuilt from the {@link DocumentQueries}.
 */
public interface SearchIndex extends AutoCloseable {

  /** Documents matching a free-text query, best first, with facet counts over every match. */
  Hits search(Query query) throws IOException;

  /**
   * The ids of the newest documents matching the query (newest publication first), for following a
   * subject.
   *
   * @param since earliest publication date (ISO, inclusive), or null
   */
  List<String> newest(String query, @Nullable String since, int limit) throws IOException;

  @Override
  void close() throws IOException;

  /**
   * A search.
   *
   * @param text words to match (user input: never parsed as query syntax)
   * @param outlet only this outlet, or null for any
   * @param entity only documents naming an entity of this canonical name, or null for any
   * @param from earliest publication date (ISO, inclusive), or null
   * @param to latest publication date (ISO, inclusive), or null
   * @param limit how many hits at most
   */
  record Query(
      String text,
      @Nullable String outlet,
      @Nullable String entity,
      @Nullable String from,
      @Nullable String to,
      int limit) {
    public Query {
      Objects.requireNonNull(text, "text");
    }

    /** Just words, with no facet chosen. */
    public static Query of(String text, int limit) {
      return new Query(text, null, null, null, null, limit);
    }
  }

  /**
   * A search result: matching document ids, best first, with facet counts (most first) for the
   * outlets, the entities named and the months published.
   */
  record Hits(
      long total, List<Hit> hits, List<Facet> outlets, List<Facet> entities, List<Facet> months) {
    public Hits {
      hits = List.copyOf(hits);
      outlets = List.copyOf(outlets);
      entities = List.copyOf(entities);
      months = List.copyOf(months);
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
