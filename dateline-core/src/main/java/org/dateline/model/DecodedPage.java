package org.dateline.model;

import java.util.Objects;

/**
 * A page whose bytes have been decoded to text.
 *
 * @param id the page's stable id
 * @param provenance where it was read
 * @param kind how to read the text
 * @param text the decoded text, without a byte-order mark
 * @param metadata stated metadata
 */
public record DecodedPage(
    String id, Provenance provenance, ContentKind kind, String text, PageMetadata metadata) {
  public DecodedPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
  }
}
