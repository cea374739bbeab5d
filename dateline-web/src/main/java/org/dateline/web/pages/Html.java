package org.dateline.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Escaping for the two contexts pages write into: element text and quoted attribute values. Both
 * escape {@code & < > " '}, so a value is safe in either. Every string that came from a page, a
 * feed or a request goes through here; nothing from outside is ever written raw.
 */
public final class Html {
  private Html() {}

  /** Text escaped for element content or a double-quoted attribute value. */
  public static String esc(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int first = firstUnsafe(s, 0);
    if (first < 0) {
      return s; // most text needs nothing: no copy
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    int from = 0;
    for (int i = first; i >= 0; i = firstUnsafe(s, from)) {
      out.append(s, from, i).append(replacement(s.charAt(i)));
      from = i + 1;
    }
    return out.append(s, from, s.length()).toString();
  }

  private static int firstUnsafe(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20
          ? c != '\n' && c != '\t' && c != '\r'
          : c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return i;
      }
    }
    return -1;
  }

  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> " "; // control characters have no place in a page
    };
  }

  /** A value encoded for one path segment or query value of a URL this server builds. */
  public static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
