package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What speaker attribution reads around a phrase: the document's text, its sentences, its resolved
 * names, and the spans of its quotations (names inside them do not count as antecedents).
 */
record Frame(String text, Sentences sentences, Mentions mentions, List<int[]> quotes) {
  /**
   * How far before a quotation attribution looks within its sentence, in characters: a reporting
   * verb further back is not about it, and the bound keeps a sentence of thousands of quotations
   * linear.
   */
  static final int REACH = 400;

  Frame {
    List<int[]> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(q -> q[0]));
    quotes = List.copyOf(sorted);
  }

  /** Whether {@code pos} lies inside one of the quotations. */
  boolean inQuote(int pos) {
    int i = lastStartingAtOrBefore(pos);
    return i >= 0 && pos < quotes.get(i)[1];
  }

  /** Whether a quotation overlaps {@code [begin, end)}. */
  boolean quoteWithin(int begin, int end) {
    int i = lastStartingAtOrBefore(end - 1);
    for (int j = i; j >= 0 && j >= i - 1; j--) {
      int[] q = quotes.get(j);
      if (q[0] < end && q[1] > begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of {@code [sentenceBegin, at)} that attribution reads: at most {@link #REACH} back.
   */
  static int reachFrom(int sentenceBegin, int at) {
    return Math.max(sentenceBegin, at - REACH);
  }

  private int lastStartingAtOrBefore(int pos) {
    int lo = 0;
    int hi = quotes.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid)[0] <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
