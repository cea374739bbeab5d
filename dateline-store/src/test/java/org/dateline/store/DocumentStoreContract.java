package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.copies.CopyKind;
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.CorpusResult;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.events.Event;
import org.dateline.model.Article;
import org.dateline.model.ContentKind;
import org.dateline.model.EntityType;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.model.Removal;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.storylines.Storyline;
import org.junit.jupiter.api.Test;

/** What every store adapter must do; each adapter's IT runs these against a real database. */
public abstract class DocumentStoreContract {

  /** A new, empty database, opened for writing. */
  protected abstract DocumentStore openStore() throws IOException;

  /** The same database again (after the writer is closed), for writing. */
  protected abstract DocumentStore reopenStore() throws IOException;

  /** The same database, for reading. */
  protected abstract JdbcDocumentQueries openQueries() throws IOException;

  /** Stores the outcomes as pages 1, 2, … of one finished run. */
  protected static void storeRun(DocumentStore store, PageOutcome... outcomes) throws IOException {
    long run = store.startRun(List.of("corpus"));
    for (int i = 0; i < outcomes.length; i++) {
      store.commit(run, i + 1, outcomes[i]);
    }
    store.finishRun(run);
  }

  protected static Article article(String id, String date) {
    return new Article(
        id,
        new Provenance("corpus/" + id + ".html", null),
        "https://x.example/" + id,
        "Title " + id,
        "Outlet",
        List.of("A Writer"),
        new Published(date, Published.Basis.METADATA),
        List.of("First.", "Second."),
        List.of("A caption."),
        List.of(new Removal("Sign up", "call to action")));
  }

  private static final RawPage PAGE =
      new RawPage(
          "a",
          new Provenance("corpus/a.warc", "rec-1"),
          ContentKind.HTML,
          "bytes".getBytes(StandardCharsets.UTF_8),
          "utf-8",
          new PageMetadata(
              "https://x.example/a", null, null, "Outlet", List.of(), "2025-01-01T00:00:00Z"));

  private static final Rejection REJECTION =
      new Rejection(
          "decode",
          ReasonCode.NOT_TEXT,
          "not text: PNG image",
          new Provenance("corpus/a.warc", "rec-1"));

  @Test
  void roundTripsArticlesAndRejectionsInRunOrder() throws IOException {
    try (DocumentStore store = openStore()) {
      long run = store.startRun(List.of("corpus"));
      store.commit(run, 2, new PageOutcome.Stored("k2", article("b", "2025-01-02")));
      store.commit(run, 1, new PageOutcome.Rejected("k1", REJECTION, PAGE));
      store.finishRun(run);
    }
    List<PageOutcome> read = new ArrayList<>();
    try (DocumentStore store = reopenStore()) {
      long run = store.startRun(List.of("corpus"));
      assertThat(store.knows("k1")).isTrue();
      assertThat(store.knows("k3")).isFalse();
      store.link(run, 1, "k2");
      store.link(run, 2, "k1");
      store.forEachInRun(run, read::add);
    }
    assertThat(read).hasSize(2);
    assertThat(((PageOutcome.Stored) read.get(0)).article()).isEqualTo(article("b", "2025-01-02"));
    PageOutcome.Rejected r = (PageOutcome.Rejected) read.get(1);
    assertThat(r.rejection()).isEqualTo(REJECTION);
    assertThat(r.page()).isNotNull();
    assertThat(new String(r.page().bytes(), StandardCharsets.UTF_8)).isEqualTo("bytes");
    assertThat(r.page().metadata()).isEqualTo(PAGE.metadata());
  }

  @Test
  void replaysRejectionsThatKeptTheirPage() throws IOException {
    try (DocumentStore store = openStore()) {
      long run = store.startRun(List.of("x"));
      store.commit(run, 1, new PageOutcome.Rejected("kept", REJECTION, PAGE));
      store.commit(run, 2, new PageOutcome.Rejected("lost", REJECTION, null));
      assertThat(store.replayable(null)).containsExactly("kept");
      assertThat(store.replayable("decode")).containsExactly("kept");
      assertThat(store.replayable("clean")).isEmpty();
      assertThat(store.rejection("kept")).get().extracting(PageOutcome.Rejected::page).isNotNull();
      store.recover("kept", article("a", "2025-03-01"));
      assertThat(store.replayable(null)).isEmpty();
      List<PageOutcome> read = new ArrayList<>();
      store.forEachInRun(run, read::add);
      assertThat(read.get(0)).isEqualTo(new PageOutcome.Stored("kept", article("a", "2025-03-01")));
    }
  }

