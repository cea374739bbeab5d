package org.dateline.time;

import java.util.Locale;

/** TIMEX3 codes for the parts of a day. */
final class PartsOfDay {
  private PartsOfDay() {}

  /** "morning" is MO, "afternoon" AF, "evening" EV, "night" NI. */
  static String code(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("morn")) {
      return "MO";
    }
    if (w.startsWith("after")) {
      return "AF";
    }
    if (w.startsWith("even")) {
      return "EV";
    }
    return "NI";
  }
}
