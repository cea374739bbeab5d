package org.dateline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.events.Event;
import org.dateline.model.Article;
import org.dateline.store.DocumentStore;
import org.dateline.store.DocumentStoreContract;
import org.dateline.store.PageOutcome;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.junit.jupiter.api.Test;
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

  @Test
  void readingADatabaseAnOlderVersionWroteBringsItsSchemaUpToDate() throws Exception {
    try (DocumentStore store = openStore()) {
      storeRun(
          store,
          new PageOutcome.Stored("k1", article("d1", "2025-02-01")),
          new PageOutcome.Stored("k2", article("d2", "2025-02-02")));
      DatedEvent event =
          new DatedEvent(
              new Event("e1", "A title", List.of("d2", "d1"), null, null),
              "2025-02-01",
              null,
              null);
      store.replaceStories(
          new CorpusResult(
              List.of(), List.of(event), List.of(), Map.of(), Map.of(), List.of(), List.of()));
    }
    // As the version before migration V5 left it.
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file().toAbsolutePath());
        Statement s = db.createStatement()) {
      s.executeUpdate("DROP TABLE lent_dates");
      s.executeUpdate("DROP INDEX event_documents_by_document");
      s.executeUpdate("CREATE INDEX event_documents_document ON event_documents (document)");
      s.executeUpdate("ALTER TABLE events DROP COLUMN documents");
      s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('5', '6', '7')");
    }
    try (JdbcDocumentQueries queries = openQueries()) {
      assertThat(queries.stories().event("e1").orElseThrow().event().documents())
          .as("V7 fills each event's document list, in order, from its member rows")
          .containsExactly("d2", "d1");
      assertThat(queries.document("d1")).get().extracting(Article::id).isEqualTo("d1");
      assertThat(queries.documents(null, 5).items()).hasSize(2);
    }
  }
}
