package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Regex pieces shared by the recognizers, built once from the lexicon's word lists. */
final class Fragments {
  /**
   * "last" as a modifier ("the last two days"), not the verb after "to" or a modal ("talks are
   * expected to last two days", "it could last weeks").
   */
  static final String LAST =
      "(?<!\\b(?:to|will|would|could|can|may|might|should|must|shall)\\s)last";

  /**
   * Modifiers of an amount of time that TimeML keeps in the span (its MOD attribute): "exactly two
   * years ago", "just over 10 seconds".
   */
  static final String EXACT_OR_OVER = "just\\s+over|just\\s+under|exactly|precisely";

  /** A year in digits that news writes as a date: 1600 to 2099. */
  static final String YEAR = "(?:1[6-9]|20)\\d{2}";

  /** Any month name or abbreviation, with an optional period. */
  final String month;

  /** Full month names only, for months standing alone. */
  final String monthFull;

  /** Full weekday names. */
  final String weekday;

  /** Weekday names and abbreviations ("Thu", "Wed."), for the head of a written date. */
  final String weekdayAny;

  /** A count: digits, number words ("twenty-four"), vague counts ("several"), or "a"/"an". */
  final String count;

  /** A unit word, singular or plural. */
  final String unit;

  /** A unit word in the plural only. */
  final String units;

  Fragments(Lexicon lex) {
    month = abbreviable(lex.months);
    monthFull = Lexicon.alternation(longest(lex.months));
    weekday = Lexicon.alternation(longest(lex.weekdays));
    weekdayAny = abbreviable(lex.weekdays);
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    lex.numbers.forEach(
        (w, v) -> (w.contains(" ") || v.equals(Numbers.VAGUE) ? phrases : words).add(w));
    words.remove("a");
    words.remove("an");
    String word = Lexicon.alternation(words);
    // bounded repetitions: Java's regex recurses per repetition of a group, so an unbounded one
    // overflows the
    // stack on a long run of number words
    count =
        "(?:\\d{1,3}(?:,\\d{3}){1,6}|\\d+|"
            + word
            + "(?:[\\s-]+(?:and[\\s-]+)?"
            + word
            + "){0,4}|"
            + Lexicon.alternation(phrases)
            + "|an?)";
    List<String> singular = new ArrayList<>();
    List<String> plural = new ArrayList<>();
    for (String u : lex.units.keySet()) {
      singular.add(u);
      plural.add(plural(u));
    }
    units = Lexicon.alternation(plural);
    List<String> all = new ArrayList<>(plural);
    all.addAll(singular);
    unit = Lexicon.alternation(all);
  }

  /**
   * Every name in a map, a short one with its period ("Jan.", "Wed ."), a full one without: "on 1
   * January." ends a sentence.
   */
  private static String abbreviable(Map<String, Integer> names) {
    List<String> full = longest(names);
    List<String> abbreviations = new ArrayList<>(names.keySet());
    abbreviations.removeAll(full);
    return "(?:"
        + Lexicon.alternation(full)
        + "(?!\\w)(?:\\s?\\.(?=\\s+\\d))?|"
        + Lexicon.alternation(abbreviations)
        + "(?:\\s?\\.)?)";
  }

  /** The longest name of each number in a map (so "wednesday", not "wed"). */
  private static List<String> longest(Map<String, Integer> names) {
    Map<Integer, String> best = new java.util.HashMap<>();
    names.forEach((name, n) -> best.merge(n, name, (a, b) -> a.length() >= b.length() ? a : b));
    return new ArrayList<>(best.values());
  }

  static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** The plural of a unit word: "days", "centuries". */
  static String plural(String unit) {
    return unit.endsWith("y") && !unit.endsWith("ay")
        ? unit.substring(0, unit.length() - 1) + "ies"
        : unit + "s";
  }

  /** The lexicon key of a unit word: "centuries" becomes "century", "days" becomes "day". */
  static String unitKey(String word) {
    String k = Lexicon.key(word);
    if (k.endsWith("ies")) {
      return k.substring(0, k.length() - 3) + "y";
    }
    return k.endsWith("s") && !k.equals("s") ? k.substring(0, k.length() - 1) : k;
  }

  /**
   * True when a name matched case-insensitively is written with a capital, as English month names
   * are.
   */
  static boolean capitalised(CharSequence s) {
    return s.length() > 0 && Character.isUpperCase(s.charAt(0));
  }
}
