package org.dateline.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Metadata that a container states about a page (a WARC header, a feed item, a JSON Lines field).
 * Stated metadata outranks anything the cleaner infers from the page itself.
 *
 * @param url the page's address, if known
 * @param title a stated headline
 * @param published a stated publication date or date-time, ISO-8601, as given
 * @param outlet the publisher's name
 * @param authors stated authors, in order
 * @param fetched when a crawler fetched the page (a WARC date), ISO-8601; an upper bound for the
 *     publication date, used for it only when nothing else states one
 */
public record PageMetadata(
    @Nullable String url,
    @Nullable String title,
    @Nullable String published,
    @Nullable String outlet,
    List<String> authors,
    @Nullable String fetched) {

  private static final PageMetadata EMPTY =
      new PageMetadata(null, null, null, null, List.of(), null);

  public PageMetadata {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
  }

  /** No metadata at all: a plain file on disk. */
  public static PageMetadata empty() {
    return EMPTY;
  }
}
