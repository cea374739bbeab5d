package org.dateline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The headline, outlet, bylines and stated date of an HTML page, from Open Graph and article meta
 * tags, JSON-LD, microdata, {@code <time>} and the page's own {@code <h1>} and {@code <title>}.
 */
record HtmlMetadata(
    @Nullable String title, @Nullable String outlet, List<String> authors, @Nullable String date) {

  static HtmlMetadata read(Document doc) {
    Map<String, String> metas = metas(doc);
    JsonLdReader.Article ld = JsonLdReader.read(doc);
    String outlet =
        first(meta(metas, "og:site_name"), ld.publisher(), meta(metas, "application-name"));
    String title =
        first(
            meta(metas, "og:title"),
            ld.headline(),
            text(doc.selectFirst("h1")),
            cleanTitle(doc.title(), outlet));
    String date =
        StatedDates.normalize(
            first(
                meta(metas, "article:published_time"),
                ld.datePublished(),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"),
                meta(metas, "date"),
                meta(metas, "pubdate"),
                meta(metas, "publishdate"),
                meta(metas, "parsely-pub-date"),
                meta(metas, "dc.date"),
                attr(doc.selectFirst("article time[datetime], time[pubdate]"), "datetime")));
    return new HtmlMetadata(title, outlet, authors(doc, metas, ld), date);
  }

  private static List<String> authors(
      Document doc, Map<String, String> metas, JsonLdReader.Article ld) {
    List<String> authors = new ArrayList<>(ld.authors());
    if (authors.isEmpty()) {
      String meta = meta(metas, "author");
      if (meta != null && !meta.startsWith("http")) {
        authors.add(meta);
      }
    }
    if (authors.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
        String name = e.text().strip();
        if (!name.isEmpty() && name.length() < 80 && !authors.contains(name)) {
          authors.add(name);
        }
      }
    }
    return authors;
  }

  /** {@code <title>} without a trailing " | Site" or " - Site". */
  private static @Nullable String cleanTitle(String title, @Nullable String outlet) {
    String t = title.strip();
    if (t.isEmpty()) {
      return null;
    }
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int at = t.lastIndexOf(sep);
      if (at > 0
          && (outlet == null
              || t.substring(at + sep.length()).contains(outlet)
              || t.length() - at < 40)) {
        return t.substring(0, at).strip();
      }
    }
    return t;
  }

  /** Every {@code <meta property|name content>} of the page, first one per key, in one pass. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
      String content = e.attr("content").strip();
      if (!key.isEmpty() && !content.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), content);
      }
    }
    return metas;
  }

  private static @Nullable String meta(Map<String, String> metas, String key) {
    return metas.get(key);
  }

  private static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static @Nullable String text(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
