package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the chosen elements out as paragraphs in reading order: each block element starts a new
 * paragraph, inline text joins the current one. Link-dense short blocks (menus and link lists left
 * inside the content) are dropped and recorded.
 */
final class BlockWriter {

  /** Paragraphs of the elements; dropped blocks go to {@code removed}. */
  static List<String> write(List<Element> roots, String title, List<Removal> removed) {
    List<String> paragraphs = new ArrayList<>();
    for (Element root : roots) {
      StringBuilder current = new StringBuilder();
      int[] linkChars = {0};
      int[] linkDepth = {0};
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
              if (node instanceof TextNode t) {
                String text = t.text();
                current.append(text);
                if (linkDepth[0] > 0) {
                  linkChars[0] += text.strip().length();
                }
              } else if (node instanceof Element e) {
                if (e.nameIs("a")) {
                  linkDepth[0]++;
                } else if (e.isBlock() || e.nameIs("br")) {
                  flush(current, linkChars, paragraphs, title, removed);
                }
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e) {
                if (e.nameIs("a")) {
                  linkDepth[0]--;
                } else if (e.isBlock() || e.nameIs("br")) {
                  flush(current, linkChars, paragraphs, title, removed);
                }
              }
            }
          },
          root);
      flush(current, linkChars, paragraphs, title, removed);
    }
    return paragraphs;
  }

  private static void flush(
      StringBuilder current,
      int[] linkChars,
      List<String> paragraphs,
      String title,
      List<Removal> removed) {
    String text = Whitespace.collapse(current);
    int links = linkChars[0];
    current.setLength(0);
    linkChars[0] = 0;
    if (text.isEmpty() || text.equals(title)) {
      return;
    }
    double density = (double) links / text.length();
    if (density > 0.5 && text.length() < 200) {
      removed.add(
          new Removal(
              text,
              String.format(
                  java.util.Locale.ROOT, "link density %.2f inside the content", density)));
      return;
    }
    paragraphs.add(text);
  }
}
