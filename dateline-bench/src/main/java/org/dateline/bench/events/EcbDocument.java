package org.dateline.bench.events;

import java.util.Objects;
import org.dateline.model.Article;

/**
 * One ECB+ document: the article the engine sees, and the labels it never sees.
 *
 * @param article opaque id and the text only
 * @param topic the ECB+ topic number (label)
 * @param gold the gold event, "topic/ecb" or "topic/ecbplus" (label)
 * @param file the file name (label, for diagnostics only)
 */
public record EcbDocument(Article article, int topic, String gold, String file) {
  public EcbDocument {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(file, "file");
  }
}
