package org.dateline.copies;

import java.util.List;
import java.util.Objects;

/**
 * Two articles that reuse the same wire text.
 *
 * @param a the article seen first
 * @param b the article seen later
 * @param kind duplicate, excerpt or version
 * @param shared aligned sentences, in a's order
 * @param addedByA sentences of a with no counterpart in b, as written
 * @param addedByB sentences of b with no counterpart in a, as written
 */
public record CopyPair(
    String a,
    String b,
    CopyKind kind,
    List<SharedSentence> shared,
    List<String> addedByA,
    List<String> addedByB) {

  public CopyPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    shared = List.copyOf(shared);
    addedByA = List.copyOf(addedByA);
    addedByB = List.copyOf(addedByB);
  }

  /** The report's {@code sharedSentences}. */
  public int sharedSentences() {
    return shared.size();
  }
}
