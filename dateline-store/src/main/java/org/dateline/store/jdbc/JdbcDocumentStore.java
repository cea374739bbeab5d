package org.dateline.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.CorpusSink;
import org.dateline.corpus.DatedEvent;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/**
 * The system of record over one JDBC connection: each page's outcome and its place in the run
 * commit in one transaction. The adapters ({@code SqliteDocumentStore}, {@code
 * PostgresDocumentStore}) open the connection and migrate the schema; this class holds the logic
 * they share, and a {@link Dialect} the SQL that differs.
 */
public final class JdbcDocumentStore implements DocumentStore {
  private final Connection db;
  private final Dialect dialect;
  private final RecordCodec codec = new RecordCodec();
  private final RunStories runStories;

  /** Takes ownership of the connection and puts it in manual-commit mode. */
  public JdbcDocumentStore(Connection db, Dialect dialect) throws IOException {
    this.db = db;
    this.dialect = dialect;
    this.runStories = new RunStories(db, codec);
    try {
      db.setAutoCommit(false);
    } catch (SQLException e) {
      throw new IOException("cannot use the " + dialect.name() + " connection", e);
    }
  }

  @Override
  public long startRun(List<String> inputs) throws IOException {
    return inTransaction(
        () -> {
          try (PreparedStatement insert =
              db.prepareStatement(
                  "INSERT INTO runs (inputs, started_at) VALUES (?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, String.join("\n", inputs));
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  @Override
  public boolean knows(String key) throws IOException {
    return inTransaction(
        () -> {
          try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM pages WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public void link(long run, long seq, String key) throws IOException {
    inTransaction(() -> linkInTransaction(run, seq, key));
  }

  @Override
  public void commit(long run, long seq, PageOutcome outcome) throws IOException {
    inTransaction(
        () -> {
          insertPage(outcome);
          return linkInTransaction(run, seq, outcome.key());
        });
  }

  private boolean linkInTransaction(long run, long seq, String key) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(dialect.linkPage())) {
      insert.setLong(1, run);
      insert.setLong(2, seq);
      insert.setString(3, key);
      insert.executeUpdate();
    }
    return true;
  }

  private void insertPage(PageOutcome outcome) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(dialect.insertPage())) {
      insert.setString(1, outcome.key());
      insert.setString(10, Instant.now().toString());
      if (outcome instanceof PageOutcome.Stored stored) {
        Article a = stored.article();
        insert.setString(2, a.id());
        insert.setString(3, a.provenance().toString());
        insert.setString(4, "article");
        insert.setString(5, a.title());
        insert.setString(6, a.outlet());
        insert.setString(7, a.published().value());
        insert.setString(8, encode(a));
        insert.setBytes(9, null);
        insert.setString(11, null);
      } else {
        PageOutcome.Rejected rejected = (PageOutcome.Rejected) outcome;
        Rejection r = rejected.rejection();
        String record = r.provenance().record();
        insert.setString(2, record != null ? record : r.provenance().source());
        insert.setString(3, r.provenance().toString());
        insert.setString(4, "rejected");
        insert.setString(5, null);
        insert.setString(6, null);
        insert.setString(7, null);
        insert.setString(8, encode(r));
        RawPage page = rejected.page();
        insert.setBytes(9, page == null ? null : page.bytes());
        insert.setString(11, page == null ? null : encode(PageHeader.of(page)));
      }
      insert.executeUpdate();
    }
  }

  private String encode(Object record) throws SQLException {
    try {
      return codec.write(record);
    } catch (IOException e) {
      throw new SQLException("cannot encode the page's record", e);
    }
  }

  @Override
  public void finishRun(long run) throws IOException {
    inTransaction(
        () -> {
          try (PreparedStatement update =
              db.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ?")) {
            update.setString(1, Instant.now().toString());
            update.setLong(2, run);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public void forEachPlacedInRun(long run, PlacedVisitor visitor) throws IOException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT p.key, p.kind, p.record, p.bytes, p.page,"
                + " (SELECT min(d.event) FROM event_documents d WHERE d.document = p.id),"
                + " (SELECT l.value FROM lent_dates l WHERE l.document = p.id)"
                + " FROM run_pages r JOIN pages p ON p.key = r.key"
                + " WHERE r.run = ? ORDER BY r.seq")) {
      q.setLong(1, run);
      q.setFetchSize(256);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString(1);
          String record = rs.getString(3);
          if (rs.getString(2).equals("article")) {
            Article a = codec.article(record, rs.getString(7));
            visitor.visit(new PageOutcome.Stored(key, a), rs.getString(6));
          } else {
            visitor.visit(rejected(key, record, rs.getBytes(4), rs.getString(5)), null);
          }
        }
      }
      db.commit();
    } catch (SQLException e) {
      throw new IOException("cannot read run " + run + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachCopyOfRun(long run, Visitor<CopyLink> visitor) throws IOException {
    readOfRun(run, "copies", () -> runStories.copies(run, visitor));
  }

  @Override
  public void forEachEventOfRun(long run, Visitor<DatedEvent> visitor) throws IOException {
    readOfRun(run, "events", () -> runStories.events(run, visitor));
  }

  @Override
  public void forEachStorylineOfRun(long run, Visitor<Storyline> visitor) throws IOException {
    readOfRun(run, "storylines", () -> runStories.storylines(run, visitor));
  }

  private void readOfRun(long run, String what, SqlRead read) throws IOException {
    try {
      read.run();
      db.commit();
    } catch (SQLException e) {
      throw new IOException(
          "cannot read the " + what + " of run " + run + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachArticleByDate(DocumentQueries.ArticleVisitor visitor) throws IOException {
    try {
      readArticlesByDate(visitor);
      db.commit();
    } catch (SQLException e) {
      throw new IOException("cannot read the articles: " + e.getMessage(), e);
    }
  }

  private void readArticlesByDate(DocumentQueries.ArticleVisitor visitor)
      throws SQLException, IOException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT record FROM pages WHERE kind = 'article'"
                + " ORDER BY published IS NOT NULL, published, "
                + dialect.ordinal())) {
      q.setFetchSize(256);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          visitor.visit(codec.article(rs.getString(1)));
        }
      }
    }
  }

  @Override
  public void replaceStories(CorpusResult stories) throws IOException {
    writeStories(stories::replayInto);
  }

  @Override
  public void replaceStories(Function<CorpusSink, StoryStage> stage) throws IOException {
    writeStories(
        writer -> {
          StoryStage s = stage.apply(writer);
          readArticlesByDate(s::add);
          s.end();
        });
  }

  /**
   * Writes the stories over the stored ones in one transaction: the read of the articles and the
   * writes share the connection, and nothing commits until the stage has ended.
   */
  private void writeStories(StoryWork work) throws IOException {
    try (StoryWriter writer = new StoryWriter(db, codec)) {
      work.run(writer);
      writer.finish();
      db.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      rollback(e);
      if (e instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e instanceof SQLException) {
        throw new IOException(dialect.name() + " error: " + e.getMessage(), e);
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) e;
    }
  }

  private PageOutcome.Rejected rejected(
      String key, String record, byte @Nullable [] bytes, @Nullable String page)
      throws IOException {
    RawPage raw = page == null || bytes == null ? null : codec.page(page).with(bytes);
    return new PageOutcome.Rejected(key, codec.rejection(record), raw);
  }

  @Override
  public List<String> replayable(@Nullable String stage) throws IOException {
    return inTransaction(
        () -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement q =
              db.prepareStatement(
                  "SELECT key, record FROM pages WHERE kind = 'rejected' AND page IS NOT NULL"
                      + " ORDER BY "
                      + dialect.ordinal())) {
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                if (stage == null || decodeRejection(rs.getString(2)).stage().equals(stage)) {
                  keys.add(rs.getString(1));
                }
              }
            }
          }
          return keys;
        });
  }