  @Test
  void storingAPageTwiceKeepsOneCopy() throws IOException {
    try (DocumentStore store = openStore()) {
      long run = store.startRun(List.of("x"));
      store.commit(run, 1, new PageOutcome.Stored("same", article("a", "2025-01-01")));
      store.commit(run, 1, new PageOutcome.Stored("same", article("a", "2025-01-01")));
      List<PageOutcome> read = new ArrayList<>();
      store.forEachInRun(run, read::add);
      assertThat(read).hasSize(1);
    }
  }

  @Test
  void readsTheNewestStoredVersionOfAnArticleAloneOrInABatch() throws IOException {
    try (DocumentStore store = openStore()) {
      storeRun(
          store,
          new PageOutcome.Stored("first", article("a", "2025-01-01")),
          new PageOutcome.Stored("second", article("a", "2025-01-02")));
    }
    try (JdbcDocumentQueries queries = openQueries()) {
      assertThat(queries.document("a").orElseThrow().published().value()).isEqualTo("2025-01-02");
      assertThat(queries.documents(List.of("a")))
          .extracting(a -> a.published().value())
          .containsExactly("2025-01-02");
    }
  }

  @Test
  void pagesThroughArticlesNewestFirstAndFindsThemById() throws IOException {
    try (DocumentStore store = openStore()) {
      long run = store.startRun(List.of("x"));
      for (int i = 1; i <= 7; i++) {
        store.commit(
            run,
            i,
            new PageOutcome.Stored("k" + i, article("d" + i, i == 4 ? null : "2025-02-0" + i)));
      }
      store.commit(run, 9, new PageOutcome.Rejected("r", REJECTION, null));
    }
    String revision;
    try (JdbcDocumentQueries queries = openQueries()) {
      revision = queries.revision();
      assertThat(queries.revision()).as("nothing written, nothing changed").isEqualTo(revision);
      assertThat(queries.document("d3")).get().extracting(Article::id).isEqualTo("d3");
      assertThat(queries.document("nope")).isEmpty();
      assertThat(queries.documents(List.of("d5", "nope", "d2", "d5")))
          .as("in the order asked, each once, the unknown left out")
          .extracting(Article::id)
          .containsExactly("d5", "d2");
      List<String> ids = new ArrayList<>();
      String cursor = null;
      do {
        Slice<Article> slice = queries.documents(cursor, 3);
        slice.items().forEach(a -> ids.add(a.id()));
        cursor = slice.next();
      } while (cursor != null);
      assertThat(ids).containsExactly("d7", "d6", "d5", "d3", "d2", "d1", "d4");
      assertThat(queries.rejected(null, 10).items()).containsExactly(REJECTION);
      assertThatThrownBy(() -> queries.documents("bm90IGEgY3Vyc29y", 3))
          .isInstanceOf(IllegalArgumentException.class);
    }
    try (DocumentStore store = openStore()) {
      store.finishRun(store.startRun(List.of("again")));
    }
    try (JdbcDocumentQueries queries = openQueries()) {
      assertThat(queries.revision()).as("a new run is a new revision").isNotEqualTo(revision);
    }
  }

  private static DatedEvent event(String id, String start, String storyline, String... docs) {
    return new DatedEvent(
        new Event(id, "Title of " + id, List.of(docs), null, null), start, null, storyline);
  }

  private static final CorpusEntity LI =
      new CorpusEntity(
          "p-li-qiang", "Li Qiang", EntityType.PERSON, List.of("Li"), List.of("premier"), 2);
  private static final CorpusEntity LOCATION =
      new CorpusEntity("l-moscow", "Moscow", EntityType.LOCATION, List.of(), List.of(), 1);

