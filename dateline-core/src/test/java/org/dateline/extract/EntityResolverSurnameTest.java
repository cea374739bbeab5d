package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** How the resolver places surnames the recogniser missed; its spans are given by hand here. */
class EntityResolverSurnameTest {
  private final EntityResolver resolver = new EntityResolver(Words.english());

  private static NameFinder.Name name(String text, String surface, int from, EntityType type) {
    int at = text.indexOf(surface, from);
    return new NameFinder.Name(at, at + surface.length(), surface, type);
  }

  /** The person mentioned last in the text, as the resolver places mentions. */
  private Mentions.Placed lastPerson(String text, NameFinder.Name... recognised) {
    Mentions mentions = resolver.resolve(text, List.of(recognised));
    Mentions.Placed last = mentions.lastBefore(text.length(), Set.of(EntityType.PERSON), List.of());
    assertThat(last).isNotNull();
    return last;
  }

  @Test
  void aMissedLaterSurnameIsAMentionOfThePersonNamedInFull() {
    String text = "Dan Okafor runs a depot. Eva Lind agreed. In contrast, Okafor’s team left.";
    Mentions.Placed last =
        lastPerson(
            text,
            name(text, "Dan Okafor", 0, EntityType.PERSON),
            name(text, "Eva Lind", 0, EntityType.PERSON));
    assertThat(last.entity().name()).isEqualTo("Dan Okafor");
    assertThat(text.substring(last.begin(), last.end())).isEqualTo("Okafor");
  }

  @Test
  void aSurnameThatAlsoNamesSomethingElseIsLeftAlone() {
    String text = "Dan Ford met Ford Motor Co. officials. Eva Lind agreed. Later, Ford left.";
    Mentions.Placed last =
        lastPerson(
            text,
            name(text, "Dan Ford", 0, EntityType.PERSON),
            name(text, "Ford Motor Co.", 0, EntityType.ORGANIZATION),
            name(text, "Eva Lind", 0, EntityType.PERSON));
    assertThat(last.entity().name()).isEqualTo("Eva Lind");
  }
}
