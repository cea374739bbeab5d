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
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(' '); // control characters have no place in a page
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A value encoded for one path segment or query value of a URL this server builds. */
  public static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
