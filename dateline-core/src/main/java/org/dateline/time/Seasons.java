package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Seasons as TIMEX3 writes them: SP, SU, FA, WI after the year ("2013-SU"). Winter belongs to its
 * December.
 */
final class Seasons {
  private static final List<String> ORDER = List.of("SP", "SU", "FA", "WI");

  private Seasons() {}

  static String code(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.startsWith("spr")
        ? "SP"
        : w.startsWith("sum") ? "SU" : w.startsWith("win") ? "WI" : "FA";
  }

  /**
   * The season's year and code for "this summer" (offset 0), "last fall" (-1) or "next winter"
   * (+1).
   */
  static String relative(LocalDate ref, String code, int offset) {
    int year = ref.getYear();
    String now = Anchors.seasonOf(ref);
    int seasonYear = now.equals("WI") && ref.getMonthValue() <= 2 ? year - 1 : year;
    int here = ORDER.indexOf(now);
    int there = ORDER.indexOf(code);
    int y = seasonYear;
    if (offset < 0 && there >= here) {
      y--;
    } else if (offset > 0 && there <= here) {
      y++;
    }
    return Anchors.year(y) + "-" + code;
  }
}
