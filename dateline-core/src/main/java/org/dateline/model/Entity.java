package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity as one document refers to it.
 *
 * @param key the entity's id within its document ({@code p1}, {@code o2}, ...)
 * @param name its canonical name: the fullest proper name the document gives, without titles
 * @param type what it is
 * @param aliases every other way the document refers to it, in order of first use
 * @param roles role nouns the document gives it ({@code prime minister}), lower case
 */
public record Entity(
    String key, String name, EntityType type, List<String> aliases, List<String> roles) {

  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
