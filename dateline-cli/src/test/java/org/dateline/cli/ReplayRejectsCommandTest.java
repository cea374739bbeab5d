package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.sqlite.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored rejections keep their page, and a replay after a fix turns them into articles. */
class ReplayRejectsCommandTest {
  @TempDir Path dir;

  @Test
  void keepsRejectedPagesAndReplaysThem() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("deep.html"),
        "<div>".repeat(1500)
            + "<p>The ferry sailed"
            + " again on Monday after the strike ended, the operator said in a statement.</p>");
    Files.writeString(in.resolve("empty.txt"), "");
    Path db = dir.resolve("r.db");
    assertThat(analyze(in, db)).isEqualTo(2);
    try (DocumentStore store = SqliteDatabase.store(db)) {
      List<String> keys = store.replayable("clean");
      assertThat(keys).hasSize(1);
      PageOutcome.Rejected stored = store.rejection(keys.get(0)).orElseThrow();
      assertThat(stored.page()).isNotNull();
      assertThat(stored.page().provenance().source()).isEqualTo("in/deep.html");
      assertThat(store.replayable("decode")).hasSize(1);
    }
    // Nothing has changed in the engine, so the replay rejects the same pages again.
    assertThat(Main.run("replay-rejects", "--db", db.toString())).isEqualTo(2);
    try (DocumentStore store = SqliteDatabase.store(db)) {
      assertThat(store.replayable(null)).hasSize(2);
    }
  }

  @Test
  void recoveredPagesJoinTheEvents() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String report =
        "Flood barriers on the river Aller were closed on Tuesday as the water rose to 4.2"
            + " metres at Verden, the highest level since 1981, the district office said.\n\n"
            + "Some 300 residents of the lower town were asked to leave their homes overnight.";
    Files.writeString(in.resolve("first.txt"), "Aller floods\n\n" + report);
    Path db = dir.resolve("r.db");
    assertThat(analyze(in, db)).isEqualTo(0);
    // A page an earlier engine rejected, although it reads well today.
    RawPage page =
        new RawPage(
            "second",
            new Provenance("in/second.txt", null),
            ContentKind.TEXT,
            ("Aller floods, second report\n\n" + report).getBytes(StandardCharsets.UTF_8),
            "UTF-8",
            PageMetadata.empty());
    try (DocumentStore store = SqliteDatabase.store(db)) {
      long run = store.startRun(List.of("in"));
      store.commit(
          run,
          1,
          new PageOutcome.Rejected(
              "second",
              new Rejection(
                  "clean", ReasonCode.MALFORMED, "rejected by an older engine", page.provenance()),
              page));
      store.finishRun(run);
    }

    assertThat(Main.run("replay-rejects", "--db", db.toString())).isEqualTo(0);

    try (JdbcDocumentQueries queries = SqliteDatabase.queries(db)) {
      DatedEvent event = queries.stories().eventOf("second").orElseThrow();
      assertThat(event.event().documents()).hasSize(2).contains("second");
    }
  }

  private int analyze(Path in, Path db) {
    return Main.run(
        "analyze",
        in.toString(),
        "--db",
        db.toString(),
        "--report",
        dir.resolve("r.json").toString());
  }
}
