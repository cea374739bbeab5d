package org.dateline.extract;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whole numbers written in words, from one to ninety-nine, as news writes small counts before a
 * unit or a scale: "two percentage points", "three per cent", "some two million people".
 */
final class NumberWords {
  private static final List<String> ONES =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** A regular expression for the words, longest first within each alternation. */
  static final String PATTERN =
      "(?i:\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|"
          + "four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          + "seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)\\b)";

  private NumberWords() {}

  /** The value of the words, or null when they are no number from one to ninety-nine. */
  static @Nullable Integer value(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    if (dash < 0) {
      int one = ONES.indexOf(w);
      int ten = TENS.indexOf(w);
      return one > 0 ? Integer.valueOf(one) : ten > 1 ? Integer.valueOf(ten * 10) : null;
    }
    int ten = TENS.indexOf(w.substring(0, dash));
    int one = ONES.indexOf(w.substring(dash + 1));
    return ten > 1 && one > 0 && one < 10 ? Integer.valueOf(ten * 10 + one) : null;
  }
}
