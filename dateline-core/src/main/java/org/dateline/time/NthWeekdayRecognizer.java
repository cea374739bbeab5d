package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday counted within a month: "the second Sunday of December", "the last Friday in June
 * 2019". Without a year, the year is chosen as for a year-less date, by the tense. A count the
 * month does not hold ("the fifth Monday of February 2026") is no expression.
 */
final class NthWeekdayRecognizer implements Recognizer {
  private static final int PRIORITY = 3;
  private static final int LAST = -1;

  /** The count's words: an ordinal up to the fifth, or "last". */
  private static final String COUNT = "(" + Ordinals.PATTERN + "|last|final)";

  private final Lexicon lexicon;
  private final Pattern pattern;

  NthWeekdayRecognizer(Lexicon lexicon, Fragments f) {
    this.lexicon = lexicon;
    this.pattern =
        Fragments.compile(
            "\\b(?:the\\s+)?"
                + COUNT
                + "\\s+("
                + f.weekday
                + ")\\s+(?:of|in)\\s+("
                + f.monthFull
                + ")(?:\\s*,?\\s+((?:19|20)\\d{2}))?\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(pattern); s.find(m); ) {
      String count = Lexicon.key(m.group(1));
      int n = count.equals("last") || count.equals("final") ? LAST : Ordinals.value(count);
      Integer dow = lexicon.weekday(m.group(2));
      Integer month = lexicon.month(m.group(3));
      if (n == 0 || n > 5 || dow == null || month == null || !Fragments.capitalised(m.group(3))) {
        continue;
      }
      int year;
      if (m.group(4) != null) {
        year = Integer.parseInt(m.group(4));
      } else {
        LocalDate thisYear = nth(s.reference.getYear(), month, n, dow);
        Tense t = s.monthTenseAt(m.start(), m.end());
        year =
            Anchors.monthDay(s.reference, month, thisYear.getDayOfMonth(), t)
                .getYear(); // "was held on the second Sunday of December", written in March
      }
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> {
            LocalDate d = nth(year, month, n, dow);
            if (d.getMonthValue() != month) {
              throw new IllegalArgumentException("no such weekday in the month");
            }
            return Anchors.day(d);
          });
    }
  }

  private static LocalDate nth(int year, int month, int n, int isoDay) {
    LocalDate first = LocalDate.of(year, month, 1);
    DayOfWeek day = DayOfWeek.of(isoDay);
    return n == LAST
        ? first.with(TemporalAdjusters.lastInMonth(day))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
