package org.dateline.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.DatedEvent;
import org.dateline.storylines.Storyline;
import org.dateline.web.Subject;

/**
 * Following a subject: a digest of its events since a date, grouped by the storyline they continue,
 * with the subject's Atom feed.
 */
final class FollowPage {
  private FollowPage() {}

  static String render(Subject subject, Map<String, Storyline> storylines) {
    String q = subject.query();
    String feed = "/follow/" + Html.url(q) + ".atom";
    StringBuilder b = new StringBuilder("<article class=\"follow\"><h1>Following <q>");
    b.append(Html.esc(q)).append("</q></h1>");
    b.append("<p class=\"meta\"><a class=\"feed\" type=\"application/atom+xml\" href=\"")
        .append(feed)
        .append("\">Atom feed of new events</a></p>");
    b.append("<form class=\"since\" action=\"/follow\" method=\"get\">")
        .append("<input type=\"hidden\" name=\"q\" value=\"")
        .append(Html.esc(q))
        .append("\"><label>New since <input type=\"date\" name=\"since\" value=\"")
        .append(Html.esc(subject.since() == null ? "" : subject.since()))
        .append("\"></label> <button type=\"submit\">Show digest</button></form>");
    b.append("<h2>")
        .append(subject.events().size())
        .append(subject.events().size() == 1 ? " event" : " events");
    if (subject.since() != null) {
      b.append(" since ").append(Html.esc(subject.since()));
    }
    b.append("</h2>");
    Map<Storyline, List<DatedEvent>> byStoryline = new LinkedHashMap<>();
    List<DatedEvent> alone = new ArrayList<>();
    for (DatedEvent e : subject.events()) {
      Storyline line = e.storyline() == null ? null : storylines.get(e.storyline());
      if (line != null) {
        byStoryline.computeIfAbsent(line, k -> new ArrayList<>()).add(e);
      } else {
        alone.add(e);
      }
    }
    for (Map.Entry<Storyline, List<DatedEvent>> s : byStoryline.entrySet()) {
      b.append("<section class=\"digest-storyline\"><h3>Storyline: <a href=\"/storylines/")
          .append(Html.url(s.getKey().id()))
          .append("\">")
          .append(Html.esc(s.getKey().title()))
          .append("</a></h3>");
      list(b, s.getValue());
      b.append("</section>");
    }
    if (!alone.isEmpty()) {
      if (!byStoryline.isEmpty()) {
        b.append("<h3>Other events</h3>");
      }
      list(b, alone);
    }
    return b.append("</article>").toString();
  }

  private static void list(StringBuilder b, List<DatedEvent> events) {
    b.append("<ul class=\"events\">");
    events.forEach(e -> b.append(EventPage.item(e)));
    b.append("</ul>");
  }
}
