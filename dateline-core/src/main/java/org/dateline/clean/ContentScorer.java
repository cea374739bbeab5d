package org.dateline.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the elements that hold the article: every paragraph-like block votes for its ancestors
 * (more for longer text with more commas), votes are weighted by tag and class hints and discounted
 * by link density, and the best container is taken together with the siblings that score close to
 * it or read like prose.
 */
final class ContentScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /** Widen to the parent when it holds this much more prose... */
  private static final double WIDEN_GAIN = 1.3;

  /** ...and links make up no more than this share of its text. */
  private static final double WIDEN_MAX_LINK_DENSITY = 0.3;

  /** Wrappers that add little prose may be passed over this many at a time on the way up. */
  private static final int WIDEN_LOOKAHEAD = 3;

  private final HtmlHints hints;

  ContentScorer(HtmlHints hints) {
    this.hints = hints;
  }

  /** The elements to read the article from, in document order. */
  List<Element> select(Element body) {
    TextStats stats = TextStats.compute(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!isParagraph(e)) {
        continue;
      }
      TextStats.Counts c = stats.of(e);
      if (c.chars < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double vote = 1 + c.commas + Math.min(c.chars / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; level < 3 && ancestor != null; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element a = ancestor;
        scores.merge(a, initial(a) + vote / divider, (old, add) -> old + vote / divider);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - stats.of(e.getKey()).linkDensity());
      if (top == null || score > best) {
        top = e.getKey();
        best = score;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    Element better = climb(top, best, scores, stats, body);
    double betterScore = better == top ? best : adjusted(better, scores, stats);
    return withSiblings(better, Math.max(betterScore, best), scores, stats);
  }

  private static double adjusted(Element e, Map<Element, Double> scores, TextStats stats) {
    return scores.getOrDefault(e, 0.0) * (1 - stats.of(e).linkDensity());
  }

  /**
   * Moves up from the best container when the article is spread over several: to the ancestor
   * shared by three or more of the next-best containers, to a parent that scores higher, and past
   * wrappers with a single child.
   */
  private static Element climb(
      Element top, double best, Map<Element, Double> scores, TextStats stats, Element body) {
    List<Element> rivals = new ArrayList<>();
    scores.keySet().stream()
        .filter(e -> e != top && adjusted(e, scores, stats) >= best * 0.75)
        .sorted((a, b) -> Double.compare(adjusted(b, scores, stats), adjusted(a, scores, stats)))
        .limit(4)
        .forEach(rivals::add);
    Element chosen = top;
    if (rivals.size() >= 3) {
      for (Element parent = top.parent();
          parent != null && parent != body;
          parent = parent.parent()) {
        int containing = 0;
        for (Element rival : rivals) {
          if (rival.parents().contains(parent)) {
            containing++;
          }
        }
        if (containing >= 3) {
          chosen = parent;
          break;
        }
      }
    }
    double last = adjusted(chosen, scores, stats);
    double floor = last / 3;
    for (Element parent = chosen.parent();
        parent != null && parent != body;
        parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double score = adjusted(parent, scores, stats);
      if (score < floor) {
        break;
      }
      if (score > last) {
        chosen = parent;
        break;
      }
      last = score;
    }
    while (chosen.parent() != null
        && chosen.parent() != body
        && chosen.parent().children().size() == 1) {
      chosen = chosen.parent();
    }
    return widen(chosen, stats, body);
  }

  /**
   * Moves up to an ancestor that holds clearly more prose (text outside links) and is not itself
   * link-dense: an article split into sections, each with its own wrapper, is read whole. Up to
   * {@value #WIDEN_LOOKAHEAD} wrappers in a row that add little prose are passed over, because a
   * listing's sections often sit a few levels above its introduction.
   */
  private static Element widen(Element chosen, TextStats stats, Element body) {
    int skipped = 0;
    Element candidate = chosen;
    for (Element parent = chosen.parent();
        parent != null && parent != body && skipped <= WIDEN_LOOKAHEAD;
        parent = parent.parent()) {
      TextStats.Counts up = stats.of(parent);
      TextStats.Counts here = stats.of(candidate);
      double prose = up.chars - up.linkChars;
      double current = here.chars - here.linkChars;
      if (up.linkDensity() > WIDEN_MAX_LINK_DENSITY) {
        break;
      }
      if (prose < current * WIDEN_GAIN) {
        skipped++;
        continue;
      }
      candidate = parent;
      skipped = 0;
    }
    return candidate;
  }

  private List<Element> withSiblings(
      Element top, double best, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    String topClass = top.className();
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? best * 0.2 : 0;
      Double score = scores.get(sibling);
      TextStats.Counts c = stats.of(sibling);
      double linkDensity = c.linkDensity();
      boolean prose =
          sibling.nameIs("p")
              && (c.chars > 80 && linkDensity < 0.25
                  || c.chars > 0 && linkDensity == 0 && sibling.text().matches("(?s).*\\.( |$).*"));
      if ((score != null && score * (1 - linkDensity) + bonus >= threshold) || prose) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private double initial(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + hints.weight(HtmlHints.signature(e));
  }

  /**
   * A paragraph, or a div that holds text directly and no other blocks (a paragraph in all but
   * name).
   */
  private static boolean isParagraph(Element e) {
    if (PARAGRAPHS.contains(e.normalName())) {
      return true;
    }
    if (!e.nameIs("div") && !e.nameIs("section") && !e.nameIs("span")) {
      return false;
    }
    boolean text = false;
    for (Node child : e.childNodes()) {
      if (child instanceof Element c && c.isBlock()) {
        return false;
      }
      text |= child instanceof TextNode t && !t.isBlank();
    }
    return text;
  }
}
