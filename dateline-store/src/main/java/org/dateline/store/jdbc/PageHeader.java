package org.dateline.store.jdbc;

import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;

/** A raw page without its bytes, as stored beside them for a rejected page. */
record PageHeader(
    String id, Provenance provenance, ContentKind kind, String charset, PageMetadata metadata) {

  static PageHeader of(RawPage page) {
    return new PageHeader(
        page.id(), page.provenance(), page.kind(), page.charset(), page.metadata());
  }

  RawPage with(byte[] bytes) {
    return new RawPage(id, provenance, kind, bytes, charset, metadata);
  }
}
