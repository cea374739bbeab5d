package org.dateline.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.dateline.store.Slice;
import org.dateline.web.ApiException;
import org.dateline.web.Params;

/** The HTML pages, rendered on the server. */
public final class PageRoutes {
  private final DocumentQueries store;
  private final SearchIndex index;

  public PageRoutes(DocumentQueries store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  public void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/documents/{id}", this::document);
    routes.get("/search", this::search);
    routes.get("/rejected", this::rejected);
  }

  private void home(Context ctx) throws IOException {
    Slice<Article> slice = store.documents(Params.cursor(ctx), Params.limit(ctx));
    html(ctx, Layout.page("Recent", "", Listings.recent(slice.items(), slice.next())));
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article a = store.document(id).orElseThrow(() -> ApiException.notFound("document " + id));
    html(ctx, Layout.page(a.title() == null ? id : a.title(), "", DocumentPage.render(a)));
  }

  private void search(Context ctx) throws IOException {
    String q = Params.query(ctx);
    String outlet = Params.text(ctx, "outlet");
    SearchIndex.Hits hits =
        index.search(
            q, outlet, Params.date(ctx, "from"), Params.date(ctx, "to"), Params.limit(ctx));
    html(ctx, Layout.page("Search: " + q, q, Listings.search(q, outlet, hits)));
  }

  private void rejected(Context ctx) throws IOException {
    Slice<Rejection> slice = store.rejected(Params.cursor(ctx), Params.limit(ctx));
    html(ctx, Layout.page("Rejected", "", Listings.rejected(slice.items(), slice.next())));
  }

  /** An error page for a refused request. */
  public static String error(int status, String message) {
    return Layout.page(
        "Error " + status,
        "",
        "<h1>Error " + status + "</h1><p class=\"error\">" + Html.esc(message) + "</p>");
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
