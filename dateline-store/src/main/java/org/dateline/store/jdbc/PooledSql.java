package org.dateline.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One read query on a pooled connection: bind, run, read, and always give the connection back. */
final class PooledSql {
  private final HikariDataSource pool;

  PooledSql(HikariDataSource pool) {
    this.pool = pool;
  }

  <T> T query(String sql, Binder binder, Reader<T> reader) throws IOException {
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

  HikariDataSource pool() {
    return pool;
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement q) throws SQLException;
  }

  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
