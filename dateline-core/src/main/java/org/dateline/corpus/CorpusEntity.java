package org.dateline.corpus;

import java.util.List;
import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * An entity across the analysed documents.
 *
 * @param id its id across the store ({@code p-li-qiang})
 * @param name its canonical name
 * @param type what it is
 * @param aliases every other name the documents give it
 * @param roles role nouns the documents give it, lower case
 * @param documents how many documents name it
 */
public record CorpusEntity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    int documents) {
  public CorpusEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  static CorpusEntity of(EntityRegistry.Global g) {
    return new CorpusEntity(g.id(), g.name(), g.type(), g.aliases(), g.roles(), g.documents());
  }
}
