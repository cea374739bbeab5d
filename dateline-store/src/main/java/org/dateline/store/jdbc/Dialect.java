package org.dateline.store.jdbc;

/**
 * The SQL that differs between databases.
 *
 * @param name for messages
 * @param insertPage inserts a page unless its key is stored: key, id, source, kind, title, outlet,
 *     published, record, bytes, stored_at, page
 * @param linkPage puts a key into a run at a position, replacing what was there: run, seq, key
 * @param ordinal the column that orders pages by insertion ({@code rowid} in SQLite)
 */
public record Dialect(String name, String insertPage, String linkPage, String ordinal) {
  private static final String PAGE_COLUMNS =
      "(key, id, source, kind, title, outlet, published, record, bytes, stored_at, page)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  public static final Dialect SQLITE =
      new Dialect(
          "SQLite",
          "INSERT OR IGNORE INTO pages " + PAGE_COLUMNS,
          "INSERT OR REPLACE INTO run_pages (run, seq, key) VALUES (?, ?, ?)",
          "rowid");

  public static final Dialect POSTGRESQL =
      new Dialect(
          "PostgreSQL",
          "INSERT INTO pages " + PAGE_COLUMNS + " ON CONFLICT (key) DO NOTHING",
          "INSERT INTO run_pages (run, seq, key) VALUES (?, ?, ?)"
              + " ON CONFLICT (run, seq) DO UPDATE SET key = EXCLUDED.key",
          "n");
}
