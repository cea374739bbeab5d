package org.dateline.web.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.copies.CopyPair;
import org.dateline.copies.SentenceSplitter;
import org.dateline.corpus.DatedEvent;
import org.dateline.extract.FactGroups;
import org.dateline.model.Article;
import org.dateline.model.Fact;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * One event: its sources side by side, with the wire sentences they share marked and each outlet's
 * own additions set apart; its quotations grouped by speaker; and its figures, with disagreeing
 * reports flagged.
 */
final class EventPage {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  private EventPage() {}

  /**
   * The page.
   *
   * @param entities the store's entity id of each document's entity, by {@link #key}
   */
  static String render(
      DatedEvent e, List<Article> sources, List<CopyPair> copies, Map<String, String> entities) {
    StringBuilder b = new StringBuilder("<article class=\"event\">");
    b.append("<h1>").append(Html.esc(e.event().title())).append("</h1><p class=\"meta\">");
    b.append("<time>").append(Html.esc(when(e))).append("</time> · ");
    int all = e.event().documents().size();
    b.append(all).append(all == 1 ? " source" : " sources");
    if (sources.size() < all) {
      b.append(" (the first ").append(sources.size()).append(" side by side)");
    }
    if (e.storyline() != null) {
      b.append(" · part of <a class=\"storyline-link\" href=\"/storylines/")
          .append(Html.url(e.storyline()))
          .append("\">storyline ")
          .append(Html.esc(e.storyline()))
          .append("</a>");
    }
    b.append("</p>");
    copies(b, copies);
    sources(b, sources, copies);
    quotes(b, sources, entities);
    figures(b, sources);
    return b.append("</article>").toString();
  }

  /** An event as a list item: its dates, a link to it, and how many sources it has. */
  static String item(DatedEvent e) {
    return "<li><time>"
        + Html.esc(when(e))
        + "</time> <a href=\"/events/"
        + Html.url(e.id())
        + "\">"
        + Html.esc(e.event().title())
        + "</a> <small>("
        + e.event().documents().size()
        + " sources)</small></li>";
  }

  static String when(DatedEvent e) {
    if (e.start() == null) {
      return "date unknown";
    }
    return e.end() == null ? e.start() : e.start() + " to " + e.end();
  }

  private static void copies(StringBuilder b, List<CopyPair> copies) {
    if (copies.isEmpty()) {
      return;
    }
    b.append("<h2>Wire copies</h2><ul class=\"copies\">");
    for (CopyPair p : copies) {
      b.append("<li>")
          .append(docLink(p.a()))
          .append(" and ")
          .append(docLink(p.b()))
          .append(": ")
          .append(Html.esc(p.kind().name().toLowerCase(Locale.ROOT)))
          .append(", ")
          .append(p.sharedSentences())
          .append(" shared sentences</li>");
    }
    b.append("</ul>");
  }

  private static void sources(StringBuilder b, List<Article> sources, List<CopyPair> copies) {
    Map<String, Set<String>> added = additions(copies);
    b.append("<h2>Sources side by side</h2>")
        .append("<p class=\"legend\"><mark class=\"shared\">shared wire text</mark>")
        .append(" <span class=\"added\">added by this outlet</span></p>")
        .append("<div class=\"sources\">");
    for (Article a : sources) {
      Set<String> own = added.get(a.id());
      b.append("<section class=\"source\"><h3><a href=\"/documents/")
          .append(Html.url(a.id()))
          .append("\">")
          .append(Html.esc(a.title() == null ? a.id() : a.title()))
          .append("</a></h3><p class=\"meta\">")
          .append(Html.esc(a.outlet() == null ? "unknown outlet" : a.outlet()))
          .append(" · ")
          .append(Html.esc(a.published().value() == null ? "undated" : a.published().value()))
          .append("</p>");
      for (String paragraph : a.paragraphs()) {
        b.append("<p>");
        if (own == null) {
          // Shares no wire text: nothing to mark, so no need to split into sentences.
          b.append(Html.esc(paragraph)).append("</p>");
          continue;
        }
        for (String sentence : SPLITTER.split(paragraph)) {
          if (own.contains(sentence)) {
            b.append("<span class=\"added\">").append(Html.esc(sentence)).append("</span>");
          } else {
            b.append("<mark class=\"shared\">").append(Html.esc(sentence)).append("</mark>");
          }
          b.append(' ');
        }
        b.append("</p>");
      }
      b.append("</section>");
    }
    b.append("</div>");
  }

