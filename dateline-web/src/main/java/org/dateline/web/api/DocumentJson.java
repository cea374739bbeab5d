package org.dateline.web.api;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Removal;
import org.jspecify.annotations.Nullable;

/** A document as the API shows it: the report's field names. */
public record DocumentJson(
    String id,
    String source,
    @Nullable String url,
    @Nullable String title,
    @Nullable String outlet,
    List<String> authors,
    PublishedJson published,
    String text,
    List<String> captions,
    List<String> boilerplate,
    @Nullable String event) {

  /** The publication date and its basis, in lower case. */
  public record PublishedJson(@Nullable String value, String basis) {}

  public static DocumentJson of(Article a) {
    return new DocumentJson(
        a.id(),
        a.provenance().toString(),
        a.url(),
        a.title(),
        a.outlet(),
        a.authors(),
        new PublishedJson(a.published().value(), a.published().basisName()),
        a.text(),
        a.captions(),
        a.boilerplate().stream().map(Removal::text).toList(),
        null);
  }
}
