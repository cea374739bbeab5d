package org.dateline.extract;

import java.util.List;

/**
 * The port to a named-entity recogniser. Implementations must be thread-safe and must not throw on
 * any text.
 */
public interface NameFinder {

  /** Splits {@code text} into sentences and finds the names in it. */
  Layers find(String text);

  /**
   * The given names the recogniser's own lexicon records as women's or men's, which the resolver
   * reads to tell namesakes apart by an honorific; none unless an implementation has such a
   * lexicon.
   */
  default GivenNames givenNames() {
    return GivenNames.NONE;
  }

  /**
   * What a recogniser saw in a text.
   *
   * @param sentences sentence spans in text order
   * @param names name mentions in text order, never overlapping
   */
  record Layers(List<Span> sentences, List<Name> names) {
    public Layers {
      sentences = List.copyOf(sentences);
      names = List.copyOf(names);
    }
  }

  /** A character span of the text, end exclusive. */
  record Span(int begin, int end) {}

  /**
   * A name mention.
   *
   * @param begin start in the text
   * @param end end in the text, exclusive
   * @param text the words as written
   * @param type what kind of entity the recogniser took it for
   */
  record Name(int begin, int end, String text, org.dateline.model.EntityType type) {}
}
