package org.dateline.clean;

/**
 * A linear scan of raw markup for runaway nesting, done before parsing. Elements whose end tag is
 * optional or forbidden ({@code p}, {@code li}, {@code br}, ...) are not counted, so sloppy but
 * ordinary pages pass; a page that opens thousands of unclosed containers does not.
 */
final class MarkupDepth {
  /** Real pages nest well under a hundred levels; a thousand is broken or hostile. */
  static final int DEFAULT_LIMIT = 1000;

  private static final java.util.Set<String> NOT_COUNTED =
      java.util.Set.of(
          "area",
          "base",
          "br",
          "col",
          "embed",
          "hr",
          "img",
          "input",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr",
          "p",
          "li",
          "dt",
          "dd",
          "option",
          "optgroup",
          "tr",
          "td",
          "th",
          "thead",
          "tbody",
          "tfoot",
          "colgroup",
          "caption",
          "rb",
          "rt",
          "rp",
          "html",
          "head",
          "body",
          "script",
          "style",
          "!doctype");

  private MarkupDepth() {}

  /** The character offset at which nesting passes {@code limit}, or 0 if it never does. */
  static int exceeds(String html, int limit) {
    int depth = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
      boolean closing = html.charAt(i + 1) == '/';
      int start = closing ? i + 2 : i + 1;
      int end = start;
      while (end < n && end - start < 16 && Character.isLetterOrDigit(html.charAt(end))) {
        end++;
      }
      if (end == start
          || NOT_COUNTED.contains(html.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int close = html.indexOf('>', end);
      if (close < 0) {
        return 0;
      }
      if (closing) {
        depth = Math.max(0, depth - 1);
      } else if (html.charAt(close - 1) != '/' && ++depth > limit) {
        return i;
      }
      i = close;
    }
    return 0;
  }
}
