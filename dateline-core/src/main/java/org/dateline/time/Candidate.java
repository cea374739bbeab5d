package org.dateline.time;

import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A possible expression before overlaps are settled; a higher priority wins a tie in length. An
 * expression that counts from the story's own time ("two days later", "the next day") carries
 * {@code fromAnchor}, which recomputes its value from the date the text last mentioned ({@link
 * NarrativeAnchor}).
 */
record Candidate(
    int begin,
    int end,
    TimexType type,
    String value,
    int priority,
    @Nullable Function<LocalDate, String> fromAnchor) {

  Candidate(int begin, int end, TimexType type, String value, int priority) {
    this(begin, end, type, value, priority, null);
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(Candidate other) {
    return begin < other.end && other.begin < end;
  }

  Candidate withSpan(int newBegin, int newEnd) {
    return new Candidate(newBegin, newEnd, type, value, priority, fromAnchor);
  }

  Candidate withValue(String newValue) {
    return new Candidate(begin, end, type, newValue, priority, fromAnchor);
  }
}
