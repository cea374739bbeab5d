package org.dateline.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.bundled.Bundled;
import org.jspecify.annotations.Nullable;

/**
 * The English word lists the recognizers are built from, read once from the resource files beside
 * this class ({@code months.txt}, {@code weekdays.txt}, {@code numbers.txt}, {@code units.txt},
 * {@code vague.txt}, {@code sets.txt}, {@code future-cues.txt}, {@code past-cues.txt}, {@code
 * zones.txt}, {@code holidays.txt}).
 */
final class Lexicon {
  private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]+");
  private static final Lexicon ENGLISH = new Lexicon();

  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, String> numbers = new HashMap<>();

  /** unit word to {code, multiplier}. */
  final Map<String, String[]> units = new HashMap<>();

  /** phrase to {type, value}. */
  final Map<String, String[]> vague = new HashMap<>();

  final Map<String, String> sets = new HashMap<>();
  final List<String> futureCues = new ArrayList<>();
  final List<String> pastCues = new ArrayList<>();

  /** zone name, upper case without blanks ({@link #zoneKey}), to its offset or region. */
  final Map<String, String> zones = new HashMap<>();

  /** The zones' names as written in the text: "ET", "Eastern time". */
  final List<String> zoneNames = new ArrayList<>();

  /** holiday name to its date rule. */
  final Map<String, String> holidays = new HashMap<>();

  private Lexicon() {
    for (String[] row : rows("months.txt")) {
      for (int i = 1; i < row.length; i++) {
        months.put(row[i], Integer.valueOf(row[0]));
      }
    }
    for (String[] row : rows("weekdays.txt")) {
      for (int i = 1; i < row.length; i++) {
        weekdays.put(row[i], Integer.valueOf(row[0]));
      }
    }
    for (String[] row : rows("numbers.txt")) {
      numbers.put(String.join(" ", List.of(row).subList(0, row.length - 1)), row[row.length - 1]);
    }
    for (String[] row : rows("units.txt")) {
      units.put(row[0], new String[] {row[1], row[2]});
    }
    for (String[] row : rows("vague.txt")) {
      int n = row.length;
      vague.put(
          String.join(" ", List.of(row).subList(0, n - 2)), new String[] {row[n - 2], row[n - 1]});
    }
    for (String[] row : rows("sets.txt")) {
      sets.put(row[0], row[1]);
    }
    for (String[] row : rows("future-cues.txt")) {
      futureCues.add(String.join(" ", row));
    }
    for (String[] row : rows("holidays.txt")) {
      holidays.put(name(row), row[row.length - 1]);
    }
    for (String[] row : rows("zones.txt")) {
      zoneNames.add(name(row));
      zones.put(zoneKey(name(row)), row[row.length - 1]);
    }
    for (String[] row : rows("past-cues.txt")) {
      pastCues.add(String.join(" ", row));
    }
  }

  static Lexicon english() {
    return ENGLISH;
  }

  /**
   * A regex alternation of the given words, longest first, with spaces matching any run of blanks.
   */
  static String alternation(Iterable<String> words) {
    return Alternation.of(words);
  }

  /** A zone name as {@link #zones} keys it: "Eastern time" is "EASTERNTIME". */
  static String zoneKey(String written) {
    return BLANKS.matcher(written.toUpperCase(Locale.ROOT)).replaceAll("");
  }

  /** Lower-cases a matched phrase and folds its blank runs to one space, for look-ups. */
  static String key(String phrase) {
    return BLANKS.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").replace(".", "").trim();
  }

  @Nullable Integer month(String word) {
    return months.get(key(word));
  }

  @Nullable Integer weekday(String word) {
    String k = key(word);
    Integer d = weekdays.get(k);
    return d != null || !k.endsWith("s") ? d : weekdays.get(k.substring(0, k.length() - 1));
  }

  /** The name a row gives before its last column, the rule: "new year's eve", "Eastern time". */
  private static String name(String[] row) {
    return String.join(" ", List.of(row).subList(0, row.length - 1));
  }

  private static List<String[]> rows(String name) {
    return Bundled.lines(Lexicon.class, name).stream().map(line -> line.split("\\s+")).toList();
  }
}
