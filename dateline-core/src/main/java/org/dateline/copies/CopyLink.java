package org.dateline.copies;

import java.util.Objects;

/**
 * What is kept of a {@link CopyPair} across a whole corpus: which two articles, how, and how much
 * they share. The aligned sentences are cheap to find again for the few articles a reader opens.
 *
 * @param a the article seen first
 * @param b the article seen later
 * @param kind duplicate, excerpt or version
 * @param sharedSentences how many sentences were aligned
 */
public record CopyLink(String a, String b, CopyKind kind, int sharedSentences) {
  public CopyLink {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
  }

  public static CopyLink of(CopyPair pair) {
    return new CopyLink(pair.a(), pair.b(), pair.kind(), pair.sharedSentences());
  }
}
