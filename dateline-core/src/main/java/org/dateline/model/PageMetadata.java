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
 */
public record PageMetadata(
    @Nullable String url,
    @Nullable String title,
    @Nullable String published,
    @Nullable String outlet,
    List<String> authors) {

  private static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, List.of());

  public PageMetadata {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
  }

  /** No metadata at all: a plain file on disk. */
  public static PageMetadata empty() {
    return EMPTY;
  }

  /** A copy with only the URL set. */
  public static PageMetadata ofUrl(@Nullable String url) {
    return new PageMetadata(url, null, null, null, List.of());
  }

  /** This metadata where it has a value, {@code fallback} elsewhere. */
  public PageMetadata orElse(PageMetadata fallback) {
    return new PageMetadata(
        url != null ? url : fallback.url,
        title != null ? title : fallback.title,
        published != null ? published : fallback.published,
        outlet != null ? outlet : fallback.outlet,
        !authors.isEmpty() ? authors : fallback.authors);
  }
}
