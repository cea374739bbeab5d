package org.dateline.clean;

import java.util.Properties;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The class/id hint patterns of {@code html-hints.properties}, loaded once. */
final class HtmlHints {
  static final HtmlHints DEFAULT = load("html-hints.properties");

  private final Pattern unlikely;
  private final Pattern maybe;
  private final Pattern positive;
  private final Pattern negative;
  private final Pattern caption;

  private HtmlHints(Properties p) {
    unlikely = compile(p, "unlikely");
    maybe = compile(p, "maybe");
    positive = compile(p, "positive");
    negative = compile(p, "negative");
    caption = compile(p, "caption");
  }

  private static HtmlHints load(String resource) {
    return new HtmlHints(Settings.load(resource));
  }

  private static Pattern compile(Properties p, String key) {
    return Pattern.compile(p.getProperty(key, "^$").replace(" ", ""), Pattern.CASE_INSENSITIVE);
  }

  /** The element's class and id, for hint matching. */
  static String signature(Element e) {
    return e.className() + " " + e.id();
  }

  boolean unlikely(String signature) {
    return unlikely.matcher(signature).find() && !maybe.matcher(signature).find();
  }

  /** The unlikely hint that matched, for the removal's reason. */
  String unlikelyWord(String signature) {
    java.util.regex.Matcher m = unlikely.matcher(signature);
    return m.find() ? m.group() : "";
  }

  int weight(String signature) {
    int w = 0;
    if (negative.matcher(signature).find()) {
      w -= 25;
    }
    if (positive.matcher(signature).find()) {
      w += 25;
    }
    return w;
  }

  boolean caption(String signature) {
    return caption.matcher(signature).find();
  }
}
