package org.dateline.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.Slice;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Read-only queries over a SQLite database, on a small HikariCP pool so that concurrent web
 * requests read in parallel (WAL lets readers run beside a writer).
 */
public final class SqliteDocumentQueries implements DocumentQueries, AutoCloseable {
  private static final String ARTICLES_PAGE =
      "SELECT coalesce(published, ''), rowid, record FROM pages WHERE kind = 'article'"
          + " AND (coalesce(published, ''), rowid) < (?, ?)"
          + " ORDER BY coalesce(published, '') DESC, rowid DESC LIMIT ?";
  private static final String REJECTED_PAGE =
      "SELECT rowid, record FROM pages WHERE kind = 'rejected' AND rowid < ?"
          + " ORDER BY rowid DESC LIMIT ?";

  private final HikariDataSource pool;
  private final RecordCodec codec = new RecordCodec();

  private SqliteDocumentQueries(HikariDataSource pool) {
    this.pool = pool;
  }

  /** Opens an existing database for reading; it must have been created by {@code analyze}. */
  public static SqliteDocumentQueries open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no database at " + file + "; run `dateline analyze --db` first");
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setReadOnly(true);
    sqlite.setBusyTimeout(10_000);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(8);
    config.setPoolName("dateline-read");
    config.setReadOnly(true);
    return new SqliteDocumentQueries(new HikariDataSource(config));
  }

  @Override
  public Optional<Article> document(String id) throws IOException {
    return query(
        "SELECT record FROM pages WHERE kind = 'article' AND id = ? ORDER BY rowid DESC LIMIT 1",
        q -> q.setString(1, id),
        rs -> rs.next() ? Optional.of(decodeArticle(rs.getString(1))) : Optional.empty());
  }

  @Override
  public Slice<Article> documents(@Nullable String cursor, int limit) throws IOException {
    String[] at =
        cursor == null
            ? new String[] {"\uFFFF", String.valueOf(Long.MAX_VALUE)}
            : Cursors.decode(cursor, 2);
    return query(
        ARTICLES_PAGE,
        q -> {
          q.setString(1, at[0]);
          q.setLong(2, Cursors.number(at[1]));
          q.setInt(3, limit + 1);
        },
        rs -> {
          List<Article> items = new ArrayList<>();
          String last = "";
          boolean more = false;
          while (rs.next()) {
            if (items.size() == limit) {
              more = true;
              break;
            }
            items.add(decodeArticle(rs.getString(3)));
            last = Cursors.encode(rs.getString(1), String.valueOf(rs.getLong(2)));
          }
          return new Slice<>(items, more ? last : null);
        });
  }

  @Override
  public Slice<Rejection> rejected(@Nullable String cursor, int limit) throws IOException {
    long before = cursor == null ? Long.MAX_VALUE : Cursors.number(Cursors.decode(cursor, 1)[0]);
    return query(
        REJECTED_PAGE,
        q -> {
          q.setLong(1, before);
          q.setInt(2, limit + 1);
        },
        rs -> {
          List<Rejection> items = new ArrayList<>();
          long last = 0;
          boolean more = false;
          while (rs.next()) {
            if (items.size() == limit) {
              more = true;
              break;
            }
            items.add(decodeRejection(rs.getString(2)));
            last = rs.getLong(1);
          }
          return new Slice<>(items, more ? Cursors.encode(String.valueOf(last)) : null);
        });
  }

  @Override
  public void forEachArticle(ArticleVisitor visitor) throws IOException {
    try (Connection c = pool.getConnection();
        PreparedStatement q =
            c.prepareStatement("SELECT record FROM pages WHERE kind = 'article' ORDER BY rowid")) {
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          visitor.visit(decodeArticle(rs.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read articles: " + e.getMessage(), e);
    }
  }

  @Override
  public long articleCount() throws IOException {
    return query(
        "SELECT count(*) FROM pages WHERE kind = 'article'",
        q -> {},
        rs -> {
          rs.next();
          return rs.getLong(1);
        });
  }

  private Article decodeArticle(String json) throws SQLException {
    try {
      return codec.article(json);
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

  private <T> T query(String sql, Binder binder, Reader<T> reader) throws IOException {
    try (Connection c = pool.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      binder.bind(q);
      try (ResultSet rs = q.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw new IOException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement q) throws SQLException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Opaque cursors: URL-safe Base64 of tab-separated fields. */
  static final class Cursors {
    private Cursors() {}

    static String encode(String... fields) {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(String.join("\t", fields).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor, int fields) {
      String[] parts;
      try {
        parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                .split("\t", -1);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("malformed cursor", e);
      }
      if (parts.length != fields) {
        throw new IllegalArgumentException("malformed cursor");
      }
      return parts;
    }

    static long number(String field) {
      try {
        return Long.parseLong(field);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("malformed cursor", e);
      }
    }
  }
}
