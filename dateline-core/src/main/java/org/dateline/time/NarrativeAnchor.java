package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Re-anchors expressions that count from the story's own time ("two days later", "the next
 * morning", "the following year") on the last day-precise date mentioned before them, when there is
 * one close enough, for shifts of months and more on the last month mentioned, and for shifts of
 * years on the last year mentioned ("in the spring of 2019 … two years later"); the others keep
 * their reading against the reference date.
 */
final class NarrativeAnchor {
  /** How far back (in characters) a mentioned date still anchors the story. */
  private static final int REACH = 600;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern STATED_YEAR = Pattern.compile("\\b\\d{4}\\b");
  private static final Pattern YEAR_PART =
      Pattern.compile("\\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?");

  List<Candidate> apply(String text, List<Candidate> settled) {
    List<Candidate> out = new ArrayList<>(settled.size());
    @Nullable LocalDate anchor = null;
    int anchorEnd = -1;
    @Nullable LocalDate month = null;
    int monthEnd = -1;
    @Nullable LocalDate year = null;
    int yearEnd = -1;
    for (Candidate c : settled) {
      Candidate result = c;
      if (c.fromAnchor() != null && anchor != null && c.begin() - anchorEnd <= REACH) {
        result = reanchored(c, anchor, Precision.DAY);
      } else if (c.fromAnchor() != null && month != null && c.begin() - monthEnd <= REACH) {
        // "in September …, a month earlier": a month anchors shifts by months or more; a shift
        // by days keeps its reference reading, which anchors nothing after it
        result = reanchored(c, month, Precision.MONTH);
        if (result == c) {
          out.add(c);
          continue;
        }
      } else if (c.fromAnchor() != null && year != null && c.begin() - yearEnd <= REACH) {
        result = reanchored(c, year, Precision.YEAR);
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
      LocalDate january = year(result.value());
      if (january != null && STATED_YEAR.matcher(text.substring(c.begin(), c.end())).find()) {
        // only a year the text states: "a year ago" anchors no "a year earlier"
        year = january;
        yearEnd = result.end();
      }
      out.add(result);
    }
    return out;
  }

  /** The finest precision an anchor gives a shift counted from it. */
  private enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  private static Candidate reanchored(Candidate c, LocalDate anchor, Precision precision) {
    Function<LocalDate, String> shift = c.fromAnchor();
    if (shift == null) {
      return c;
    }
    try {
      Candidate moved = c.withValue(shift.apply(anchor));
      // from a month or a year, a shift that lands on a finer value would claim a precision the
      // text never gave
      boolean finer =
          switch (precision) {
            case DAY -> false;
            case MONTH -> day(moved.value()) != null;
            case YEAR -> !YEAR.matcher(moved.value()).matches();
          };
      return finer ? c : moved;
    } catch (RuntimeException e) {
      return c; // an anchor out of range keeps the reference reading
    }
  }

  /**
   * The first day of the year of a value no finer than a year's part ("2019", "2019-SP",
   * "2019-Q3"), or null.
   */
  private static @Nullable LocalDate year(String value) {
    if (!YEAR_PART.matcher(value).matches()) {
      return null;
    }
    return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
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
