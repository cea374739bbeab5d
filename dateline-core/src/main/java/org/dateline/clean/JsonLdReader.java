package org.dateline.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code
 * BlogPosting}, also inside {@code @graph} arrays). Malformed JSON-LD is ignored.
 */
final class JsonLdReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the JSON-LD states about the article; any field may be missing. */
  record Article(
      @Nullable String headline,
      @Nullable String datePublished,
      List<String> authors,
      @Nullable String publisher) {
    static final Article NONE = new Article(null, null, List.of(), null);
  }

  static Article read(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode article = find(JSON.readTree(script.data()));
        if (article != null) {
          return new Article(
              text(article.get("headline")),
              text(article.get("datePublished")),
              names(article.get("author")),
              name(article.get("publisher")));
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a page's broken JSON-LD is not our failure: read the rest of the page instead
      }
    }
    return Article.NONE;
  }

  private static @Nullable JsonNode find(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = find(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return find(node.get("@graph"));
    }
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || type.contains("report")
        ? node
        : null;
  }

  private static List<String> names(@Nullable JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null) {
      return names;
    }
    if (node.isArray()) {
      node.forEach(
          n -> {
            String name = name(n);
            if (name != null) {
              names.add(name);
            }
          });
    } else {
      String name = name(node);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static @Nullable String name(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
