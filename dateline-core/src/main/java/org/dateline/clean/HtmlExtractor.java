package org.dateline.clean;

import java.util.List;
import org.dateline.model.Extraction;
import org.jspecify.annotations.Nullable;

/** Main-content extraction from HTML. PLACEHOLDER: being replaced by the real algorithm. */
public final class HtmlExtractor {
  public Extraction extract(String html, @Nullable String url) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    return new Extraction(
        doc.title(), null, List.of(), null, List.of(doc.text()), List.of(), List.of());
  }
}
