package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL half-way, then run again, ends with the same database and report as an
 * uninterrupted run: nothing lost, nothing doubled. Two runs at once on one database both succeed.
 */
class ResumeAfterKillIT {
  private static final int PAGES = 1500;

  @TempDir Path dir;

  @Test
  void aKilledRunResumesWithoutLosingOrDuplicatingPages() throws Exception {
    Path corpus = Corpora.write(dir.resolve("corpus"), PAGES);
    Files.write(corpus.resolve("zz-broken.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 3});

    Path cleanDb = dir.resolve("clean.db");
    Process clean = Corpora.analyze(corpus, cleanDb, dir.resolve("clean.json"), dir);
    assertThat(clean.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(clean.exitValue()).isEqualTo(2); // the broken page is rejected

    Path db = dir.resolve("killed.db");
    Process first = Corpora.analyze(corpus, db, dir.resolve("first.json"), dir);
    long stored = waitUntilStored(db, PAGES / 3, first);
    first.destroyForcibly(); // SIGKILL on Linux
    first.waitFor(1, TimeUnit.MINUTES);
    assertThat(stored).as("killed half-way").isLessThan(PAGES);

    Process second = Corpora.analyze(corpus, db, dir.resolve("second.json"), dir);
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).isEqualTo(2);

    assertThat(pageKeys(db)).hasSize(PAGES + 1).containsExactlyElementsOf(pageKeys(cleanDb));
    assertThat(documents(dir.resolve("second.json")))
        .hasSize(PAGES)
        .containsExactlyElementsOf(documents(dir.resolve("clean.json")));
  }

  @Test
  void twoRunsAtOnceOnOneDatabaseBothSucceed() throws Exception {
    Path corpus = Corpora.write(dir.resolve("corpus"), 400);
    Path db = dir.resolve("shared.db");
    Process a = Corpora.analyze(corpus, db, dir.resolve("a.json"), dir);
    Process b = Corpora.analyze(corpus, db, dir.resolve("b.json"), dir);
    assertThat(a.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(b.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(a.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(b.exitValue()).isZero();
    assertThat(pageKeys(db)).hasSize(400);
    assertThat(documents(dir.resolve("a.json")))
        .hasSize(400)
        .containsExactlyElementsOf(documents(dir.resolve("b.json")));
  }

  private static long waitUntilStored(Path db, long target, Process running)
      throws InterruptedException, SQLException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long count = 0;
    while (System.nanoTime() < deadline && running.isAlive()) {
      if (Files.exists(db)) {
        try {
          count = count(db);
        } catch (SQLException e) {
          count = 0; // the schema is still being created
        }
        if (count >= target) {
          return count;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the first run stored only " + count + " pages before it ended");
  }

  private static long count(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pages")) {
      return rs.getLong(1);
    }
  }

  private static List<String> pageKeys(Path db) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT key FROM pages ORDER BY key")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }

  private static List<String> documents(Path report) throws IOException {
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    List<String> docs = new ArrayList<>();
    root.get("documents").forEach(d -> docs.add(d.get("id").asText() + "\t" + d.get("text")));
    return docs;
  }
}
