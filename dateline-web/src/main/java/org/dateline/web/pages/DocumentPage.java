package org.dateline.web.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Removal;

/** One article: metadata, body, captions and, for audit, every block that was removed. */
final class DocumentPage {
  private DocumentPage() {}

  static String render(
      Article a, @org.jspecify.annotations.Nullable DatedEvent event, List<EntityMention> names) {
    StringBuilder b = new StringBuilder("<article class=\"document\">");
    b.append("<h1>").append(Html.esc(a.title() == null ? a.id() : a.title())).append("</h1>");
    b.append("<p class=\"meta\">");
    b.append("<span class=\"outlet\">").append(Html.esc(orUnknown(a.outlet()))).append("</span>");
    b.append(" · <time>").append(Html.esc(orUnknown(a.published().value()))).append("</time>");
    b.append(" <small>(").append(Html.esc(a.published().basisName())).append(")</small>");
    if (!a.authors().isEmpty()) {
      b.append(" · by ").append(Html.esc(String.join(", ", a.authors())));
    }
    b.append("</p><p class=\"source\">Source: <code>")
        .append(Html.esc(a.provenance().toString()))
        .append("</code>");
    if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
      b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"")
          .append(Html.esc(a.url()))
          .append("\">original page</a>");
    }
    b.append("</p>");
    if (event != null) {
      b.append("<p class=\"event-link\">Reports the event <a href=\"/events/")
          .append(Html.url(event.id()))
          .append("\">")
          .append(Html.esc(event.event().title()))
          .append("</a></p>");
    }
    entities(b, a, names);
    b.append("<div class=\"body\">");
    for (String paragraph : a.paragraphs()) {
      b.append("<p>").append(Html.esc(paragraph)).append("</p>");
    }
    b.append("</div>");
    if (!a.captions().isEmpty()) {
      b.append("<h2>Captions</h2><ul class=\"captions\">");
      a.captions().forEach(c -> b.append("<li>").append(Html.esc(c)).append("</li>"));
      b.append("</ul>");
    }
    b.append("<details class=\"removed\"><summary>")
        .append(a.boilerplate().size())
        .append(
            " blocks removed as boilerplate</summary><table><tr><th>Text</th><th>Why</th></tr>");
    for (Removal r : a.boilerplate()) {
      b.append("<tr><td>")
          .append(Html.esc(r.text()))
          .append("</td><td>")
          .append(Html.esc(r.why()))
          .append("</td></tr>");
    }
    return b.append("</table></details></article>").toString();
  }

  /** The entities the article names, each linked to its page when the store resolved it. */
  private static void entities(StringBuilder b, Article a, List<EntityMention> names) {
    if (a.extracts().entities().isEmpty()) {
      return;
    }
    Map<String, String> ids = new HashMap<>();
    names.forEach(m -> ids.put(m.key(), m.entity()));
    b.append("<p class=\"entities\">Names: ");
    boolean first = true;
    for (Entity e : a.extracts().entities()) {
      b.append(first ? "" : ", ");
      first = false;
      String id = ids.get(e.key());
      if (id == null) {
        b.append(Html.esc(e.name()));
      } else {
        b.append("<a class=\"entity\" href=\"/entities/")
            .append(Html.url(id))
            .append("\">")
            .append(Html.esc(e.name()))
            .append("</a>");
      }
    }
    b.append("</p>");
  }

  private static String orUnknown(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "unknown" : s;
  }
}
