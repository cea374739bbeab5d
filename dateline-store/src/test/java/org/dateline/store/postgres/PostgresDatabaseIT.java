package org.dateline.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.dateline.store.DocumentStore;
import org.dateline.store.DocumentStoreContract;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract against a real PostgreSQL server: {@code DATELINE_TEST_POSTGRES}, by default
 * {@code postgresql://dateline:dateline@localhost/dateline_test}, which {@code .ci/run} creates.
 * Outside CI the tests are skipped when no server answers; in CI (where {@code CI} is set) they
 * must run.
 */
class PostgresDatabaseIT extends DocumentStoreContract {
  private static final String URL =
      System.getenv()
          .getOrDefault(
              "DATELINE_TEST_POSTGRES", "postgresql://dateline:dateline@localhost/dateline_test");

  @BeforeEach
  void emptyDatabase() throws SQLException {
    PostgresDatabase.Jdbc jdbc = PostgresDatabase.Jdbc.parse(URL);
    Connection c;
    try {
      c = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
    } catch (SQLException e) {
      assumeTrue(System.getenv("CI") != null, "no PostgreSQL server at " + URL + ": " + e);
      throw e;
    }
    try (c;
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Override
  protected DocumentStore openStore() throws IOException {
    return PostgresDatabase.store(URL);
  }

  @Override
  protected DocumentStore reopenStore() throws IOException {
    return PostgresDatabase.store(URL);
  }

  @Override
  protected JdbcDocumentQueries openQueries() throws IOException {
    return PostgresDatabase.queries(URL);
  }
}
