package org.dateline.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, linked-text length and comma count of every element, computed in one iterative pass
 * over the tree (so deep pages cost no recursion, and big ones no quadratic re-reading).
 */
final class TextStats {
  /** Per element: characters of text, of which inside links, and commas. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  static TextStats compute(Element root) {
    TextStats stats = new TextStats();
    stats.collect(root);
    return stats;
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, EMPTY);
  }

  private static final Counts EMPTY = new Counts();

  private void collect(Element root) {
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e && e.nameIs("a")) {
              linkDepth[0]++;
            } else if (node instanceof TextNode t && t.parent() != null) {
              Element parent = t.parent();
              String text = t.text();
              int chars = text.strip().length();
              if (chars > 0) {
                Counts c = counts.computeIfAbsent(parent, k -> new Counts());
                c.chars += chars;
                c.linkChars += linkDepth[0] > 0 ? chars : 0;
                c.commas += commas(text);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return;
            }
            if (e.nameIs("a")) {
              linkDepth[0]--;
            }
            Counts own = counts.get(e);
            if (own != null && e.parent() != null && e != root) {
              Counts up = counts.computeIfAbsent(e.parent(), k -> new Counts());
              up.chars += own.chars;
              up.linkChars += own.linkChars;
              up.commas += own.commas;
            }
          }
        },
        root);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
