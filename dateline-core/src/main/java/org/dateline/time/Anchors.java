package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Calendar arithmetic against a reference date, written as TIMEX3 values. Every method either
 * returns a valid value or throws {@link DateTimeException}, which {@link Scan#offer} turns into
 * "no expression".
 */
final class Anchors {
  /**
   * A planned year-less date more than this many days before the reference is next year's. Wide,
   * because any future cue in the window counts for a date ("hoped she would produce aid, where the
   * Aug. 7 blasts killed 257"): at 30 days such dates moved to next year.
   */
  private static final int YEAR_SWITCH_DAYS = 200;

  private Anchors() {}

  static String day(LocalDate d) {
    return year(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
  }

  static String month(int year, int month) {
    if (month < 1 || month > 12) {
      throw new DateTimeException("month " + month);
    }
    return year(year) + "-" + two(month);
  }

  static String year(int year) {
    if (year < 0 || year > 9999) {
      throw new DateTimeException("year " + year);
    }
    return String.format("%04d", year);
  }

  static String week(LocalDate d) {
    return year(d.get(IsoFields.WEEK_BASED_YEAR))
        + "-W"
        + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int year, int quarter) {
    return year(year) + "-Q" + quarter;
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /**
   * The weekday meant by a bare "Monday": on or before the reference in a report, on or after it in
   * a plan.
   */
  static LocalDate weekday(LocalDate ref, int isoDay, Tense tense) {
    DayOfWeek dow = DayOfWeek.of(isoDay);
    return tense == Tense.FUTURE
        ? ref.with(TemporalAdjusters.nextOrSame(dow))
        : ref.with(TemporalAdjusters.previousOrSame(dow));
  }

  /**
   * The year of a year-less month: for a plan, the next one not before the reference month; else a
   * month up to two ahead of the reference or, when no past tense forbids the coming year, up to
   * nine behind it.
   */
  static int yearOfMonth(LocalDate ref, int month, Tense tense) {
    int y = ref.getYear();
    if (tense == Tense.FUTURE) {
      return month < ref.getMonthValue() ? y + 1 : y;
    }
    // news looks back more often than ahead; a past tense ("took office in January") never ahead
    int ahead = month - ref.getMonthValue();
    return ahead > 2 ? y - 1 : ahead < -9 && tense == Tense.UNKNOWN ? y + 1 : y;
  }

  /**
   * A year-less day of a month: in the reference year unless that puts it far on the wrong side of
   * the tense, or, with no tense, more than a season ahead (news looks back more often than ahead).
   */
  static LocalDate monthDay(LocalDate ref, int month, int day, Tense tense) {
    LocalDate d = LocalDate.of(ref.getYear(), month, day);
    if (tense == Tense.FUTURE) {
      return d.isBefore(ref.minusDays(YEAR_SWITCH_DAYS)) ? d.plusYears(1) : d;
    }
    long ahead = d.toEpochDay() - ref.toEpochDay();
    return ahead > 75
        ? d.minusYears(1)
        : ahead < -280 && tense == Tense.UNKNOWN ? d.plusYears(1) : d;
  }

  /**
   * A day of the month with neither month nor year ("on the 15th"): in the reference month, or the
   * month before for a past tense that would put it after the reference, or the month after for a
   * future one that would put it before; with no tense, whichever of the three lies nearest. Throws
   * for a day the chosen month does not have.
   */
  static LocalDate dayOfMonth(LocalDate ref, int day, Tense tense) {
    YearMonth month = YearMonth.from(ref);
    if (tense == Tense.PAST && day > ref.getDayOfMonth()) {
      return month.minusMonths(1).atDay(day);
    }
    if (tense == Tense.FUTURE && day < ref.getDayOfMonth()) {
      return month.plusMonths(1).atDay(day);
    }
    if (tense == Tense.UNKNOWN) {
      LocalDate best = null;
      for (YearMonth m : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
        if (day <= m.lengthOfMonth()) {
          LocalDate d = m.atDay(day);
          long gap = Math.abs(d.toEpochDay() - ref.toEpochDay());
          if (best == null || gap < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
            best = d;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return month.atDay(day);
  }

  /**
   * A year-less date that names its weekday ("Monday, Nov. 3"): the year nearest the reference in
   * which that date falls on that weekday, or the reference year when none of the three nearest
   * years fits.
   */
  static LocalDate yearByWeekday(LocalDate ref, int month, int day, int isoDay) {
    LocalDate best = null;
    for (int y : new int[] {ref.getYear(), ref.getYear() - 1, ref.getYear() + 1}) {
      if (day <= java.time.YearMonth.of(y, month).lengthOfMonth()) {
        LocalDate d = LocalDate.of(y, month, day);
        if (d.getDayOfWeek().getValue() == isoDay && best == null) {
          best = d;
        }
      }
    }
    return best != null ? best : LocalDate.of(ref.getYear(), month, day);
  }

  /** The season code (SP, SU, FA, WI) a date falls in. */
  static String seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    return m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
  }

  /**
   * The reference moved by {@code n} units ({@code sign} +1 or -1), written at the unit's own
   * precision: days as a day, weeks as a week, months as a month, quarters as a quarter, years as a
   * year.
   */
  static String shift(LocalDate ref, int n, String unit, int multiplier, int sign) {
    if (n < 0) {
      throw new DateTimeException("count " + n);
    }
    long k = (long) sign * n * multiplier;
    switch (unit) {
      case "D":
        return day(ref.plusDays(k));
      case "W":
        return week(ref.plusWeeks(k));
      case "M":
        LocalDate m = ref.plusMonths(k);
        return month(m.getYear(), m.getMonthValue());
      case "Q":
        LocalDate q = ref.plusMonths(3 * k);
        return quarter(q.getYear(), quarterOf(q));
      case "Y":
        return year(Math.toIntExact(ref.getYear() + k));
      default:
        return day(ref);
    }
  }

  /** The value of "this/last/next week|month|year|quarter" for offset 0, -1 or +1. */
  static String period(LocalDate ref, String unit, int offset) {
    return shift(ref, Math.abs(offset), unit, 1, offset < 0 ? -1 : 1);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
