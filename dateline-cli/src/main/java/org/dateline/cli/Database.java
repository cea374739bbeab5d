package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dateline.store.DocumentStore;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.postgres.PostgresDatabase;
import org.dateline.store.sqlite.SqliteDatabase;

/**
 * A database named on the command line: a SQLite file path, or a PostgreSQL URL. Chooses the
 * adapter, and where the search index that belongs to it lives.
 */
record Database(String spec) {

  static Database file(Path path) {
    return new Database(path.toString());
  }

  boolean isPostgres() {
    return PostgresDatabase.accepts(spec);
  }

  DocumentStore store() throws IOException {
    return isPostgres() ? PostgresDatabase.store(spec) : SqliteDatabase.store(Path.of(spec));
  }

  JdbcDocumentQueries queries() throws IOException {
    return isPostgres() ? PostgresDatabase.queries(spec) : SqliteDatabase.queries(Path.of(spec));
  }

  /** Beside a SQLite file; in the user's data directory for a server database. */
  Path indexDir() {
    if (!isPostgres()) {
      return Path.of(Path.of(spec).toAbsolutePath() + ".index");
    }
    return DatabaseOption.dataDirectory().resolve("postgres-" + shortHash(spec) + ".index");
  }

  /** The spec without a password, for messages. */
  String describe() {
    return spec.replaceAll("(://[^:/@]+):[^@/]*@", "$1:***@");
  }

  private static String shortHash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
