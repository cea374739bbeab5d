package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
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
    assertThat(
            Main.run(
                "analyze",
                in.toString(),
                "--db",
                db.toString(),
                "--report",
                dir.resolve("r.json").toString()))
        .isEqualTo(2);
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
}
