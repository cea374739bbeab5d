package org.dateline.time;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the count in a phrase such as "24", "1,200", "twenty-four", "a couple of" or "several". */
final class Numbers {
  /** The value for a vague count ("several years" is {@code PXY}). */
  static final String VAGUE = "X";

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

  private final Map<String, String> words;

  Numbers(Lexicon lexicon) {
    this.words = lexicon.numbers;
  }

  /**
   * Returns the count as decimal digits without leading zeros, {@link #VAGUE}, or null when the
   * phrase is no count this class knows. Long digit strings are kept as text, never parsed, so huge
   * numbers cannot overflow.
   */
  @Nullable String read(String phrase) {
    String key = Lexicon.key(phrase);
    if (key.isEmpty()) {
      return null;
    }
    if (Character.isDigit(key.charAt(0))) {
      String digits = key.replace(",", "");
      if (!digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int zeros = 0;
      while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
        zeros++;
      }
      return digits.substring(zeros);
    }
    String whole = words.get(key);
    if (whole != null) {
      return whole;
    }
    long total = 0;
    long current = 0;
    for (String part : WORD_BREAK.split(key)) {
      String v = words.get(part);
      if (v == null || VAGUE.equals(v) || part.equals("a") || part.equals("an")) {
        if (part.equals("and")) {
          continue;
        }
        return null;
      }
      long n = Long.parseLong(v);
      if (n == 100) {
        current = Math.max(current, 1) * 100;
      } else {
        current += n;
      }
    }
    total += current;
    return total > 0 || key.equals("zero") ? Long.toString(total) : null;
  }

  /** The count as an int when it is small enough for calendar arithmetic, else -1. */
  static int small(@Nullable String count) {
    if (count == null || VAGUE.equals(count) || count.length() > 5) {
      return -1;
    }
    return Integer.parseInt(count);
  }
}
