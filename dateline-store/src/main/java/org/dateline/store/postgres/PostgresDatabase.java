package org.dateline.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.dateline.store.DocumentStore;
import org.dateline.store.jdbc.Dialect;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.jdbc.JdbcDocumentStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A PostgreSQL server as the store, for teams. Takes {@code
 * postgresql://user:password@host:port/db} (libpq's URI form) or a {@code jdbc:postgresql:} URL.
 * Flyway's own lock serialises migrations.
 */
public final class PostgresDatabase {
  private PostgresDatabase() {}

  /** Whether a {@code --db} value names a PostgreSQL database rather than a file. */
  public static boolean accepts(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql://")
        || lower.startsWith("postgres://")
        || lower.startsWith("jdbc:postgresql:");
  }

  public static DocumentStore store(String spec) throws IOException {
    Jdbc jdbc = Jdbc.parse(spec);
    migrate(jdbc);
    try {
      Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
      return new JdbcDocumentStore(connection, Dialect.POSTGRESQL);
    } catch (SQLException e) {
      throw new IOException("cannot open " + jdbc.safeUrl() + ": " + e.getMessage(), e);
    }
  }

  /** Brings the schema up to date; Flyway's own lock serialises concurrent migrations. */
  private static void migrate(Jdbc jdbc) throws IOException {
    try {
      Flyway.configure()
          .dataSource(jdbc.url(), jdbc.user(), jdbc.password())
          .locations("classpath:db/migration/postgresql", "classpath:db/migration/common")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new IOException("cannot migrate " + jdbc.safeUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the database for reading, on a pool for concurrent readers. A database written by an
   * older version has its schema brought up to date first; its data is not touched.
   */
  public static JdbcDocumentQueries queries(String spec) throws IOException {
    Jdbc jdbc = Jdbc.parse(spec);
    migrate(jdbc);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbc.url());
    pool.setUsername(jdbc.user());
    pool.setPassword(jdbc.password());
    pool.setMaximumPoolSize(16);
    pool.setReadOnly(true);
    pool.setPoolName("dateline-postgres-read");
    return new JdbcDocumentQueries(new HikariDataSource(pool), Dialect.POSTGRESQL);
  }

  /** A JDBC URL with the credentials apart. */
  record Jdbc(String url, String user, String password) {
    static Jdbc parse(String spec) {
      if (spec.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
        return new Jdbc(spec, System.getProperty("user.name", ""), "");
      }
      URI uri = URI.create(spec);
      String user = System.getProperty("user.name", "");
      String password = "";
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getUserInfo().split(":", 2);
        user = parts[0];
        password = parts.length > 1 ? parts[1] : "";
      }
      String host = uri.getHost() == null ? "localhost" : uri.getHost();
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return new Jdbc(
          "jdbc:postgresql://" + host + port + uri.getRawPath() + query, user, password);
    }

    /** The URL without credentials, for messages. */
    String safeUrl() {
      return url.replaceAll("password=[^&]*", "password=***");
    }
  }
}
