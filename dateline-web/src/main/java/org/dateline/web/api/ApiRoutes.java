package org.dateline.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.dateline.store.Slice;
import org.dateline.web.ApiException;
import org.dateline.web.Params;

/**
 * The JSON API of CONTRACT.md. Events, storylines and entities are served once their stages store
 * them; until then their lists are empty and their ids unknown (404).
 */
public final class ApiRoutes {
  private final DocumentQueries store;
  private final SearchIndex index;

  public ApiRoutes(DocumentQueries store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/documents", this::documents);
    routes.get("/api/documents/{id}", this::document);
    routes.get("/api/search", this::search);
    routes.get("/api/rejected", this::rejected);
    routes.get(
        "/api/events",
        ctx -> {
          Params.limit(ctx);
          Params.cursor(ctx);
          Params.query(ctx);
          Params.date(ctx, "from");
          Params.date(ctx, "to");
          Json.send(ctx, 200, Json.list(List.of(), null));
        });
    routes.get(
        "/api/events/{id}",
        ctx -> {
          throw ApiException.notFound("event " + ctx.pathParam("id"));
        });
    routes.get(
        "/api/storylines/{id}",
        ctx -> {
          throw ApiException.notFound("storyline " + ctx.pathParam("id"));
        });
    routes.get(
        "/api/entities/{id}",
        ctx -> {
          throw ApiException.notFound("entity " + ctx.pathParam("id"));
        });
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
    String q = Params.query(ctx);
    SearchIndex.Hits hits =
        index.search(
            q,
            Params.text(ctx, "outlet"),
            Params.date(ctx, "from"),
            Params.date(ctx, "to"),
            Params.limit(ctx));
    Map<String, Object> body = Json.list(hits.hits(), null);
    body.put("total", hits.total());
    body.put("facets", Map.of("outlet", hits.outlets()));
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
