package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.store.DocumentStore;
import org.dateline.store.sqlite.SqliteDocumentStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option and the default database in the user's data directory. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "The database (SQLite file). Default: $XDG_DATA_HOME/dateline/dateline.db, or"
              + " ~/.local/share/dateline/dateline.db.")
  @Nullable Path db;

  /** The database file this invocation uses. */
  Path file() {
    if (db != null) {
      return db;
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path data =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return data.resolve("dateline").resolve("dateline.db");
  }

  DocumentStore open() throws IOException {
    return SqliteDocumentStore.open(file());
  }
}
