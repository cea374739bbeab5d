package org.dateline.extract;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The relative that "her mother" or "his husband" names when the one who owns it is known: the one
 * person the document gives that kin noun as a role, else the one other person who bears the
 * owner's surname and may be of the noun's gender ("Amara Okoro, 21, said …. Her mother nodded.
 * "…," she said" is Grace Okoro's).
 */
final class Relatives {
  private final Words words;

  Relatives(Words words) {
    this.words = words;
  }

  /**
   * The relative of {@code owner} that {@code description} ("Her mother", "his brother") names;
   * null when it is no such phrase, "her" or "his" cannot stand for the owner, or the document
   * holds no one such relative, or more than one.
   */
  @Nullable Entity of(Frame frame, String description, Entity owner) {
    String[] w = description.toLowerCase(Locale.ROOT).strip().split("\\s+");
    if (w.length != 2
        || !(w[0].equals("her") || w[0].equals("his"))
        || !words.kin(w[1])
        || owner.type() != EntityType.PERSON
        || !frame.mentions().gender(owner).agrees(Mentions.Gender.ofOwner(w[0]))) {
      return null;
    }
    Mentions mentions = frame.mentions();
    Mentions.Gender gender =
        words.kinFemale.contains(w[1]) ? Mentions.Gender.FEMALE : Mentions.Gender.MALE;
    List<Entity> others =
        mentions.entities().stream()
            .filter(e -> e.type() == EntityType.PERSON && !e.equals(owner))
            .filter(e -> mentions.gender(e).agrees(gender))
            .toList();
    List<Entity> titled = others.stream().filter(e -> e.roles().contains(w[1])).toList();
    if (titled.size() == 1) {
      return titled.get(0);
    }
    String surname = surname(owner.name());
    List<Entity> family = others.stream().filter(e -> surname(e.name()).equals(surname)).toList();
    return family.size() == 1 && owner.name().indexOf(' ') > 0 ? family.get(0) : null;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }
}
