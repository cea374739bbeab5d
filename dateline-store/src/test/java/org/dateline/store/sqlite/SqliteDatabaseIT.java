package org.dateline.store.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.store.DocumentStore;
import org.dateline.store.DocumentStoreContract;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseIT extends DocumentStoreContract {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("nested/folder/test.db");
  }

  @Override
  protected DocumentStore openStore() throws IOException {
    return SqliteDatabase.store(file());
  }

  @Override
  protected DocumentStore reopenStore() throws IOException {
    return SqliteDatabase.store(file());
  }

  @Override
  protected JdbcDocumentQueries openQueries() throws IOException {
    return SqliteDatabase.queries(file());
  }
}
