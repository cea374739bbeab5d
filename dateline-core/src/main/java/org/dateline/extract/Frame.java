package org.dateline.extract;

import java.util.List;

/**
 * What speaker attribution reads around a phrase: the document's text, its sentences, its resolved
 * names, and the spans of its quotations (names inside them do not count as antecedents).
 */
record Frame(String text, Sentences sentences, Mentions mentions, List<int[]> quotes) {
  Frame {
    quotes = List.copyOf(quotes);
  }

  /** Whether {@code pos} lies inside one of the quotations. */
  boolean inQuote(int pos) {
    for (int[] q : quotes) {
      if (q[0] <= pos && pos < q[1]) {
        return true;
      }
    }
    return false;
  }
}