  @Test
  void storesStoriesAndReadsThemBackWithFiltersAndPaging() throws IOException {
    CopyLink copy = new CopyLink("a", "b", CopyKind.VERSION, 3);
    CorpusResult stories =
        new CorpusResult(
            List.of(copy),
            List.of(
                event("e1", "2025-01-01", "s1", "a", "b"),
                event("e2", "2025-03-04", "s1", "c"),
                event("e3", null, null, "d")),
            List.of(new Storyline("s1", "Title of e2", List.of("e1", "e2"))),
            java.util.Map.of(),
            java.util.Map.of(
                "d", new Published("2025-03", Published.Basis.EVENT),
                "a", new Published("1999", Published.Basis.EVENT)),
            List.of(LI, LOCATION),
            List.of(
                new EntityMention("p-li-qiang", "a", "p1"),
                new EntityMention("p-li-qiang", "c", "p2"),
                new EntityMention("l-moscow", "c", "l1")));
    try (DocumentStore store = openStore()) {
      storeRun(
          store,
          new PageOutcome.Stored("ka", article("a", "2025-01-01")),
          new PageOutcome.Stored("kc", article("c", "2025-03-04")),
          new PageOutcome.Stored("kd", article("d", "x").withPublished(Published.unknown())));
      store.replaceStories(stories);
      store.replaceStories(stories); // replaces, never doubles
      List<String> byDate = new ArrayList<>();
      store.forEachArticleByDate(a -> byDate.add(a.id()));
      assertThat(byDate).as("the analysis reads pages as stored").containsExactly("d", "a", "c");
    }
    try (JdbcDocumentQueries queries = openQueries()) {
      StoryQueries q = queries.stories();
      StoryQueries.EventFilter all = StoryQueries.EventFilter.all();
      Slice<DatedEvent> first = q.events(all, null, 2);
      assertThat(first.items()).extracting(DatedEvent::id).containsExactly("e2", "e1");
      assertThat(first.next()).isNotNull();
      Slice<DatedEvent> second = q.events(all, first.next(), 2);
      assertThat(second.items()).extracting(DatedEvent::id).containsExactly("e3");
      assertThat(second.next()).isNull();
      assertThat(
              q.events(new StoryQueries.EventFilter("OF E1", null, null, null, null), null, 10)
                  .items())
          .extracting(DatedEvent::id)
          .containsExactly("e1");
      assertThat(
              q.events(new StoryQueries.EventFilter(null, null, null, "2025-02-01", null), null, 10)
                  .items())
          .extracting(DatedEvent::id)
          .containsExactly("e2");
      assertThat(
              q.events(
                      new StoryQueries.EventFilter(null, null, "Outlet", null, "2025-02-01"),
                      null,
                      10)
                  .items())
          .extracting(DatedEvent::id)
          .containsExactly("e1");
      assertThat(q.event("e1"))
          .get()
          .satisfies(
              e -> {
                assertThat(e.event().documents()).containsExactly("a", "b");
                assertThat(e.start()).isEqualTo("2025-01-01");
                assertThat(e.storyline()).isEqualTo("s1");
              });
      assertThat(q.eventOf("c")).get().extracting(DatedEvent::id).isEqualTo("e2");
      assertThat(q.event("e9")).isEmpty();
      assertThat(q.storyline("s1"))
          .contains(new Storyline("s1", "Title of e2", List.of("e1", "e2")));
      assertThat(q.storylines(5)).extracting(Storyline::id).containsExactly("s1");
      assertThat(q.copiesAmong(List.of("a", "b", "c"))).containsExactly(copy);
      assertThat(q.copiesAmong(List.of("a", "c"))).isEmpty();
      assertThat(queries.document("d").orElseThrow().published())
          .as("an undated page carries its event's date")
          .isEqualTo(new Published("2025-03", Published.Basis.EVENT));
      assertThat(queries.document("a").orElseThrow().published())
          .as("a stated date is never replaced")
          .isEqualTo(new Published("2025-01-01", Published.Basis.METADATA));
      assertThat(q.eventsOfDocuments(List.of("a", "b", "c", "zz"), null, 10))
          .extracting(DatedEvent::id)
          .containsExactly("e2", "e1");
      assertThat(q.eventsOfDocuments(List.of("a", "b", "c"), null, 1))
          .as("the newest within the limit")
          .extracting(DatedEvent::id)
          .containsExactly("e2");
      assertThat(q.eventsOfDocuments(List.of("a", "b", "c"), "2025-02-01", 10))
          .as("only events on or after the date")
          .extracting(DatedEvent::id)
          .containsExactly("e2");
      assertThat(q.eventsOfDocuments(List.of("a", "b"), "2025-02-01", 10)).isEmpty();
      assertThat(q.entity("p-li-qiang")).contains(LI);
      assertThat(q.entity("p-nobody")).isEmpty();
      assertThat(q.mentionsOf("p-li-qiang", 10))
          .extracting(EntityMention::document)
          .containsExactly("c", "a");
      assertThat(q.mentionsOf("p-li-qiang", 1))
          .extracting(EntityMention::key)
          .containsExactly("p2");
      assertThat(q.mentionsIn(List.of("c")))
          .extracting(EntityMention::entity)
          .containsExactlyInAnyOrder("p-li-qiang", "l-moscow");
      assertThat(
              q.events(new StoryQueries.EventFilter(null, "l-moscow", null, null, null), null, 10)
                  .items())
          .extracting(DatedEvent::id)
          .containsExactly("e2");
    }
  }

