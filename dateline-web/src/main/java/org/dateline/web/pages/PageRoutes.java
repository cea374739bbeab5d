package org.dateline.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.copies.CopyDetector;
import org.dateline.copies.CopyLink;
import org.dateline.copies.CopyPair;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.extract.LentDate;
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
import org.dateline.web.Subject;

/** The HTML pages, rendered on the server. */
public final class PageRoutes {
  private static final int HOME_STORYLINES = 10;
  private static final int HOME_EVENTS = 15;
  // An event page sets its sources side by side; past this many, the rest are only listed by id.
  private static final int MAX_SOURCES = 30;

  private final LentDate lent = new LentDate();
  private final DocumentQueries store;
  private final StoryQueries stories;
  private final SearchIndex index;

  public PageRoutes(DocumentQueries store, StoryQueries stories, SearchIndex index) {
    this.store = store;
    this.stories = stories;
    this.index = index;
  }

  public void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/documents/{id}", this::document);
    routes.get("/events/{id}", this::event);
    routes.get("/storylines/{id}", this::storyline);
    routes.get("/entities/{id}", this::entity);
    routes.get("/search", this::search);
    routes.get("/follow", this::follow);
    routes.get("/follow/{feed}", this::feed);
    routes.get("/rejected", this::rejected);
  }

  private void home(Context ctx) throws IOException {
    Slice<Article> slice = store.documents(Params.cursor(ctx), Params.limit(ctx));
    String top =
        Params.cursor(ctx) != null
            ? ""
            : Listings.stories(
                stories.storylines(HOME_STORYLINES),
                stories.events(StoryQueries.EventFilter.all(), null, HOME_EVENTS).items());
    html(ctx, Layout.page("Recent", "", top + Listings.recent(slice.items(), slice.next())));
  }

  private void event(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    DatedEvent e = stories.event(id).orElseThrow(() -> ApiException.notFound("event " + id));
    List<String> documents = e.event().documents();
    // A page the event dates had its times and figures read without a date: read them again.
    List<Article> sources =
        store.documents(documents.subList(0, Math.min(documents.size(), MAX_SOURCES))).stream()
            .map(lent::apply)
            .toList();
    // The stored links say which pairs are copies; the aligned sentences are found again here,
    // among the sources those links name only.
    Set<String> linked = new HashSet<>();
    Set<Set<String>> stored = new HashSet<>();
    for (CopyLink link : stories.copiesAmong(sources.stream().map(Article::id).toList())) {
      linked.add(link.a());
      linked.add(link.b());
      stored.add(Set.of(link.a(), link.b()));
    }
    List<CopyPair> copies = new ArrayList<>();
    if (!linked.isEmpty()) {
      CopyDetector detector = CopyDetector.withDefaults();
      for (Article a : sources) {
        if (linked.contains(a.id())) {
          for (CopyPair p : detector.add(a)) {
            if (stored.contains(Set.of(p.a(), p.b()))) {
              copies.add(p);
            }
          }
        }
      }
    }
    Map<String, String> entities = new HashMap<>();
    for (EntityMention m : stories.mentionsIn(e.event().documents())) {
      entities.put(EventPage.key(m.document(), m.key()), m.entity());
    }
    html(ctx, Layout.page(e.event().title(), "", EventPage.render(e, sources, copies, entities)));
  }

  private void storyline(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Storyline s = stories.storyline(id).orElseThrow(() -> ApiException.notFound("storyline " + id));
    List<DatedEvent> events = stories.eventsOf(s);
    html(ctx, Layout.page(s.title(), "", StorylinePage.render(s, events)));
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article a = store.document(id).orElseThrow(() -> ApiException.notFound("document " + id));
    html(
        ctx,
        Layout.page(
            a.title() == null ? id : a.title(),
            "",
            DocumentPage.render(
                a, stories.eventOf(a.id()).orElse(null), stories.mentionsIn(List.of(a.id())))));
  }

  private void search(Context ctx) throws IOException {
    SearchIndex.Query q = Params.search(ctx);
    html(ctx, Layout.page("Search: " + q.text(), q.text(), Listings.search(q, index.search(q))));
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityDossier d =
        EntityDossier.load(id, store, stories)
            .orElseThrow(() -> ApiException.notFound("entity " + id));
    html(ctx, Layout.page(d.entity().name(), "", EntityPage.render(d)));
  }

  /** The digest of a followed subject: its events since a date. */
  private void follow(Context ctx) throws IOException {
    String q = Params.query(ctx);
    if (q.isEmpty()) {
      throw ApiException.badRequest("say what to follow: /follow?q=words");
    }
    Subject subject = Subject.find(q, Params.date(ctx, "since"), index, stories);
    Map<String, Storyline> lines = new HashMap<>();
    for (DatedEvent e : subject.events()) {
      if (e.storyline() != null && !lines.containsKey(e.storyline())) {
        stories.storyline(e.storyline()).ifPresent(s -> lines.put(s.id(), s));
      }
    }
    html(ctx, Layout.page("Following " + q, q, FollowPage.render(subject, lines)));
  }

  /** {@code /follow/{query}.atom}: the subject's new events as an Atom feed. */
  private void feed(Context ctx) throws IOException {
    String feed = ctx.pathParam("feed");
    if (!feed.endsWith(".atom") || feed.length() == ".atom".length()) {
      throw ApiException.notFound("feed " + feed);
    }
    String q = Params.checkedQuery(feed.substring(0, feed.length() - ".atom".length()));
    Subject subject = Subject.find(q, null, index, stories);
    String host = ctx.host() == null ? "localhost" : ctx.host();
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.render(subject, ctx.scheme() + "://" + host));
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
