package org.dateline.web.pages;

import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.store.SearchIndex;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/** The list pages: recent documents, search results with facets, and rejected inputs. */
final class Listings {
  private Listings() {}

  /** The home page's head: storylines, then recent events. */
  static String stories(List<Storyline> storylines, List<DatedEvent> events) {
    StringBuilder b = new StringBuilder();
    if (!storylines.isEmpty()) {
      b.append("<h1>Storylines</h1><ol class=\"storylines\">");
      for (Storyline s : storylines) {
        b.append("<li><a href=\"/storylines/")
            .append(Html.url(s.id()))
            .append("\">")
            .append(Html.esc(s.title()))
            .append("</a> <small>(")
            .append(s.events().size())
            .append(" events)</small></li>");
      }
      b.append("</ol>");
    }
    if (!events.isEmpty()) {
      b.append("<h1>Recent events</h1><ol class=\"events\">");
      for (DatedEvent e : events) {
        b.append(EventPage.item(e));
      }
      b.append("</ol>");
    }
    return b.toString();
  }

  static String recent(List<Article> articles, @Nullable String next) {
    StringBuilder b = new StringBuilder("<h1>Recent articles</h1><ol class=\"results\">");
    for (Article a : articles) {
      item(b, a.id(), a.title(), a.outlet(), a.published().value(), null);
    }
    b.append("</ol>");
    if (next != null) {
      b.append("<a class=\"next\" href=\"/?cursor=").append(Html.url(next)).append("\">Older</a>");
    }
    return b.toString();
  }

  static String search(SearchIndex.Query q, SearchIndex.Hits hits) {
    StringBuilder b =
        new StringBuilder("<h1>Search</h1><p class=\"count\">")
            .append(hits.total())
            .append(" matching articles for <q>")
            .append(Html.esc(q.text()))
            .append("</q>");
    for (String chosen : new String[] {q.outlet(), q.entity()}) {
      if (chosen != null) {
        b.append(" · <b>").append(Html.esc(chosen)).append("</b>");
      }
    }
    if (q.from() != null || q.to() != null) {
      b.append(" · ")
          .append(Html.esc(q.from() == null ? "…" : q.from()))
          .append(" to ")
          .append(Html.esc(q.to() == null ? "…" : q.to()));
    }
    b.append(" · <a class=\"follow-link\" href=\"/follow?q=")
        .append(Html.url(q.text()))
        .append("\">follow</a></p><div class=\"with-facets\"><aside class=\"facets\">");
    facet(b, "Outlet", "outlet", hits.outlets(), q);
    facet(b, "Entity", "entity", hits.entities(), q);
    facet(b, "Month", "month", hits.months(), q);
    b.append("</aside><ol class=\"results\">");
    for (SearchIndex.Hit h : hits.hits()) {
      item(b, h.id(), h.title(), h.outlet(), h.published(), h.snippet());
    }
    return b.append("</ol></div>").toString();
  }

  /** One facet's values, each a link to the search narrowed to it (other choices kept). */
  private static void facet(
      StringBuilder b,
      String heading,
      String name,
      List<SearchIndex.Facet> values,
      SearchIndex.Query q) {
    if (values.isEmpty()) {
      return;
    }
    b.append("<h2>").append(heading).append("</h2><ul class=\"facet-").append(name).append("\">");
    for (SearchIndex.Facet f : values) {
      String outlet = name.equals("outlet") ? f.value() : q.outlet();
      String entity = name.equals("entity") ? f.value() : q.entity();
      String from = name.equals("month") ? f.value() : q.from();
      String to = name.equals("month") ? f.value() : q.to();
      StringBuilder href = new StringBuilder("/search?q=").append(Html.url(q.text()));
      param(href, "outlet", outlet);
      param(href, "entity", entity);
      param(href, "from", from);
      param(href, "to", to);
      b.append("<li><a href=\"")
          .append(Html.esc(href.toString()))
          .append("\">")
          .append(Html.esc(f.value()))
          .append("</a> (")
          .append(f.count())
          .append(")</li>");
    }
    b.append("</ul>");
  }

  private static void param(StringBuilder href, String name, @Nullable String value) {
    if (value != null) {
      href.append('&').append(name).append('=').append(Html.url(value));
    }
  }

  static String rejected(List<Rejection> rejections, @Nullable String next) {
    StringBuilder b =
        new StringBuilder(
            "<h1>Rejected inputs</h1><table class=\"rejected\">"
                + "<tr><th>Source</th><th>Reason</th><th>Stage</th><th>Message</th></tr>");
    for (Rejection r : rejections) {
      b.append("<tr><td><code>")
          .append(Html.esc(r.provenance().toString()))
          .append("</code></td><td>")
          .append(Html.esc(r.reason().name()))
          .append("</td><td>")
          .append(Html.esc(r.stage()))
          .append("</td><td>")
          .append(Html.esc(r.message()))
          .append("</td></tr>");
    }
    b.append("</table>");
    if (next != null) {
      b.append("<a class=\"next\" href=\"/rejected?cursor=")
          .append(Html.url(next))
          .append("\">More</a>");
    }
    return b.toString();
  }

  private static void item(
      StringBuilder b,
      String id,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable String published,
      @Nullable String snippet) {
    b.append("<li><a class=\"doc\" href=\"/documents/")
        .append(Html.url(id))
        .append("\">")
        .append(Html.esc(title == null || title.isBlank() ? id : title))
        .append("</a> <small>")
        .append(Html.esc(outlet == null ? "" : outlet))
        .append(" ")
        .append(Html.esc(published == null ? "" : published))
        .append("</small>");
    if (snippet != null) {
      b.append("<p>").append(Html.esc(snippet)).append("…</p>");
    }
    b.append("</li>");
  }
}
