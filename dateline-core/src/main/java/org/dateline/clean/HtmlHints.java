package org.dateline.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.bundled.Bundled;
import org.jsoup.nodes.Element;

/** The class/id hint patterns of {@code html-hints.properties}, loaded once. */
final class HtmlHints {
  static final HtmlHints DEFAULT = load("html-hints.properties");

  private final Words unlikely;
  private final Words maybe;
  private final Words positive;
  private final Words negative;
  private final Words caption;

  private HtmlHints(Properties p) {
    unlikely = compile(p, "unlikely");
    maybe = compile(p, "maybe");
    positive = compile(p, "positive");
    negative = compile(p, "negative");
    caption = compile(p, "caption");
  }

  private static HtmlHints load(String resource) {
    return new HtmlHints(Bundled.properties(HtmlHints.class, resource));
  }

  private static Words compile(Properties p, String key) {
    return Words.of(p.getProperty(key, ""));
  }

  /** The element's class and id, for hint matching. */
  static String signature(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  boolean unlikely(String signature) {
    return verdicts(signature).unlikely();
  }

  /** The unlikely hint that matched, for the removal's reason. */
  String unlikelyWord(String signature) {
    return unlikely.first(signature);
  }

  int weight(String signature) {
    return verdicts(signature).weight();
  }

  /**
   * What the hints say about a signature, memoised: pages repeat the same class names thousands of
   * times, and matching long alternations is the costliest part of extraction otherwise. The memo
   * is cleared when it grows past {@value #MEMO_LIMIT} signatures, so memory stays bounded.
   */
  private Verdicts verdicts(String signature) {
    Verdicts v = memo.get(signature);
    if (v == null) {
      int w = (negative.in(signature) ? -25 : 0) + (positive.in(signature) ? 25 : 0);
      v = new Verdicts(unlikely.in(signature) && !maybe.in(signature), w);
      if (memo.size() > MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(signature, v);
    }
    return v;
  }

  private static final int MEMO_LIMIT = 50_000;
  private final Map<String, Verdicts> memo = new ConcurrentHashMap<>();

  private record Verdicts(boolean unlikely, int weight) {}

  boolean caption(String signature) {
    return caption.in(signature);
  }

  /**
   * A list of hint fragments, each matched as a plain substring of a lower-cased class-and-id
   * signature ({@code String.contains} is much faster than one long regular alternation).
   */
  private record Words(List<String> fragments) {
    static Words of(String list) {
      return new Words(
          Arrays.stream(list.split("\\|"))
              .map(w -> w.strip().toLowerCase(Locale.ROOT))
              .filter(w -> !w.isEmpty())
              .toList());
    }

    boolean in(String signature) {
      return !first(signature).isEmpty();
    }

    String first(String signature) {
      for (String f : fragments) {
        if (signature.contains(f)) {
          return f;
        }
      }
      return "";
    }
  }
}
