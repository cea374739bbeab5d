package org.dateline.extract;

import org.dateline.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * Who a quotation is attributed to: an entity, or only a description, or nobody.
 *
 * @param entity the resolved entity, or null
 * @param description how the text describes an unnamed speaker, or null
 * @param pronoun the pronoun the text named the speaker by, if only by one
 */
record Speaker(@Nullable Entity entity, @Nullable String description, Pronoun pronoun) {
  static final Speaker NOBODY = new Speaker(null, null, Pronoun.NONE);

  /** Which kind of pronoun named the speaker. */
  enum Pronoun {
    /** Named, described, or not found. */
    NONE,
    /** "he" or "she", found or not. */
    PERSON,
    /** "it": an organisation, a place or a thing such as "the report", found or not. */
    THING,
    /** "they": never resolved alone, but it carries on a group just quoted. */
    GROUP
  }

  Speaker(@Nullable Entity entity, @Nullable String description) {
    this(entity, description, Pronoun.NONE);
  }

  boolean known() {
    return entity != null || description != null;
  }
}
