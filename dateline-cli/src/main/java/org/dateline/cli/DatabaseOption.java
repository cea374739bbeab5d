package org.dateline.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db} option: a SQLite file or a PostgreSQL URL, with a default file. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The database: a SQLite file, or postgresql://user:password@host:port/name for a"
              + " PostgreSQL server. Default: $XDG_DATA_HOME/dateline/dateline.db, or"
              + " ~/.local/share/dateline/dateline.db.")
  @Nullable String db;

  Database database() {
    return db != null ? new Database(db) : Database.file(dataDirectory().resolve("dateline.db"));
  }

  /** Dateline's folder in the user's data directory. */
  static Path dataDirectory() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path data =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return data.resolve("dateline");
  }
}
