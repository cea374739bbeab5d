package org.dateline.extract;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * Widens a figure's period to the months it sums, as an ISO 8601 interval of months, when the words
 * around its dated expression make it a running total: "the first 11 months of 2025" is {@code
 * 2025-01/2025-11}, "the nine months to September" and "the year ended March 31" end at their
 * month, "the January-October period" runs between its two months. Reports of one running total
 * then share a period, and a total is not taken for its last month's figure.
 */
final class CumulativePeriod {
  private static final String COUNT = "(\\d{1,2}|" + NumberWords.PATTERN + ")";

  /** "the first 11 months of " right before a year. */
  private static final Pattern FIRST_MONTHS =
      Pattern.compile("(?i)\\bthe\\s+first\\s+" + COUNT + "\\s+months\\s+of\\s+$");

  /** "the nine months to ", "the 12 months ended ", "the year to " right before a month or day. */
  private static final Pattern MONTHS_TO =
      Pattern.compile(
          "(?i)\\bthe\\s+(?:(?:fiscal\\s+|financial\\s+)?(year)|"
              + COUNT
              + "\\s+months)"
              + "\\s+(?:to|ended|ending|through|until)\\s+(?:the\\s+end\\s+of\\s+)?$");

  /** The dash between the months of a range: "January-October". */
  private static final Pattern DASH = Pattern.compile("\\s*[-–]\\s*");

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** "period" or "months" after a range's last month: "the January-October period". */
  private static final Pattern RANGE_NOUN = Pattern.compile("(?i)^\\s+(?:period|months)\\b");

  private CumulativePeriod() {}

  /**
   * The interval that the words around {@code t} make of it, or {@code t}'s own value when they
   * make none.
   */
  static @Nullable String of(String sentence, TimeMention t, List<TimeMention> times) {
    String value = t.value();
    if (value == null || value.length() < 4 || !value.substring(0, 4).matches("\\d{4}")) {
      return value;
    }
    String before = sentence.substring(0, t.begin());
    Matcher first = FIRST_MONTHS.matcher(before);
    if (value.length() == 4 && first.find()) {
      int n = count(first.group(1));
      int year = Integer.parseInt(value);
      return n >= 1 && n <= 12 ? interval(YearMonth.of(year, 1), YearMonth.of(year, n)) : value;
    }
    if (value.length() < 7 || !isMonth(value.substring(0, 7))) {
      return value;
    }
    YearMonth last = YearMonth.parse(value.substring(0, 7));
    Matcher to = MONTHS_TO.matcher(before);
    if (to.find()) {
      int n = to.group(1) != null ? 12 : count(to.group(2));
      return n >= 1 && n <= 12 ? interval(last.minusMonths(n - 1L), last) : value;
    }
    if (value.length() == 7) {
      for (TimeMention other : times) {
        if (!isMonth(other.value())) {
          continue;
        }
        YearMonth month = YearMonth.parse(other.value());
        if (other.end() <= t.begin()
            && DASH.matcher(sentence.substring(other.end(), t.begin())).matches()
            && RANGE_NOUN.matcher(sentence.substring(t.end())).find()) {
          return interval(month, last);
        }
        if (other.begin() >= t.end()
            && DASH.matcher(sentence.substring(t.end(), other.begin())).matches()
            && RANGE_NOUN.matcher(sentence.substring(other.end())).find()) {
          return interval(last, month);
        }
      }
    }
    return value;
  }

  private static boolean isMonth(@Nullable String value) {
    return value != null && MONTH.matcher(value).matches();
  }

  /** A count of months, in digits or in words. */
  private static int count(String n) {
    Integer spelt = NumberWords.value(n);
    return spelt != null ? spelt : Integer.parseInt(n);
  }

  private static String interval(YearMonth from, YearMonth to) {
    return from + "/" + to;
  }
}
