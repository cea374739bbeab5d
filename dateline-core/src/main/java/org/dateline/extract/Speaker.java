package org.dateline.extract;

import org.dateline.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * Who a quotation is attributed to: an entity, or only a description, or nobody.
 *
 * @param entity the resolved entity, or null
 * @param description how the text describes an unnamed speaker, or null
 * @param pronoun whether the text named the speaker only by a pronoun
 */
record Speaker(@Nullable Entity entity, @Nullable String description, boolean pronoun) {
  static final Speaker NOBODY = new Speaker(null, null, false);

  Speaker(@Nullable Entity entity, @Nullable String description) {
    this(entity, description, false);
  }

  boolean known() {
    return entity != null || description != null;
  }
}
