package org.dateline.time;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The stretches of a text where a time expression can be: around each digit and each word that
 * every expression without a digit contains (a month, a weekday, a unit such as "week", a number
 * word, "today", "recently" ...). The recognizers search only these stretches. Most of a news text
 * lies outside them, and searching it with every pattern was most of the tagger's cost.
 *
 * <p>A stretch reaches {@link #MARGIN} characters either side of its word, further than any
 * expression reaches past the words that make it one ("each of the past several", "shortly after");
 * lookarounds still see the whole text. {@code TemporalTaggerWindowsTest} checks that the tagger
 * finds exactly the same expressions with and without the stretches.
 */
final class Windows {
  static final int MARGIN = 32;

  /** Trigger words the word lists do not hold: deictic days, parts of the day, periods, seasons. */
  private static final Set<String> EXTRA =
      Set.of(
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "morning",
          "mornings",
          "afternoon",
          "afternoons",
          "evening",
          "evenings",
          "night",
          "nights",
          "noon",
          "midday",
          "midnight",
          "weekend",
          "weekends",
          "half",
          "period",
          "spring",
          "summer",
          "fall",
          "autumn",
          "winter",
          "fiscal",
          "time",
          "date",
          "moment",
          "past",
          "future",
          "later",
          "once",
          "days");

  /** Short words inside multi-word phrases ("at the moment") that alone mark nothing. */
  private static final Set<String> FILLER =
      Set.of("a", "an", "the", "at", "of", "in", "on", "to", "for", "this", "that", "and", "upon");

  private final Set<String> triggers = new HashSet<>(EXTRA);
  private final int longest;

  Windows(Lexicon lexicon) {
    lexicon.months.keySet().forEach(this::addWords);
    for (String day : lexicon.weekdays.keySet()) {
      addWords(day);
      addWords(day + "s");
    }
    for (String unit : lexicon.units.keySet()) {
      addWords(unit);
      addWords(unit + "s");
      if (unit.endsWith("y")) {
        addWords(unit.substring(0, unit.length() - 1) + "ies");
      }
    }
    lexicon.vague.keySet().forEach(this::addWords);
    lexicon.sets.keySet().forEach(this::addWords);
    lexicon.holidays.keySet().forEach(this::addWords);
    lexicon.numbers.keySet().forEach(this::addWords);
    this.longest = triggers.stream().mapToInt(String::length).max().orElse(0);
  }

  private void addWords(String phrase) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !FILLER.contains(w)) {
        triggers.add(w);
      }
    }
  }

  /**
   * The stretches of a text, as begin and end offsets in pairs, in order and apart from each other.
   */
  int[] of(String text) {
    int[] out = new int[16];
    int n = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      int end;
      boolean trigger;
      if (Character.isDigit(c)) {
        end = i + 1;
        trigger = true;
      } else if (Character.isLetter(c)) {
        end = i + 1;
        while (end < length && Character.isLetter(text.charAt(end))) {
          end++;
        }
        trigger =
            end - i <= longest
                && triggers.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
      } else {
        i++;
        continue;
      }
      if (trigger) {
        int from = Math.max(0, i - MARGIN);
        int to = Math.min(length, end + MARGIN);
        if (n > 0 && from <= out[n - 1]) {
          out[n - 1] = to;
        } else {
          if (n + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = from;
          out[n++] = to;
        }
      }
      i = end;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Moves a matcher to its next match within the stretches, from the stretch it is in onwards.
   *
   * @param stretches as {@link #of} gives them
   */
  static boolean find(Matcher m, int[] stretches) {
    while (true) {
      if (m.regionEnd() > m.regionStart() && m.find()) {
        return true;
      }
      int next = nextAfter(stretches, m.regionEnd());
      if (next < 0) {
        return false;
      }
      m.region(stretches[next], stretches[next + 1]);
    }
  }

  /** Index of the first stretch that begins at or after {@code at}, or -1. */
  private static int nextAfter(int[] stretches, int at) {
    int lo = 0;
    int hi = stretches.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (stretches[2 * mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < stretches.length / 2 ? 2 * lo : -1;
  }
}
