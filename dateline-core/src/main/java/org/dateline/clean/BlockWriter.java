package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "li",
          "table",
          "tr",
          "td",
          "th",
          "pre",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "footer",
          "figure",
          "br",
          "hr",
          "address",
          "center",
          "details",
          "summary",
          "caption");

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
                } else if ((e.isBlock() || BLOCKS.contains(e.normalName()))) {
                  flush(current, linkChars, paragraphs, title, removed);
                }
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e) {
                if (e.nameIs("a")) {
                  linkDepth[0]--;
                } else if ((e.isBlock() || BLOCKS.contains(e.normalName()))) {
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
    String text = collapse(current);
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

  private static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
