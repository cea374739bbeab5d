package org.dateline.extract;

import java.util.List;

/** Finds the sentence around a character position. */
final class Sentences {
  private final int[] begins;
  private final int[] ends;
  private final int length;

  Sentences(List<NameFinder.Span> spans, int length) {
    begins = new int[spans.size()];
    ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      begins[i] = spans.get(i).begin();
      ends[i] = spans.get(i).end();
    }
    this.length = length;
  }

  /** Index of the sentence holding {@code pos} (or the last one starting before it). */
  int indexOf(int pos) {
    return lastAtOrBefore(begins, pos);
  }

  /** The last index of an ascending array whose value is at most {@code pos}, or -1. */
  static int lastAtOrBefore(int[] ascending, int pos) {
    int lo = 0;
    int hi = ascending.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  int begin(int index) {
    return index < 0 ? 0 : begins[index];
  }

  int end(int index) {
    return index < 0 || index >= ends.length ? length : ends[index];
  }

  int beginAt(int pos) {
    return begin(indexOf(pos));
  }

  int endAt(int pos) {
    int i = indexOf(pos);
    return i < 0 ? length : Math.max(ends[i], Math.min(length, pos + 1));
  }
}
