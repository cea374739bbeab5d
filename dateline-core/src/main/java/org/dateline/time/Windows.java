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
 * <p>A stretch reaches {@link #MARGIN} characters either side of its word. The longest lead-in
 * before an expression's first such word is a determiner, modifier and hedge ("each of the
 * following nearly twenty years": 29 characters before "twenty"). On 2,145 bench and seed texts
 * (26,793 expressions) a margin of 16 lost expressions and 24 lost none. Lookarounds still see the
 * whole text. Patterns that need a unit word search only near one ({@link Stretches#units}). {@code
 * TemporalTaggerWindowsTest} and a property test check that the tagger finds exactly the same
 * expressions with and without the stretches.
 */
final class Windows {
  static final int MARGIN = 32;

  /**
   * How far back from a unit word its expression can begin: a determiner, modifier, hedge and a
   * count in words ("each of the past more than one hundred and twenty years").
   */
  static final int UNIT_LEAD = 64;

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
          "once");

  /** Short words inside multi-word phrases ("at the moment") that alone mark nothing. */
  private static final Set<String> FILLER =
      Set.of("a", "an", "the", "at", "of", "in", "on", "to", "for", "this", "that", "and", "upon");

  private final Set<String> triggers = new HashSet<>(EXTRA);
  private final Set<String> units = new HashSet<>();
  private final int longest;

  Windows(Lexicon lexicon) {
    lexicon.months.keySet().forEach(this::addWords);
    for (String day : lexicon.weekdays.keySet()) {
      addWords(day);
      addWords(day + "s");
    }
    for (String unit : lexicon.units.keySet()) {
      units.add(unit);
      units.add(Fragments.plural(unit));
    }
    triggers.addAll(units);
    lexicon.vague.keySet().forEach(this::addWords);
    lexicon.sets.keySet().forEach(this::addWords);
    lexicon.holidays.keySet().forEach(this::addWords);
    lexicon.numbers.keySet().forEach(this::addWords);
    triggers.addAll(AbsoluteDateRecognizer.DECADE_WORDS); // "the nineties"
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
   * Where expressions can be in one text, as begin and end offsets in pairs, in order and apart
   * from each other.
   *
   * @param all around every trigger
   * @param units around unit words only ("days", "year"), reaching {@link #UNIT_LEAD} characters
   *     back, for the patterns that cannot match without one (counted and vague durations, "two
   *     weeks ago")
   */
  @SuppressWarnings("ArrayRecordComponent") // built once per scan, never compared
  record Stretches(int[] all, int[] units) {}

  /** A unit run together with "long": "weeklong", "yearlong". */
  private boolean unitLong(String word) {
    return word.endsWith("long") && units.contains(word.substring(0, word.length() - 4));
  }

  /** The stretches of a text. */
  Stretches of(String text) {
    Spans all = new Spans();
    Spans near = new Spans();
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      int end = i + 1;
      String word = null;
      if (Character.isLetter(c)) {
        while (end < length && Character.isLetter(text.charAt(end))) {
          end++;
        }
        word = end - i <= longest ? text.substring(i, end).toLowerCase(Locale.ROOT) : "";
      } else if (!Character.isDigit(c)) {
        i++;
        continue;
      }
      if (word == null || triggers.contains(word)) {
        all.add(Math.max(0, i - MARGIN), Math.min(length, end + MARGIN));
      }
      if (word != null && (units.contains(word) || unitLong(word))) {
        near.add(Math.max(0, i - UNIT_LEAD), Math.min(length, end + MARGIN));
      }
      i = end;
    }
    return new Stretches(all.done(), near.done());
  }

  /** Stretches being gathered in text order; one that touches the last is merged into it. */
  static final class Spans {
    private int[] spans = new int[16];
    private int n;

    void add(int from, int to) {
      if (n > 0 && from <= spans[n - 1]) {
        spans[n - 1] = Math.max(spans[n - 1], to);
        return;
      }
      if (n + 2 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[n++] = from;
      spans[n++] = to;
    }

    int[] done() {
      return Arrays.copyOf(spans, n);
    }
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