  /**
   * Per document in some copy pair, the sentences it shares with none of its partners: a sentence
   * is its own when every pair it is in lists it as an addition.
   */
  private static Map<String, Set<String>> additions(List<CopyPair> copies) {
    Map<String, Set<String>> own = new HashMap<>();
    for (CopyPair p : copies) {
      intersect(own, p.a(), p.addedByA());
      intersect(own, p.b(), p.addedByB());
    }
    return own;
  }

  private static void intersect(Map<String, Set<String>> own, String doc, List<String> added) {
    Set<String> mine = own.get(doc);
    if (mine == null) {
      own.put(doc, new HashSet<>(added));
    } else {
      mine.retainAll(added);
    }
  }

  /** How a document's entity is looked up in the map of store ids. */
  static String key(String document, String entityKey) {
    return document + "\n" + entityKey;
  }

  /** Quotations grouped by speaker: by the store's entity when known, else by name or role. */
  private static void quotes(StringBuilder b, List<Article> sources, Map<String, String> entities) {
    Map<String, List<String[]>> bySpeaker = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Article a : sources) {
      for (Quote q : a.extracts().quotes()) {
        if (!q.speech()) {
          continue;
        }
        String label =
            q.speaker() != null
                ? q.speaker()
                : q.description() != null ? q.description() + " (unnamed)" : "unattributed";
        String entity = q.speakerKey() == null ? null : entities.get(key(a.id(), q.speakerKey()));
        String group = entity != null ? "entity:" + entity : "name:" + label;
        labels.putIfAbsent(group, label);
        bySpeaker
            .computeIfAbsent(group, k -> new ArrayList<>())
            .add(new String[] {q.text(), a.id()});
      }
    }
    if (bySpeaker.isEmpty()) {
      return;
    }
    b.append("<h2>Who said what</h2><dl class=\"quotes\">");
    for (Map.Entry<String, List<String[]>> s : bySpeaker.entrySet()) {
      String label = Html.esc(labels.get(s.getKey()));
      b.append("<dt>");
      if (s.getKey().startsWith("entity:")) {
        b.append("<a class=\"speaker\" href=\"/entities/")
            .append(Html.url(s.getKey().substring("entity:".length())))
            .append("\">")
            .append(label)
            .append("</a>");
      } else {
        b.append(label);
      }
      b.append("</dt>");
      for (String[] q : s.getValue()) {
        b.append("<dd><q>")
            .append(Html.esc(q[0]))
            .append("</q> ")
            .append(docLink(q[1]))
            .append("</dd>");
      }
    }
    b.append("</dl>");
  }

  /** The event's figures, grouped and flagged as the report groups and flags them. */
  private static void figures(StringBuilder b, List<Article> sources) {
    FactGroups groups = new FactGroups();
    Map<FactGroups.Group, List<Object[]>> byGroup = new LinkedHashMap<>();
    for (Article a : sources) {
      for (Fact f : a.extracts().facts()) {
        byGroup
            .computeIfAbsent(groups.add(f), k -> new ArrayList<>())
            .add(new Object[] {f, a.id()});
      }
    }
    if (byGroup.isEmpty()) {
      return;
    }
    b.append("<h2>Figures</h2><table class=\"figures\"><tr><th>Subject</th><th>Value</th>")
        .append("<th>Unit</th><th>Change</th><th>Period</th><th>Source</th><th></th></tr>");
    for (Map.Entry<FactGroups.Group, List<Object[]>> group : byGroup.entrySet()) {
      boolean disagree = group.getKey().disagrees();
      for (Object[] r : group.getValue()) {
        Fact f = (Fact) r[0];
        b.append(disagree ? "<tr class=\"disagrees\">" : "<tr>")
            .append(cell(f.subject()))
            .append(cell(number(f.value())))
            .append(cell(f.unit()))
            .append(cell(f.change()))
            .append(cell(f.period()))
            .append("<td>")
            .append(docLink((String) r[1]))
            .append("</td><td>")
            .append(disagree ? "reports differ" : "")
            .append("</td></tr>");
      }
    }
    b.append("</table>");
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String cell(@Nullable String s) {
    return "<td>" + Html.esc(s == null ? "" : s) + "</td>";
  }

  private static String docLink(String id) {
    return "<a href=\"/documents/" + Html.url(id) + "\">" + Html.esc(id) + "</a>";
  }
}
