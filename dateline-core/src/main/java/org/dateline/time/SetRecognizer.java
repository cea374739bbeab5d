package org.dateline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recurring times: "daily", "weekly", "every week", "each season", "every two years", "every
 * Monday", "per year", "twice a week".
 */
final class SetRecognizer implements Recognizer {
  private static final int PRIORITY = 3;
  private static final Pattern AMOUNT =
      Pattern.compile(".*\\d.*|million|billion|thousand|dollars|cents|percent|times|barrels|tons");

  private final Lexicon lexicon;
  private final Numbers numbers;
  private final Pattern adverb;
  private final Pattern every;
  private final Pattern often;

  SetRecognizer(Lexicon lexicon, Fragments f, Numbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.adverb = Fragments.compile("\\b" + Lexicon.alternation(lexicon.sets.keySet()) + "\\b");
    this.every =
        Fragments.compile(
            "\\b(?:(every|each)\\s+(other\\s+)?(?:("
                + f.count
                + ")\\s+)?|(per)\\s+|(a)\\s+)(?:("
                + f.unit
                + ")|("
                + f.weekday
                + ")|("
                + f.monthFull
                + "))\\b");
    this.often =
        Fragments.compile(
            "\\b(?:once|twice|thrice|(?:"
                + f.count
                + ")\\s+times)\\s+(?:a|an|per|each|every)\\s+("
                + f.unit
                + ")\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(adverb); s.find(m); ) {
      String value = lexicon.sets.get(Lexicon.key(m.group()));
      if (value != null && !beforeName(s.text, m.end())) {
        s.offer(m.start(), m.end(), TimexType.SET, PRIORITY, () -> value);
      }
    }
    for (Matcher m = s.matcher(often); s.find(m); ) {
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(1)));
      if (unit != null) {
        s.offer(
            m.start(), m.end(), TimexType.SET, PRIORITY, () -> DurationRecognizer.value("1", unit));
      }
    }
    for (Matcher m = s.matcher(every); s.find(m); ) {
      if (m.group(5) != null && !afterAmount(s.text, m.start())) {
        continue; // "a year" is a set only in "$5 a year"; elsewhere it is a duration
      }
      if (m.group(7) != null) {
        Integer dow = lexicon.weekday(m.group(7));
        if (dow != null && m.group(5) == null && m.group(4) == null) {
          s.offer(m.start(), m.end(), TimexType.SET, PRIORITY, () -> "XXXX-WXX-" + dow);
        }
        continue;
      }
      if (m.group(8) != null) {
        Integer month = lexicon.month(m.group(8));
        if (month != null && m.group(1) != null) {
          s.offer(
              m.start(),
              m.end(),
              TimexType.SET,
              PRIORITY,
              () -> Anchors.month(0, month).replace("0000", "XXXX"));
        }
        continue;
      }
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(6)));
      String count =
          m.group(3) == null ? (m.group(2) != null ? "2" : "1") : numbers.read(m.group(3));
      if (unit != null && count != null) {
        s.offer(
            m.start(),
            m.end(),
            TimexType.SET,
            PRIORITY,
            () -> DurationRecognizer.value(count, unit));
      }
    }
  }

  /** True before a capitalised word: "the party daily Granma" names a newspaper. */
  private static boolean beforeName(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > at && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  /** True after a money or quantity figure: "$5 a year", "40 million barrels a day". */
  private static boolean afterAmount(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    String word = text.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
    // "on Jan. 28, a week after its rival": a comma ends the figure's phrase
    return !word.endsWith(",") && !word.endsWith(";") && AMOUNT.matcher(word).matches();
  }
}
