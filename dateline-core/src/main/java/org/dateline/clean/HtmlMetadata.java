package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
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
    JsonLdReader.Article ld = JsonLdReader.read(doc);
    String outlet = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
    String title =
        first(
            meta(doc, "og:title"),
            ld.headline(),
            text(doc.selectFirst("h1")),
            cleanTitle(doc.title(), outlet));
    String date =
        StatedDates.normalize(
            first(
                meta(doc, "article:published_time"),
                ld.datePublished(),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"),
                meta(doc, "date"),
                meta(doc, "pubdate"),
                meta(doc, "publishdate"),
                meta(doc, "parsely-pub-date"),
                meta(doc, "dc.date"),
                attr(doc.selectFirst("article time[datetime], time[pubdate]"), "datetime")));
    return new HtmlMetadata(title, outlet, authors(doc, ld), date);
  }

  private static List<String> authors(Document doc, JsonLdReader.Article ld) {
    List<String> authors = new ArrayList<>(ld.authors());
    if (authors.isEmpty()) {
      String meta = meta(doc, "author");
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

  private static @Nullable String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return attr(e, "content");
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
