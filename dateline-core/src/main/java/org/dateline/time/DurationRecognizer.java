package org.dateline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time: "three years", "a two-day", "the past 20 months", "nearly forty years", "several
 * weeks", "recent years", bare plurals after "for", "within" or "over" ("for weeks"), adjectives of
 * length ("weeklong", "a two-week-long trial", "decades-long") and "a matter of minutes". Values
 * are {@code P3Y}, {@code PT2H}, or {@code PXY} for vague counts.
 */
final class DurationRecognizer implements Recognizer {
  private static final int PRIORITY = 1;

  private final Lexicon lexicon;
  private final Numbers numbers;
  private final Pattern counted;
  private final Pattern vague;
  private final Pattern lasting;
  private final Pattern matterOf;

  DurationRecognizer(Lexicon lexicon, Fragments f, Numbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    // "to last two days", "could last weeks": after "to" or a modal, "last" is the verb
    String lead =
        "(?:(?:the|a|an|each\\s+of\\s+the)\\s+)?(?:(?:past|"
            + Fragments.LAST
            + "|next|first|coming|previous|latest|final|"
            + "following|remaining|entire|whole|full|same|initial|ensuing|subsequent|year-earlier)\\s+)?";
    // TimeML keeps "nearly", "more than", "exactly" and the like in the span (its MOD attribute)
    // but not "about" or "only"
    String hedge =
        "(?:(?:nearly|almost|more\\s+than|less\\s+than|at\\s+least|up\\s+to|another|"
            + "an\\s+additional|"
            + Fragments.EXACT_OR_OVER
            + ")\\s+)?";
    this.counted =
        Fragments.compile(
            "\\b"
                + lead
                + hedge
                + "("
                + f.count
                + ")(?:\\s+more)?([\\s-]+)("
                + f.unit
                + ")\\b(?!\\s*-\\s*old|\\s+old\\b|\\s+of\\s+age\\b)"); // an age is no duration
    this.vague =
        Fragments.compile(
            // one leading \\b for both branches: the look-behind is then tried at word starts only
            "\\b(?:(?:the\\s+)?(?:recent|coming|past|next|"
                + Fragments.LAST
                + "|previous|following|"
                + "ensuing|early|later)(?:\\s+(?:several|few|many|couple\\s+of))?\\s+|(?<=\\b(?:for|within|over)\\s))("
                + f.units
                + ")\\b");
    this.lasting = Fragments.compile("\\b(?:(" + f.count + ")[\\s-]+)?(" + f.unit + ")-?long\\b");
    this.matterOf = Fragments.compile("\\ba\\s+matter\\s+of\\s+(" + f.units + ")\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(counted); s.findNearUnit(m); ) {
      String key = Fragments.unitKey(m.group(3));
      String[] unit = lexicon.units.get(key);
      String count = numbers.read(m.group(1));
      if (unit == null
          || count == null
          || (key.equals("second") && !Character.isDigit(m.group(1).charAt(0)))
          || (count.length() == 4
              && key.equals(Lexicon.key(m.group(3)))) // "the 1988 quarter" is a date
          || (key.equals("quarter")
              && (m.group(2).contains("-")
                  || !Character.isDigit(m.group(1).charAt(0))
                      && count.equals("1")))) { // "three-quarters", "a quarter of" are fractions
        continue;
      }
      // an adjective ("a two-day visit", "the six year plan") leaves its determiner out of the span
      boolean adjective =
          m.group(2).contains("-") || (!count.equals("1") && key.equals(Lexicon.key(m.group(3))));
      int begin = adjective ? m.start(1) : m.start();
      s.offer(begin, m.end(), TimexType.DURATION, PRIORITY, () -> value(count, unit));
    }
    for (Matcher m = s.matcher(lasting); s.findNearUnit(m); ) {
      String key = Fragments.unitKey(m.group(2));
      String[] unit = lexicon.units.get(key);
      boolean plural = !key.equals(Lexicon.key(m.group(2)));
      String count = m.group(1) != null ? numbers.read(m.group(1)) : plural ? Numbers.VAGUE : "1";
      if (unit != null && count != null) {
        // an adjective: "a day-long strike" leaves its article out, as TimeML has it
        boolean article =
            m.group(1) != null
                && !Character.isDigit(m.group(1).charAt(0))
                && Lexicon.key(m.group(1)).matches("an?");
        int begin = article ? m.start(2) : m.start();
        s.offer(begin, m.end(), TimexType.DURATION, PRIORITY, () -> value(count, unit));
      }
    }
    for (Matcher m = s.matcher(matterOf); s.findNearUnit(m); ) {
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(1)));
      if (unit != null) {
        s.offer(m.start(), m.end(), TimexType.DURATION, PRIORITY, () -> value(Numbers.VAGUE, unit));
      }
    }
    for (Matcher m = s.matcher(vague); s.findNearUnit(m); ) {
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(1)));
      if (unit != null) {
        s.offer(m.start(), m.end(), TimexType.DURATION, PRIORITY, () -> value(Numbers.VAGUE, unit));
      }
    }
  }

  /**
   * "P" + count + unit, with the T of time units in front ({@code PT2H}); decades and centuries in
   * years.
   */
  static String value(String count, String[] unit) {
    String code = unit[0];
    int multiplier = Integer.parseInt(unit[1]);
    String n = count;
    if (multiplier != 1) {
      if (Numbers.VAGUE.equals(count)) {
        n = Numbers.VAGUE;
        code = multiplier == 10 ? "DE" : multiplier == 100 ? "CE" : code;
      } else if (multiplier == 10 || multiplier == 100) {
        n = count.equals("0") ? "0" : count + (multiplier == 10 ? "0" : "00");
      } else {
        int small = Numbers.small(count);
        if (small < 0) {
          throw new ArithmeticException("count too large for " + code);
        }
        n = Integer.toString(small * multiplier);
      }
    }
    return code.startsWith("T") ? "PT" + n + code.substring(1) : "P" + n + code;
  }
}