  @Test
  void streamsStoriesFromTheStageAndReadsThemBackByRun() throws IOException {
    long first;
    long second;
    try (DocumentStore store = openStore()) {
      first = store.startRun(List.of("one"));
      store.commit(first, 1, new PageOutcome.Stored("ka", article("a", "2025-01-01")));
      store.commit(
          first,
          2,
          new PageOutcome.Stored("kb", article("b", "x").withPublished(Published.unknown())));
      store.commit(first, 3, new PageOutcome.Rejected("kr", REJECTION, null));
      store.finishRun(first);
      second = store.startRun(List.of("two"));
      store.commit(second, 1, new PageOutcome.Stored("kc", article("c", "2025-06-01")));
      store.finishRun(second);

      List<String> added = new ArrayList<>();
      List<Boolean> held = new ArrayList<>();
      store.replaceStories(
          sink ->
              new DocumentStore.StoryStage() {
                @Override
                public void add(Article a) {
                  added.add(a.id());
                  if (a.id().equals("a")) {
                    sink.event(
                        event("e1", "2025-01-01", null, "a", "b"),
                        java.util.Map.of("b", new Published("2025-01", Published.Basis.EVENT)));
                    sink.copy(new CopyLink("a", "b", CopyKind.DUPLICATE, 4));
                    held.add(sink.holds("b"));
                    held.add(sink.holds("c"));
                  }
                }

                @Override
                public void end() {
                  sink.event(event("e2", "2025-06-01", null, "c"), java.util.Map.of());
                  sink.mention(new EntityMention("p-li-qiang", "c", "p1"));
                  sink.end(
                      List.of(new Storyline("s1", "Title of e2", List.of("e1", "e2"))),
                      List.of(LI));
                }
              });
      assertThat(added).as("articles come by date, undated first").containsExactly("b", "a", "c");
      assertThat(held)
          .as("the sink knows the articles of events handed over")
          .containsExactly(true, false);

      List<String> placed = new ArrayList<>();
      store.forEachPlacedInRun(
          first,
          (outcome, event) -> {
            if (outcome instanceof PageOutcome.Stored stored) {
              placed.add(
                  stored.article().id() + " " + event + " " + stored.article().published().value());
            } else {
              placed.add("rejected " + event);
            }
          });
      assertThat(placed)
          .as("each article with its event, an undated one with the date its event lends it")
          .containsExactly("a e1 2025-01-01", "b e1 2025-01", "rejected null");

      List<String> copies = new ArrayList<>();
      store.forEachCopyOfRun(first, c -> copies.add(c.a() + c.b()));
      store.forEachCopyOfRun(second, c -> copies.add("second " + c.a() + c.b()));
      assertThat(copies).containsExactly("ab");
      List<DatedEvent> events = new ArrayList<>();
      store.forEachEventOfRun(second, events::add);
      assertThat(events).extracting(DatedEvent::id).containsExactly("e2");
      assertThat(events.get(0).storyline())
          .as("the storyline is set when the stage ends")
          .isEqualTo("s1");
      List<Storyline> lines = new ArrayList<>();
      store.forEachStorylineOfRun(first, lines::add);
      assertThat(lines).containsExactly(new Storyline("s1", "Title of e2", List.of("e1", "e2")));

      assertThatThrownBy(
              () ->
                  store.replaceStories(
                      sink ->
                          new DocumentStore.StoryStage() {
                            @Override
                            public void add(Article a) {
                              sink.copy(new CopyLink("a", "c", CopyKind.EXCERPT, 1));
                            }

                            @Override
                            public void end() {
                              throw new IllegalStateException("the stage failed");
                            }
                          }))
          .hasMessageContaining("the stage failed");
      List<String> after = new ArrayList<>();
      store.forEachCopyOfRun(first, c -> after.add(c.a() + c.b()));
      store.forEachEventOfRun(first, e -> after.add(e.id()));
      assertThat(after)
          .as("a failed stage leaves the stories it would replace")
          .containsExactly("ab", "e1");
    }
  }
}