  @Override
  public Optional<PageOutcome.Rejected> rejection(String key) throws IOException {
    return inTransaction(
        () -> {
          try (PreparedStatement q =
              db.prepareStatement(
                  "SELECT record, bytes, page FROM pages WHERE key = ? AND kind = 'rejected'")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              try {
                return Optional.of(rejected(key, rs.getString(1), rs.getBytes(2), rs.getString(3)));
              } catch (IOException e) {
                throw new SQLException("a stored rejection cannot be decoded", e);
              }
            }
          }
        });
  }

  @Override
  public void recover(String key, Article article) throws IOException {
    inTransaction(
        () -> {
          try (PreparedStatement update =
              db.prepareStatement(
                  "UPDATE pages SET kind = 'article', id = ?, title = ?, outlet = ?,"
                      + " published = ?, record = ?, bytes = NULL, page = NULL, stored_at = ?"
                      + " WHERE key = ? AND kind = 'rejected'")) {
            update.setString(1, article.id());
            update.setString(2, article.title());
            update.setString(3, article.outlet());
            update.setString(4, article.published().value());
            update.setString(5, encode(article));
            update.setString(6, Instant.now().toString());
            update.setString(7, key);
            return update.executeUpdate();
          }
        });
  }

  private Rejection decodeRejection(String record) throws SQLException {
    try {
      return codec.rejection(record);
    } catch (IOException e) {
      throw new SQLException("a stored rejection cannot be decoded", e);
    }
  }

  private <T> T inTransaction(SqlWork<T> work) throws IOException {
    try {
      T result = work.run();
      db.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw new IOException(dialect.name() + " error: " + e.getMessage(), e);
    }
  }

  /** Undoes the open transaction after {@code failure}, keeping a failed rollback beside it. */
  private void rollback(Exception failure) {
    try {
      db.rollback();
    } catch (SQLException suppressed) {
      failure.addSuppressed(suppressed);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the database: " + e.getMessage(), e);
    }
  }

  /** Reads inside one transaction. */
  @FunctionalInterface
  private interface SqlRead {
    void run() throws SQLException, IOException;
  }

  /** Hands the stage's findings to the story tables. */
  @FunctionalInterface
  private interface StoryWork {
    void run(StoryWriter writer) throws SQLException, IOException;
  }

  /** A unit of work inside one transaction. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }
}
