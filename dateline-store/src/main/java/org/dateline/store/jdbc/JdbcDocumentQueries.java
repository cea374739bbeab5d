package org.dateline.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.Slice;
import org.dateline.store.StoryQueries;
import org.jspecify.annotations.Nullable;

/**
 * Read-only queries over the store's tables, on a connection pool so that concurrent web requests
 * read in parallel. Lists are keyset-paged: a cursor names the last row seen.
 */
public final class JdbcDocumentQueries implements DocumentQueries, AutoCloseable {
  // The date a page's event lends it, as a column of any query over pages.
  private static final String LENT =
      "(SELECT l.value FROM lent_dates l WHERE l.document = pages.id)";

  private final HikariDataSource pool;
  private final String ordinal;
  private final String articlesPage;
  private final String rejectedPage;
  private final RecordCodec codec = new RecordCodec();
  private final PooledSql sql;

  /** Takes ownership of the pool. */
  public JdbcDocumentQueries(HikariDataSource pool, Dialect dialect) {
    this.pool = pool;
    this.sql = new PooledSql(pool);
    this.ordinal = dialect.ordinal();
    this.articlesPage =
        "SELECT coalesce(published, ''), "
            + ordinal
            + ", record, "
            + LENT
            + " FROM pages"
            + " WHERE kind = 'article' AND (coalesce(published, ''), "
            + ordinal
            + ") < (?, ?)"
            + " ORDER BY coalesce(published, '') DESC, "
            + ordinal
            + " DESC LIMIT ?";
    this.rejectedPage =
        "SELECT "
            + ordinal
            + ", record FROM pages WHERE kind = 'rejected' AND "
            + ordinal
            + " < ? ORDER BY "
            + ordinal
            + " DESC LIMIT ?";
  }

  @Override
  public Optional<Article> document(String id) throws IOException {
    return query(
        "SELECT record, "
            + LENT
            + " FROM pages WHERE kind = 'article' AND id = ? ORDER BY "
            + ordinal
            + " DESC LIMIT 1",
        q -> q.setString(1, id),
        rs ->
            rs.next()
                ? Optional.of(decodeArticle(rs.getString(1), rs.getString(2)))
                : Optional.empty());
  }

  @Override
  public List<Article> documents(Collection<String> ids) throws IOException {
    Map<String, Article> newest = new HashMap<>();
    // Oldest row first, so that the newest row of an id is the one kept.
    for (Article a :
        sql.inBatches(
            ids,
            "SELECT record, "
                + LENT
                + " FROM pages WHERE kind = 'article' AND id IN (%s) ORDER BY "
                + ordinal,
            List.of(),
            rs -> {
              List<Article> out = new ArrayList<>();
              while (rs.next()) {
                out.add(decodeArticle(rs.getString(1), rs.getString(2)));
              }
              return out;
            })) {
      newest.put(a.id(), a);
    }
    List<Article> out = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      Article a = newest.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  @Override
  public Slice<Article> documents(@Nullable String cursor, int limit) throws IOException {
    String[] at =
        cursor == null
            ? new String[] {"\uFFFF", String.valueOf(Long.MAX_VALUE)}
            : Cursors.decode(cursor, 2);
    long before = Cursors.number(at[1]);
    return query(
        articlesPage,
        q -> {
          q.setString(1, at[0]);
          q.setLong(2, before);
          q.setInt(3, limit + 1);
        },
        rs -> {
          List<Article> items = new ArrayList<>();
          String last = "";
          while (rs.next()) {
            if (items.size() == limit) {
              return new Slice<>(items, last);
            }
            items.add(decodeArticle(rs.getString(3), rs.getString(4)));
            last = Cursors.encode(rs.getString(1), String.valueOf(rs.getLong(2)));
          }
          return new Slice<>(items, null);
        });
  }

  @Override
  public Slice<Rejection> rejected(@Nullable String cursor, int limit) throws IOException {
    long before = cursor == null ? Long.MAX_VALUE : Cursors.number(Cursors.decode(cursor, 1)[0]);
    return query(
        rejectedPage,
        q -> {
          q.setLong(1, before);
          q.setInt(2, limit + 1);
        },
        rs -> {
          List<Rejection> items = new ArrayList<>();
          long last = 0;
          while (rs.next()) {
            if (items.size() == limit) {
              return new Slice<>(items, Cursors.encode(String.valueOf(last)));
            }
            items.add(decodeRejection(rs.getString(2)));
            last = rs.getLong(1);
          }
          return new Slice<>(items, null);
        });
  }

  @Override
  public void forEachArticle(ArticleVisitor visitor) throws IOException {
    try (Connection c = pool.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT record, "
                    + LENT
                    + " FROM pages WHERE kind = 'article' ORDER BY "
                    + ordinal)) {
      q.setFetchSize(256);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          visitor.visit(decodeArticle(rs.getString(1), rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read articles: " + e.getMessage(), e);
    }
  }

  @Override
  public String revision() throws IOException {
    return query(
        "SELECT (SELECT count(*) FROM pages), (SELECT coalesce(max(id), 0) FROM runs)",
        q -> {},
        rs -> {
          rs.next();
          return rs.getLong(1) + "/" + rs.getLong(2);
        });
  }

  /** The stored article, dated by its event when it states no date of its own. */
  private Article decodeArticle(String json, @Nullable String lent) throws SQLException {
    try {
      return codec.article(json, lent);
    } catch (IOException e) {
      throw new SQLException("a stored article cannot be decoded", e);
    }
  }

  private Rejection decodeRejection(String json) throws SQLException {
    try {
      return codec.rejection(json);
    } catch (IOException e) {
      throw new SQLException("a stored rejection cannot be decoded", e);
    }
  }

  private <T> T query(String sql, PooledSql.Binder binder, PooledSql.Reader<T> reader)
      throws IOException {
    return this.sql.query(sql, binder, reader);
  }

  /** Queries over the stored copies, events and storylines, on the same pool. */
  public StoryQueries stories() {
    return new JdbcStoryQueries(sql, codec);
  }

  @Override
  public void close() {
    pool.close();
  }
}
