package org.dateline.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import org.dateline.store.DocumentStore;
import org.dateline.store.jdbc.Dialect;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.jdbc.JdbcDocumentStore;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded database: one SQLite file in WAL mode, its schema migrated by Flyway. Writers use
 * {@code BEGIN IMMEDIATE} with a one-minute busy timeout, so a second process writing the same file
 * waits for the lock rather than failing or corrupting it; readers run beside a writer.
 */
public final class SqliteDatabase {
  private static final int BUSY_TIMEOUT_MS = 60_000;

  private SqliteDatabase() {}

  /** Opens (creating and migrating if needed) the database in {@code file} for writing. */
  public static DocumentStore store(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = dataSource(file, config);
    migrate(file, source);
    try {
      return new JdbcDocumentStore(source.getConnection(), Dialect.SQLITE);
    } catch (SQLException e) {
      throw new IOException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing database read-only, on a small pool for concurrent readers. A database
   * written by an older version has its schema brought up to date first; its data is not touched.
   */
  public static JdbcDocumentQueries queries(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no database at " + file + "; run `dateline analyze --db` first");
    }
    SQLiteConfig schema = new SQLiteConfig();
    schema.setBusyTimeout(BUSY_TIMEOUT_MS);
    migrate(file, dataSource(file, schema));
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(dataSource(file, config));
    pool.setMaximumPoolSize(8);
    pool.setPoolName("dateline-sqlite-read");
    pool.setReadOnly(true);
    return new JdbcDocumentQueries(new HikariDataSource(pool), Dialect.SQLITE);
  }

  private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return source;
  }

  /** Migrates under a file lock, so two processes opening a new database do not race. */
  private static void migrate(Path file, SQLiteDataSource source) throws IOException {
    Path lockFile = Path.of(file.toAbsolutePath() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Flyway.configure()
          .dataSource(source)
          .locations("classpath:db/migration/sqlite", "classpath:db/migration/common")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new IOException("cannot migrate database " + file + ": " + e.getMessage(), e);
    }
  }
}
