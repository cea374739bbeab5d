package org.dateline.extract;

import org.dateline.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * Who a quotation is attributed to: an entity, or only a description, or nobody.
 *
 * @param entity the resolved entity, or null
 * @param description how the text describes an unnamed speaker, or null
 */
record Speaker(@Nullable Entity entity, @Nullable String description) {
  static final Speaker NOBODY = new Speaker(null, null);

  boolean known() {
    return entity != null || description != null;
  }
}
