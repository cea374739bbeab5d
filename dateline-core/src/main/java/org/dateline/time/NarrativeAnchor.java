package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Re-anchors expressions that count from the story's own time ("two days later", "the next
 * morning", "the following year") on the last day-precise date mentioned before them, when there is
 * one close enough; the others keep their reading against the reference date.
 */
final class NarrativeAnchor {
  /** How far back (in characters) a mentioned date still anchors the story. */
  private static final int REACH = 600;

  List<Candidate> apply(List<Candidate> settled) {
    List<Candidate> out = new ArrayList<>(settled.size());
    @Nullable LocalDate anchor = null;
    int anchorEnd = -1;
    for (Candidate c : settled) {
      Candidate result = c;
      if (c.fromAnchor() != null && anchor != null && c.begin() - anchorEnd <= REACH) {
        try {
          result = c.withValue(c.fromAnchor().apply(anchor));
        } catch (RuntimeException e) {
          result = c; // an anchor out of range keeps the reference reading
        }
      }
      LocalDate day = day(result.value());
      if (day != null) {
        anchor = day;
        anchorEnd = result.end();
      }
      out.add(result);
    }
    return out;
  }

  private static @Nullable LocalDate day(String value) {
    if (value.length() < 10
        || !Character.isDigit(value.charAt(0))
        || value.charAt(4) != '-'
        || value.charAt(7) != '-'
        || (value.length() > 10 && value.charAt(10) != 'T')) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
