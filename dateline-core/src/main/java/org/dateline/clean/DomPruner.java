package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Removes what is never article text before scoring: code, media and form controls, navigation,
 * hidden elements, and containers whose class or id says they are boilerplate (unless they also say
 * they are content, or hold most of the page's text). Photo captions are set aside. Every removed
 * block that had text is recorded, with why.
 */
final class DomPruner {
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, math, canvas, iframe, object, embed, link, meta,"
          + " select, option, textarea, input, button, dialog";
  private static final Set<String> LAYOUT = Set.of("nav", "footer", "aside");
  private static final int MAX_REMOVALS = 200;
  private static final int MAX_REMOVAL_CHARS = 300;

  private final HtmlHints hints;

  DomPruner(HtmlHints hints) {
    this.hints = hints;
  }

  /** How much to prune: a page that loses its article to the hints is read again with fewer. */
  enum Strictness {
    /** Layout elements, hidden elements and class or id hints. */
    FULL,
    /** Layout elements only. */
    LAYOUT,
    /** Only what is never text. */
    MINIMAL
  }

  /** Prunes {@code body} in place; returns the removals, and fills {@code captions}. */
  List<Removal> prune(Element body, List<String> captions, Strictness strictness) {
    List<Removal> removed = new ArrayList<>();
    body.select(NEVER_TEXT).forEach(DomPruner::cut);
    if (strictness == Strictness.FULL) {
      for (Element e : body.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none]")) {
        remove(e, "hidden element", removed);
      }
    }
    for (Element e : body.select("figcaption, figure [class*=caption], .wp-caption-text")) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        captions.add(text);
      }
      cut(e);
    }
    if (strictness == Strictness.MINIMAL) {
      return removed;
    }
    TextStats stats = TextStats.compute(body);
    int total = Math.max(1, stats.of(body).chars);
    Elements all = body.getAllElements();
    for (Element e : all) {
      if (e == body || e.parent() == null) {
        continue; // already gone with an ancestor
      }
      String tag = e.normalName();
      if (LAYOUT.contains(tag) && stats.of(e).chars < total / 2) {
        remove(e, tag + " element", removed);
        continue;
      }
      if (tag.equals("header") && e.select("p").size() < 3) {
        remove(e, "header element", removed);
        continue;
      }
      if (strictness != Strictness.FULL
          || tag.equals("body")
          || tag.equals("article")
          || tag.equals("main")
          || tag.equals("a")) {
        continue;
      }
      String signature = HtmlHints.signature(e);
      if (signature.isBlank() || !hints.unlikely(signature)) {
        continue;
      }
      if (stats.of(e).chars < total / 2) {
        remove(
            e,
            "class or id hint: " + hints.unlikelyWord(signature).toLowerCase(Locale.ROOT),
            removed);
      }
    }
    return removed.size() > MAX_REMOVALS ? removed.subList(0, MAX_REMOVALS) : removed;
  }

  private static void remove(Element e, String why, List<Removal> removed) {
    String text = e.text().strip();
    if (!text.isEmpty() && removed.size() < MAX_REMOVALS) {
      removed.add(
          new Removal(
              text.length() > MAX_REMOVAL_CHARS ? text.substring(0, MAX_REMOVAL_CHARS) + "…" : text,
              why));
    }
    cut(e);
  }

  /** Removes an element, leaving a space so the words around it do not run together. */
  private static void cut(Element e) {
    if (e.parent() != null) {
      e.replaceWith(new TextNode(" "));
    }
  }
}
