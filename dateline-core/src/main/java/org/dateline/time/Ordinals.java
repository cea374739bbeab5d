package org.dateline.time;

import java.util.Locale;
import java.util.Map;

/** Ordinal numbers in words or digits ("third", "twenty-first", "21st"), as counts. */
final class Ordinals {
  private static final int MAX = 200;

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("twenty-first", 21),
          Map.entry("fiftieth", 50),
          Map.entry("hundredth", 100));

  /** A regex alternation for an ordinal in digits ("21st") or in words; no groups. */
  static final String PATTERN =
      "(?:\\d{1,3}(?:st|nd|rd|th)|" + String.join("|", WORDS.keySet()) + ")";

  private Ordinals() {}

  /**
   * The count an ordinal {@link #PATTERN} matched stands for; 0 when it is beyond {@value #MAX}.
   */
  static int value(String ordinal) {
    String w = ordinal.toLowerCase(Locale.ROOT);
    Integer named = WORDS.get(w);
    if (named != null) {
      return named;
    }
    int n = Integer.parseInt(w.substring(0, w.length() - 2));
    return n > MAX ? 0 : n;
  }
}
