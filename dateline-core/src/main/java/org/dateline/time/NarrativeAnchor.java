package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Re-anchors expressions that count from the story's own time ("two days later", "the next
 * morning", "the following year") on the last day-precise date mentioned before them, when there is
 * one close enough, or for shifts of months and more on the last month mentioned; the others keep
 * their reading against the reference date.
 */
final class NarrativeAnchor {
  /** How far back (in characters) a mentioned date still anchors the story. */
  private static final int REACH = 600;

  List<Candidate> apply(List<Candidate> settled) {
    List<Candidate> out = new ArrayList<>(settled.size());
    @Nullable LocalDate anchor = null;
    int anchorEnd = -1;
    @Nullable LocalDate month = null;
    int monthEnd = -1;
    for (Candidate c : settled) {
      Candidate result = c;
      if (c.fromAnchor() != null && anchor != null && c.begin() - anchorEnd <= REACH) {
        result = reanchored(c, anchor, false);
      } else if (c.fromAnchor() != null && month != null && c.begin() - monthEnd <= REACH) {
        // "in September …, a month earlier": a month anchors shifts by months or more; a shift
        // by days keeps its reference reading, which anchors nothing after it
        result = reanchored(c, month, true);
        if (result == c) {
          out.add(c);
          continue;
        }
      }
      LocalDate day = day(result.value());
      if (day != null) {
        anchor = day;
        anchorEnd = result.end();
      }
      LocalDate first = month(result.value());
      if (first != null) {
        month = first;
        monthEnd = result.end();
      }
      out.add(result);
    }
    return out;
  }

  private static Candidate reanchored(Candidate c, LocalDate anchor, boolean monthOnly) {
    Function<LocalDate, String> shift = c.fromAnchor();
    if (shift == null) {
      return c;
    }
    try {
      Candidate moved = c.withValue(shift.apply(anchor));
      // from a month, a shift that lands on a day would claim a precision the text never gave
      return monthOnly && day(moved.value()) != null ? c : moved;
    } catch (RuntimeException e) {
      return c; // an anchor out of range keeps the reference reading
    }
  }

  /** The first day of a month-precise value ("2025-09"), or null. */
  private static @Nullable LocalDate month(String value) {
    if (value.length() != 7 || !Character.isDigit(value.charAt(0)) || value.charAt(4) != '-') {
      return null;
    }
    try {
      return LocalDate.parse(value + "-01");
    } catch (RuntimeException e) {
      return null;
    }
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
