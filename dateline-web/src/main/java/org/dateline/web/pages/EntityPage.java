package org.dateline.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.DatedEvent;
import org.dateline.web.EntityDossier;

/**
 * One entity: its names and roles, its quotations over time (a bar per month, then the quotations
 * month by month, newest first), and the events that name it.
 */
final class EntityPage {
  private static final int BAR_WIDTH = 14;
  private static final int CHART_HEIGHT = 60;

  private EntityPage() {}

  static String render(EntityDossier d) {
    CorpusEntity e = d.entity();
    StringBuilder b = new StringBuilder("<article class=\"entity\">");
    b.append("<h1>").append(Html.esc(e.name())).append("</h1><p class=\"meta\">");
    b.append(Html.esc(e.type().name().toLowerCase(Locale.ROOT)))
        .append(" · named in ")
        .append(e.documents())
        .append(e.documents() == 1 ? " document" : " documents")
        .append(" · <a href=\"/follow?q=")
        .append(Html.url(e.name()))
        .append("\">follow</a></p>");
    if (!e.aliases().isEmpty()) {
      b.append("<p class=\"aliases\">Also named: ");
      appendJoined(b, e.aliases());
      b.append("</p>");
    }
    if (!e.roles().isEmpty()) {
      b.append("<p class=\"roles\">Roles: ");
      appendJoined(b, e.roles());
      b.append("</p>");
    }
    quotes(b, d);
    b.append("<h2>Events</h2>");
    if (d.events().isEmpty()) {
      b.append("<p class=\"count\">No event names this entity.</p>");
    } else {
      b.append("<ul class=\"events\">");
      for (DatedEvent event : d.events()) {
        b.append(EventPage.item(event));
      }
      b.append("</ul>");
    }
    return b.append("</article>").toString();
  }

  private static void quotes(StringBuilder b, EntityDossier d) {
    b.append("<h2>Quotes over time</h2>");
    if (d.quotes().isEmpty()) {
      b.append("<p class=\"count\">No quotation attributed in its ")
          .append(d.documentsRead())
          .append(" newest documents.</p>");
      return;
    }
    Map<String, List<EntityDossier.Said>> byMonth = new LinkedHashMap<>();
    for (EntityDossier.Said s : d.quotes()) {
      byMonth.computeIfAbsent(month(s.date()), k -> new java.util.ArrayList<>()).add(s);
    }
    chart(b, byMonth);
    b.append("<p class=\"count\">From its ").append(d.documentsRead()).append(" newest documents.");
    b.append("</p><dl class=\"quotes\">");
    for (Map.Entry<String, List<EntityDossier.Said>> m : byMonth.entrySet()) {
      b.append("<dt>").append(Html.esc(m.getKey())).append("</dt>");
      for (EntityDossier.Said s : m.getValue()) {
        b.append("<dd><q>")
            .append(Html.esc(s.quote().text()))
            .append("</q> <a href=\"/documents/")
            .append(Html.url(s.document()))
            .append("\">")
            .append(Html.esc(s.document()))
            .append("</a></dd>");
      }
    }
    b.append("</dl>");
  }

  /** Quotations per month, oldest on the left, as an SVG bar chart. */
  private static void chart(StringBuilder b, Map<String, List<EntityDossier.Said>> byMonth) {
    List<Map.Entry<String, List<EntityDossier.Said>>> months =
        new java.util.ArrayList<>(byMonth.entrySet());
    java.util.Collections.reverse(months);
    int most = byMonth.values().stream().mapToInt(List::size).max().orElse(1);
    int width = months.size() * (BAR_WIDTH + 4) + 4;
    b.append("<svg class=\"quote-chart\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(CHART_HEIGHT + 4)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(CHART_HEIGHT + 4)
        .append("\"><title>Quotations per month</title>");
    for (int i = 0; i < months.size(); i++) {
      int n = months.get(i).getValue().size();
      int h = Math.max(2, n * CHART_HEIGHT / most);
      b.append("<rect class=\"bar\" x=\"")
          .append(4 + i * (BAR_WIDTH + 4))
          .append("\" y=\"")
          .append(CHART_HEIGHT - h + 2)
          .append("\" width=\"")
          .append(BAR_WIDTH)
          .append("\" height=\"")
          .append(h)
          .append("\"><title>")
          .append(Html.esc(months.get(i).getKey()))
          .append(": ")
          .append(n)
          .append("</title></rect>");
    }
    b.append("</svg>");
  }

  private static String month(@org.jspecify.annotations.Nullable String date) {
    if (date == null) {
      return "undated";
    }
    return date.length() >= 7 ? date.substring(0, 7) : date;
  }

  private static void appendJoined(StringBuilder b, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(Html.esc(values.get(i)));
    }
  }
}
