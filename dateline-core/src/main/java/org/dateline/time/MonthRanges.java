package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the two ends of a range of months in order: "January-October", "from March to June",
 * "between November and February". A year-less month is placed in the year nearest the reference,
 * which can put the first end after the second ("January-October" read in December gave next
 * January); the first end then moves back a year.
 */
final class MonthRanges {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern JOINT =
      Pattern.compile("(?i)\\s*(?:-|\u2013|to|through|until|till|and)\\s*");
  private static final Pattern STATED_YEAR = Pattern.compile("\\d{4}|['\u2019]\\d{2}");

  List<Candidate> apply(String text, List<Candidate> settled) {
    List<Candidate> out = new ArrayList<>(settled);
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate first = out.get(i);
      Candidate second = out.get(i + 1);
      if (first.type() == TimexType.DATE
          && second.type() == TimexType.DATE
          && MONTH.matcher(first.value()).matches()
          && MONTH.matcher(second.value()).matches()
          && first.value().compareTo(second.value()) > 0
          && JOINT.matcher(text).region(first.end(), second.begin()).matches()
          && !STATED_YEAR.matcher(text.substring(first.begin(), first.end())).find()) {
        int year = Integer.parseInt(first.value().substring(0, 4)) - 1;
        out.set(i, first.withValue(year + first.value().substring(4)));
      }
    }
    return out;
  }
}
