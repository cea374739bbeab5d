package org.dateline.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.DatedEvent;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.dateline.store.Slice;
import org.dateline.store.StoryQueries;
import org.dateline.storylines.Storyline;
import org.dateline.web.ApiException;
import org.dateline.web.EntityDossier;
import org.dateline.web.Params;

/** The JSON API of CONTRACT.md. */
public final class ApiRoutes {
  private final DocumentQueries store;
  private final StoryQueries stories;
  private final SearchIndex index;

  public ApiRoutes(DocumentQueries store, StoryQueries stories, SearchIndex index) {
    this.store = store;
    this.stories = stories;
    this.index = index;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/documents", this::documents);
    routes.get("/api/documents/{id}", this::document);
    routes.get("/api/search", this::search);
    routes.get("/api/rejected", this::rejected);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/storylines/{id}", this::storyline);
    routes.get("/api/entities/{id}", this::entity);
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityDossier d =
        EntityDossier.load(id, store, stories)
            .orElseThrow(() -> ApiException.notFound("entity " + id));
    Json.send(ctx, 200, EntityJson.of(d));
  }

  private void events(Context ctx) throws IOException {
    StoryQueries.EventFilter filter =
        new StoryQueries.EventFilter(
            Params.text(ctx, "q"),
            Params.text(ctx, "entity"),
            Params.text(ctx, "outlet"),
            Params.date(ctx, "from"),
            Params.date(ctx, "to"));
    Slice<DatedEvent> slice = stories.events(filter, Params.cursor(ctx), Params.limit(ctx));
    Json.send(
        ctx, 200, Json.list(slice.items().stream().map(StoryJson::event).toList(), slice.next()));
  }

  private void event(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    DatedEvent e = stories.event(id).orElseThrow(() -> ApiException.notFound("event " + id));
    Map<String, Object> body = StoryJson.event(e);
    body.put(
        "copies",
        stories.copiesAmong(e.event().documents()).stream().map(StoryJson::copy).toList());
    Json.send(ctx, 200, body);
  }

  private void storyline(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Storyline s = stories.storyline(id).orElseThrow(() -> ApiException.notFound("storyline " + id));
    List<DatedEvent> events = stories.eventsOf(s);
    Json.send(ctx, 200, StoryJson.storyline(s, events));
  }

  private void documents(Context ctx) throws IOException {
    Slice<Article> slice = store.documents(Params.cursor(ctx), Params.limit(ctx));
    Json.send(
        ctx, 200, Json.list(slice.items().stream().map(DocumentJson::of).toList(), slice.next()));
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article article = store.document(id).orElseThrow(() -> ApiException.notFound("document " + id));
    Json.send(ctx, 200, DocumentJson.of(article));
  }

  private void search(Context ctx) throws IOException {
    SearchIndex.Hits hits = index.search(Params.search(ctx));
    Map<String, Object> body = Json.list(hits.hits(), null);
    body.put("total", hits.total());
    Map<String, Object> facets = new java.util.LinkedHashMap<>();
    facets.put("outlet", hits.outlets());
    facets.put("entity", hits.entities());
    facets.put("month", hits.months());
    body.put("facets", facets);
    List<String> ids = hits.hits().stream().map(SearchIndex.Hit::id).toList();
    body.put(
        "events",
        stories.eventsOfDocuments(ids, null, ids.size()).stream().map(StoryJson::event).toList());
    Json.send(ctx, 200, body);
  }

  private void rejected(Context ctx) throws IOException {
    Slice<Rejection> slice = store.rejected(Params.cursor(ctx), Params.limit(ctx));
    List<Map<String, String>> items =
        slice.items().stream()
            .map(
                r ->
                    Map.of(
                        "source",
                        r.provenance().toString(),
                        "reason",
                        r.reason().name(),
                        "message",
                        r.message(),
                        "stage",
                        r.stage()))
            .toList();
    Json.send(ctx, 200, Json.list(items, slice.next()));
  }
}
