package org.dateline.corpus;

import java.util.Objects;

/**
 * That a document names an entity.
 *
 * @param entity the entity's id across the store
 * @param document the document's id
 * @param key the entity's key within the document, which its quotations' speakers refer to
 */
public record EntityMention(String entity, String document, String key) {
  public EntityMention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(key, "key");
  }
}
