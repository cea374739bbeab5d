package org.dateline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.model.Removal;
import org.dateline.store.PageOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDocumentStoreIT {
  @TempDir Path dir;

  private static Article article(String id) {
    return new Article(
        id,
        new Provenance("corpus/" + id + ".html", null),
        "https://x.example/" + id,
        "Title " + id,
        "Outlet",
        List.of("A Writer"),
        new Published("2025-11-03", Published.Basis.METADATA),
        List.of("First paragraph.", "Second paragraph."),
        List.of("A caption."),
        List.of(new Removal("Sign up", "call to action")));
  }

  @Test
  void roundTripsArticlesAndRejectionsInRunOrder() throws IOException {
    Path file = dir.resolve("nested/dir/test.db");
    Rejection rejection =
        new Rejection(
            "decode",
            ReasonCode.NOT_TEXT,
            "not text: PNG image",
            new Provenance("corpus/a.warc", "rec-1"));
    try (SqliteDocumentStore store = SqliteDocumentStore.open(file)) {
      long run = store.startRun(List.of("corpus"));
      store.commit(run, 2, new PageOutcome.Stored("k2", article("b")));
      store.commit(
          run,
          1,
          new PageOutcome.Rejected("k1", rejection, "bytes".getBytes(StandardCharsets.UTF_8)));
      store.finishRun(run);
    }
    List<PageOutcome> read = new ArrayList<>();
    try (SqliteDocumentStore store = SqliteDocumentStore.open(file)) {
      long run = store.startRun(List.of("corpus"));
      assertThat(store.knows("k1")).isTrue();
      assertThat(store.knows("k3")).isFalse();
      store.link(run, 1, "k2");
      store.link(run, 2, "k1");
      store.forEachInRun(run, read::add);
    }
    assertThat(read).hasSize(2);
    assertThat(((PageOutcome.Stored) read.get(0)).article()).isEqualTo(article("b"));
    PageOutcome.Rejected r = (PageOutcome.Rejected) read.get(1);
    assertThat(r.rejection()).isEqualTo(rejection);
    assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("bytes");
  }

  @Test
  void storingAPageTwiceKeepsOneCopy() throws IOException {
    try (SqliteDocumentStore store = SqliteDocumentStore.open(dir.resolve("t.db"))) {
      long run = store.startRun(List.of("x"));
      store.commit(run, 1, new PageOutcome.Stored("same", article("a")));
      store.commit(run, 1, new PageOutcome.Stored("same", article("a")));
      List<PageOutcome> read = new ArrayList<>();
      store.forEachInRun(run, read::add);
      assertThat(read).hasSize(1);
    }
  }
}
