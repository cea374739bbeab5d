package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named holidays from {@code holidays.txt}: "Christmas", "Thanksgiving Day", "Easter", "Election
 * Day", optionally with a year ("Christmas 2012") or "last"/"next"/"this". Without either, the year
 * is chosen as for a year-less date, by the tense ("was found Thanksgiving Day", written in
 * January, is last year's).
 */
final class HolidayRecognizer implements Recognizer {
  /** A rule counted in days from another: "11/44+1" (Black Friday), "EASTER-2" (Good Friday). */
  private static final Pattern SHIFTED = Pattern.compile("(EASTER|\\d\\d/\\w+)([+-]\\d+)");

  private static final int PRIORITY = 3;

  private final Lexicon lexicon;
  private final Pattern pattern;

  HolidayRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.pattern =
        Fragments.compile(
            "\\b(?:(last|next|this)\\s+)?("
                + Lexicon.alternation(lexicon.holidays.keySet())
                + ")(?:\\s*,?\\s+((?:19|20)\\d{2}))?\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(pattern); s.find(m); ) {
      String rule = lexicon.holidays.get(Lexicon.key(m.group(2)).replace("’", "'"));
      if (rule == null || !Fragments.capitalised(m.group(2))) {
        continue;
      }
      String rel = m.group(1) == null ? "" : Lexicon.key(m.group(1));
      int year;
      if (m.group(3) != null) {
        year = Integer.parseInt(m.group(3));
      } else if (!rel.isEmpty()) {
        year = s.reference.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
      } else {
        // "was found Thanksgiving Day" in January is last year's, as a year-less date would be
        LocalDate thisYear = date(rule, s.reference.getYear());
        Tense t = s.monthTenseAt(m.start(), m.end());
        year =
            Anchors.monthDay(s.reference, thisYear.getMonthValue(), thisYear.getDayOfMonth(), t)
                .getYear();
      }
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.day(date(rule, year)));
    }
  }

  static LocalDate date(String rule, int year) {
    Matcher shifted = SHIFTED.matcher(rule);
    if (shifted.matches()) {
      return date(shifted.group(1), year).plusDays(Integer.parseInt(shifted.group(2)));
    }
    if (rule.equals("EASTER")) {
      return easter(year);
    }
    int month = Integer.parseInt(rule.substring(0, 2));
    String day = rule.substring(3);
    if (rule.charAt(2) == '-') {
      return LocalDate.of(year, month, Integer.parseInt(day));
    }
    LocalDate first = LocalDate.of(year, month, 1);
    if (day.equals("T")) {
      return first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
    }
    DayOfWeek dow = DayOfWeek.of(day.charAt(1) - '0');
    return day.charAt(0) == 'L'
        ? first.with(TemporalAdjusters.lastInMonth(dow))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(day.charAt(0) - '0', dow));
  }

  /** Western Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    return LocalDate.of(year, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
  }
}
