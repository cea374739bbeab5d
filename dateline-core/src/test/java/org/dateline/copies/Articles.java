package org.dateline.copies;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;

/** Builds test articles. */
final class Articles {
  private Articles() {}

  static Article of(String id, String... paragraphs) {
    return new Article(
        id,
        Provenance.of(id + ".txt"),
        null,
        null,
        null,
        List.of(),
        Published.unknown(),
        List.of(paragraphs),
        List.of(),
        List.of());
  }
}
