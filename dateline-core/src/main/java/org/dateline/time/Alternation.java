package org.dateline.time;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a regex that matches any of a list of words, shaped as a trie
 * ("j(?:an(?:uary)?|u(?:ne?|ly?))") so the matcher compares a character or two per position instead
 * of trying every word in turn. Longer words are tried before their prefixes; a space in a phrase
 * matches any run of blanks.
 */
final class Alternation {
  private final Map<Character, Alternation> children = new TreeMap<>();
  private boolean terminal;

  private Alternation() {}

  static String of(Iterable<String> words) {
    Alternation root = new Alternation();
    for (String w : words) {
      Alternation node = root;
      for (char c : w.toCharArray()) {
        node = node.children.computeIfAbsent(c, k -> new Alternation());
      }
      node.terminal = true;
    }
    return "(?:" + root.regex() + ")";
  }

  private String regex() {
    StringBuilder out = new StringBuilder();
    int branches = children.size() + (terminal ? 1 : 0);
    if (branches > 1) {
      out.append("(?:");
    }
    boolean first = true;
    for (Map.Entry<Character, Alternation> e : children.entrySet()) {
      if (!first) {
        out.append('|');
      }
      first = false;
      out.append(literal(e.getKey())).append(e.getValue().regex());
    }
    if (terminal && !children.isEmpty()) {
      out.append('|');
    }
    if (branches > 1) {
      out.append(')');
    }
    return out.toString();
  }

  private static String literal(char c) {
    if (c == ' ') {
      return "\\s+";
    }
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }
}
