package org.dateline.model;

import java.util.Objects;

/**
 * One page as ingest read it: its stable id, where it came from, its undecoded bytes and whatever
 * metadata the container stated.
 *
 * @param id stable id: the file name without extension, or the record id inside a container
 * @param provenance where the page was read
 * @param kind how to read the bytes
 * @param bytes the page's bytes exactly as read (kept so a rejection can be replayed)
 * @param charset a charset the container declared, or empty when none was declared
 * @param metadata stated metadata
 */
@SuppressWarnings("ArrayRecordComponent") // bytes are large and never compared; not copied
public record RawPage(
    String id,
    Provenance provenance,
    ContentKind kind,
    byte[] bytes,
    String charset,
    PageMetadata metadata) {

  public RawPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(metadata, "metadata");
  }
}
