package org.dateline.time;

/** A possible expression before overlaps are settled; a higher priority wins a tie in length. */
record Candidate(int begin, int end, TimexType type, String value, int priority) {

  int length() {
    return end - begin;
  }

  boolean overlaps(Candidate other) {
    return begin < other.end && other.begin < end;
  }
}
