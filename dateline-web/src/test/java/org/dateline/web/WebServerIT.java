package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Extracts;
import org.dateline.model.Fact;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.model.Quote;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.lucene.LuceneSearchIndex;
import org.dateline.store.sqlite.SqliteDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API and pages over a real SQLite store and Lucene index, on loopback. */
class WebServerIT {
  @TempDir static Path dir;
  private static Javalin app;
  private static JdbcDocumentQueries queries;
  private static LuceneSearchIndex index;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path db = dir.resolve("web.db");
    try (DocumentStore store = SqliteDatabase.store(db)) {
      long run = store.startRun(List.of("fixture"));
      for (int i = 0; i < 25; i++) {
        store.commit(
            run,
            i,
            new PageOutcome.Stored(
                "k" + i,
                article(
                        "doc-" + i,
                        i % 2 == 0 ? "Harbour Herald" : "Valley Post",
                        String.format("2025-03-%02d", i + 1),
                        "Ferry talks resume in the harbour, round " + i)
                    .withExtracts(i % 5 == 0 ? minister(i) : Extracts.none())));
      }
      store.commit(
          run,
          99,
          new PageOutcome.Stored(
              "hostile",
              article(
                      "evil",
                      "<b>Outlet</b>",
                      "2025-04-01",
                      "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & 'single'")
                  .withExtracts(
                      new Extracts(
                          List.of(
                              new Entity(
                                  "p1",
                                  "<script>alert(4)</script> Marre",
                                  EntityType.PERSON,
                                  List.of("<i onclick=alert(6)>Marre</i>"),
                                  List.of())),
                          List.of(
                              new Quote(
                                  0,
                                  10,
                                  "<img src=x onerror=alert(5)>\u0001",
                                  "<script>alert(4)</script> Marre",
                                  "p1",
                                  null,
                                  Quote.Kind.DIRECT)),
                          List.of(),
                          List.of()))));
      Article dated = levy("levy-a", new Published("2025-02-11", Published.Basis.METADATA));
      store.commit(
          run,
          101,
          new PageOutcome.Stored("levy-a", dated.withExtracts(levyCut(dated, "2025-03"))));
      Article undated = levy("levy-b", Published.unknown());
      store.commit(
          run, 102, new PageOutcome.Stored("levy-b", undated.withExtracts(levyCut(undated, null))));
      store.commit(
          run,
          100,
          new PageOutcome.Rejected(
              "bad",
              new Rejection(
                  "decode",
                  ReasonCode.NOT_TEXT,
                  "not text: PNG image",
                  Provenance.of("in/photo.html")),
              null));
    }
    try (DocumentStore store = SqliteDatabase.store(db)) {
      CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
      store.forEachArticleByDate(analysis::add);
      store.replaceStories(analysis.finish());
    }
    queries = SqliteDatabase.queries(db);
    index = LuceneSearchIndex.openOrRebuild(dir.resolve("web.db.index"), queries);
    app =
        WebServer.create(queries, queries.stories(), index, WebServer.defaultThreads())
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    index.close();
    queries.close();
  }

  private static Article article(String id, String outlet, String date, String title) {
    return new Article(
        id,
        Provenance.of("in/" + id + ".html"),
        "javascript:alert(3)",
        title,
        outlet,
        List.of("A Reporter"),
        new Published(date, Published.Basis.METADATA),
        List.of(title + ". The ministers met on Tuesday.", "Talks continue tomorrow."),
        List.of(),
        List.of());
  }

  /** A wire report on a levy cut, which two outlets carry, one of them with no date. */
  private static Article levy(String id, Published published) {
    return new Article(
        id,
        Provenance.of("in/" + id + ".html"),
        null,
        "Mill levy cut agreed in Dornick",
        id.equals("levy-a") ? "Dornick Courier" : "Plains Daily",
        List.of(),
        published,
        List.of(
            "Mill owners in Dornick agreed to cut the grain levy by 12 per cent next month, the"
                + " millers' guild said.",
            "Guild treasurer Orla Brandt called the levy cut overdue; bakers and farmers in the"
                + " Dornick valley had sought relief from the grain levy since the poor harvest."),
        List.of(),
        List.of());
  }

  /** The figure the extract stage reads from {@link #levy}, with the period it could read then. */
  private static Extracts levyCut(Article a, @Nullable String period) {
    String text = a.text();
    String sentence = text.substring(0, text.indexOf("said.") + 5);
    int at = text.indexOf("12 per cent");
    return new Extracts(
        List.of(),
        List.of(),
        List.of(
            new Fact(
                at,
                at + 11,
                "12 per cent",
                sentence,
                12,
                null,
                "percent",
                "down",
                null,
                "the grain levy",
                period,
                null)),
        List.of());
  }

  /** What the extract stage would read from a report quoting the harbour minister. */
  private static Extracts minister(int round) {
    return new Extracts(
        List.of(
            new Entity(
                "p1",
                "Anneke Vos",
                EntityType.PERSON,
                List.of("Vos", "Minister Vos"),
                List.of("harbour minister")),
            new Entity("l1", "Valmora", EntityType.LOCATION, List.of(), List.of())),
        List.of(
            new Quote(
                0,
                30,
                "We will reopen the crossing, round " + round,
                "Anneke Vos",
                "p1",
                null,
                Quote.Kind.DIRECT)),
        List.of(),
        List.of());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void readsTheFiguresOfAPageItsEventDatesAgainstThatDate() throws Exception {
    String event = null;
    for (JsonNode e : json(get("/api/events?limit=100")).get("items")) {
      for (JsonNode d : e.get("documents")) {
        if (d.asText().equals("levy-b")) {
          event = e.get("id").asText();
        }
      }
    }
    assertThat(event).isNotNull();
    assertThat(json(get("/api/documents/levy-b")).get("published").get("basis").asText())
        .isEqualTo("event");
    // "next month" on the undated copy resolves once the event lends it 11 February 2025
    String page = get("/events/" + event).body();
    assertThat(page.split("<td>2025-03</td>", -1)).as(page).hasSize(3);
  }

  @Test
  void pagesThroughDocumentsNewestFirstWithCursors() throws Exception {
    HttpResponse<String> first = get("/api/documents?limit=10");
    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode body = json(first);
    assertThat(body.get("items")).hasSize(10);
    assertThat(body.get("items").get(0).get("id").asText()).isEqualTo("evil");
    assertThat(body.get("items").get(1).get("published").get("value").asText())
        .isEqualTo("2025-03-25");
    int seen = 10;
    String next = body.get("next").asText();
    while (true) {
      JsonNode page = json(get("/api/documents?limit=10&cursor=" + next));
      seen += page.get("items").size();
      if (page.get("next").isNull()) {
        break;
      }
      next = page.get("next").asText();
    }
    assertThat(seen).isEqualTo(28);
  }

  @Test
  void searchesByTextWithOutletAndDateFacets() throws Exception {
    JsonNode all = json(get("/api/search?q=ferry%20harbour"));
    assertThat(all.get("total").asLong()).isEqualTo(25);
    assertThat(all.get("facets").get("outlet")).hasSize(2);
    JsonNode one =
        json(get("/api/search?q=ferry&outlet=Valley%20Post&from=2025-03-10&to=2025-03-19"));
    assertThat(one.get("items"))
        .allSatisfy(
            h -> {
              assertThat(h.get("outlet").asText()).isEqualTo("Valley Post");
              assertThat(h.get("published").asText()).isBetween("2025-03-10", "2025-03-19");
            });
    assertThat(one.get("total").asLong()).isEqualTo(5);
  }

  @Test
  void servesAnEntityWithItsAliasesQuotesOverTimeAndEvents() throws Exception {
    JsonNode vos = json(get("/api/entities/p-anneke-vos"));
    assertThat(vos.get("name").asText()).isEqualTo("Anneke Vos");
    assertThat(vos.get("type").asText()).isEqualTo("PERSON");
    assertThat(vos.get("aliases")).extracting(JsonNode::asText).contains("Vos", "Minister Vos");
    assertThat(vos.get("documents").asInt()).isEqualTo(5);
    assertThat(vos.get("quotes"))
        .extracting(q -> q.get("document").asText())
        .containsExactly("doc-20", "doc-15", "doc-10", "doc-5", "doc-0");
    assertThat(vos.get("events")).isNotEmpty();
    String event = vos.get("events").get(0).get("id").asText();
    JsonNode byEntity = json(get("/api/events?entity=p-anneke-vos"));
    assertThat(byEntity.get("items")).extracting(e -> e.get("id").asText()).contains(event);
    assertThat(json(get("/api/events?entity=l-nowhere")).get("items")).isEmpty();

    String page = get("/entities/p-anneke-vos").body();
    assertThat(page)
        .contains("Quotes over time")
        .contains("<svg class=\"quote-chart\"")
        .contains("We will reopen the crossing, round 20")
        .contains("harbour minister")
        .contains("href=\"/events/" + event + "\"");
    assertThat(get("/events/" + event).body()).contains("href=\"/entities/p-anneke-vos\"");
    assertThat(get("/documents/doc-5").body()).contains("href=\"/entities/l-valmora\"");
    assertThat(get("/api/entities/p-nobody").statusCode()).isEqualTo(404);
    assertThat(get("/entities/p-nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void facetsSearchByEntityAndMonth() throws Exception {
    JsonNode all = json(get("/api/search?q=ferry"));
    assertThat(all.get("facets").get("entity"))
        .anySatisfy(
            f -> {
              assertThat(f.get("value").asText()).isEqualTo("Anneke Vos");
              assertThat(f.get("count").asLong()).isEqualTo(5);
            });
    assertThat(all.get("facets").get("month").get(0).get("value").asText()).isEqualTo("2025-03");
    assertThat(all.get("events")).isNotEmpty();
    JsonNode vos = json(get("/api/search?q=ferry&entity=Anneke%20Vos"));
    assertThat(vos.get("total").asLong()).isEqualTo(5);
    String page = get("/search?q=ferry").body();
    assertThat(page)
        .contains("<h2>Entity</h2>")
        .contains("<h2>Month</h2>")
        .contains("entity=Anneke%20Vos");
  }

  @Test
  void followsASubjectAsAnAtomFeedAndADigestSinceADate() throws Exception {
    HttpResponse<String> feed = get("/follow/ferry.atom");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/atom+xml");
    org.w3c.dom.Document xml =
        javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList entries =
        xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isPositive();
    assertThat(feed.body()).contains("/events/").doesNotContain("<script>");

    String digest = get("/follow?q=ferry").body();
    assertThat(digest).contains("href=\"/follow/ferry.atom\"").contains("/events/");
    assertThat(get("/follow?q=ferry&since=2031-01-01").body())
        .contains("0 events since 2031-01-01");
    assertThat(get("/follow/ferry.rss").statusCode()).isEqualTo(404);
    assertThat(get("/follow").statusCode()).isEqualTo(400);
    assertThat(get("/follow?q=ferry&since=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void answersBadRequestsWithJsonErrors() throws Exception {
    assertThat(get("/api/documents/missing").statusCode()).isEqualTo(404);
    assertThat(json(get("/api/documents/missing")).get("error").get("code").asText())
        .isEqualTo("NOT_FOUND");
    assertThat(get("/api/events/e404").statusCode()).isEqualTo(404);
    assertThat(get("/api/documents?limit=0").statusCode()).isEqualTo(400);
    assertThat(get("/api/documents?limit=abc").statusCode()).isEqualTo(400);
    assertThat(get("/api/documents?cursor=%21%21").statusCode()).isEqualTo(400);
    assertThat(get("/api/documents?cursor=Zm9v").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=x&from=March").statusCode()).isEqualTo(400);
    HttpResponse<String> huge = get("/api/search?q=" + "a".repeat(600));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(json(huge).get("error").get("message").asText()).contains("500");
    assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    assertThat(json(get("/api/nothing-here")).get("error")).isNotNull();
  }

  @Test
  void pathTraversalReachesNothingOutsideTheAssets() throws Exception {
    assertThat(get("/assets/dateline.css").statusCode()).isEqualTo(200);
    for (String path :
        List.of(
            "/assets/../../../../etc/passwd",
            "/assets/%2e%2e/%2e%2e/etc/passwd",
            "/assets/..%2f..%2fetc%2fpasswd",
            "/assets/%252e%252e/etc/passwd",
            "/documents/..%2f..%2fetc%2fpasswd",
            "/assets/../org/dateline/web/WebServer.class")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("CAFEBABE");
    }
  }

  @Test
  void escapesHostilePageTextEverywhere() throws Exception {
    HttpResponse<String> page = get("/documents/evil");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'none'");
    assertThat(page.body())
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("<b>Outlet")
        .doesNotContain("href=\"javascript:")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String search = get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
    assertThat(search).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    assertThat(get("/rejected").body()).contains("NOT_TEXT").contains("in/photo.html");
    String entity = get("/entities/p-script-alert-4-script-marre").body();
    assertThat(entity)
        .contains("&lt;script&gt;alert(4)")
        .doesNotContain("<script>alert(4)")
        .doesNotContain("<i onclick")
        .doesNotContain("<img src=x onerror=alert(5)");
    String feed = get("/follow/alert.atom").body();
    assertThat(feed).doesNotContain("<script>").doesNotContain("<img src");
  }

  @Test
  void refusesOversizedRequests() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      String request =
          "GET /api/search?q=x HTTP/1.1\r\nHost: x\r\nX-Big: "
              + "b".repeat(20_000)
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).matches("HTTP/1\\.1 4\\d\\d");
    }
  }
}
