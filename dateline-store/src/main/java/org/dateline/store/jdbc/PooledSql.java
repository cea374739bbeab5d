package org.dateline.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/** One read query on a pooled connection: bind, run, read, and always give the connection back. */
final class PooledSql {
  private static final int MAX_IN = 500;

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

  /**
   * Runs {@code template} (with {@code %s} where the {@code IN} list goes) once per batch of the
   * distinct {@code values}, so that no statement binds more than {@value #MAX_IN} of them, and
   * joins what {@code reader} reads from each batch. The {@code after} values are bound, in each
   * batch, to the marks that follow the list.
   */
  <T> List<T> inBatches(
      Collection<String> values, String template, List<String> after, Reader<List<T>> reader)
      throws IOException {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    List<T> out = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += MAX_IN) {
      List<String> part = distinct.subList(from, Math.min(distinct.size(), from + MAX_IN));
      String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
      List<String> bound = new ArrayList<>(part);
      bound.addAll(after);
      out.addAll(query(String.format(template, marks), q -> bind(q, bound), reader));
    }
    return out;
  }

  private static void bind(PreparedStatement q, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      q.setString(i + 1, values.get(i));
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
