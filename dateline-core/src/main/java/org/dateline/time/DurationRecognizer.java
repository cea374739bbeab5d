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
  private final Pattern halfOf;

  /** A year and a dash before a count: "the 2012-13 season" is a range of years, not 13 seasons. */
  private static final Pattern YEAR_BEFORE = Pattern.compile(Fragments.YEAR + "\\s*[-\u2013]\\s*$");

  /** A half after a count: "5 1/2", "2½", "three and a half", "one-and-a-half". */
  private static final String HALF = "\\s*1/2|½|[\\s-]+and[\\s-]+a[\\s-]+half";

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
                + ")("
                + HALF
                + ")?(?:\\s+more)?([\\s-]+)("
                + f.unit
                + ")\\b(\\s+and\\s+a\\s+half\\b)?"
                + "(?!\\s*-\\s*old|\\s+old\\b|\\s+of\\s+age\\b)"); // an age is no duration
    this.halfOf = Fragments.compile("\\bhalf[\\s-]+an?[\\s-]+(" + f.unit + ")\\b");
    this.vague =
        Fragments.compile(
            // one leading \\b for both branches: the look-behind is then tried at word starts only
            "\\b(?:(?:the\\s+)?(?:recent|coming|past|next|"
                + Fragments.LAST
                + "|previous|following|"
                + "ensuing|early|later)(?:\\s+(?:several|few|many|couple\\s+of))?\\s+|(?<=\\b(?:for|within|over)\\s))("
                + f.units
                + ")\\b"
                // or a bare plural before "ago", "later" or "earlier": "months ago", "minutes
                // later"
                + "|\\b(?<!\\b(?:few|several|many|of|the|some|\\d)\\s)("
                + f.units
                + ")\\s+(?:ago|later|earlier)\\b");
    this.lasting = Fragments.compile("\\b(?:(" + f.count + ")[\\s-]+)?(" + f.unit + ")-?long\\b");
    this.matterOf = Fragments.compile("\\ba\\s+matter\\s+of\\s+(" + f.units + ")\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(counted); s.findNearUnit(m); ) {
      String key = Fragments.unitKey(m.group(4));
      String[] unit = lexicon.units.get(key);
      String count = numbers.read(m.group(1));
      boolean half = m.group(2) != null || m.group(5) != null;
      if (unit == null
          || count == null
          || (half
              && (m.group(2) != null) == (m.group(5) != null)) // "two and a half days and a half"
          || (key.equals("second") && !Character.isDigit(m.group(1).charAt(0)))
          || YEAR_BEFORE.matcher(s.text.substring(Math.max(0, m.start(1) - 6), m.start(1))).find()
          || (count.length() == 4
              && key.equals(Lexicon.key(m.group(4)))) // "the 1988 quarter" is a date
          || (key.equals("quarter")
              && (m.group(3).contains("-")
                  || !Character.isDigit(m.group(1).charAt(0))
                      && count.equals("1")))) { // "three-quarters", "a quarter of" are fractions
        continue;
      }
      // an adjective ("a two-day visit", "the six year plan") leaves its determiner out of the span
      boolean adjective =
          m.group(3).contains("-") || (!count.equals("1") && key.equals(Lexicon.key(m.group(4))));
      int begin = adjective ? m.start(1) : m.start();
      s.offer(
          begin,
          m.end(),
          TimexType.DURATION,
          PRIORITY,
          () -> half ? valueAndHalf(count, unit) : value(count, unit));
    }
    for (Matcher m = s.matcher(halfOf); s.findNearUnit(m); ) {
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(1)));
      if (unit != null) {
        s.offer(m.start(), m.end(), TimexType.DURATION, PRIORITY, () -> valueAndHalf("0", unit));
      }
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
      String[] unit =
          lexicon.units.get(Fragments.unitKey(m.group(1) != null ? m.group(1) : m.group(2)));
      if (unit != null) {
        s.offer(m.start(), m.end(), TimexType.DURATION, PRIORITY, () -> value(Numbers.VAGUE, unit));
      }
    }
  }

  /**
   * A count and a half: in the next smaller unit where it divides evenly, as TimeML writes it
   * ({@code P2Y6M}, {@code PT5H30M}, {@code PT1M30S}, a decade and a half {@code P15Y}); otherwise
   * with a decimal fraction, as ISO 8601 allows ({@code P1.5W}).
   */
  static String valueAndHalf(String count, String[] unit) {
    int n = Numbers.small(count);
    if (n < 0) {
      return value(count, unit); // a vague or huge count has no half worth stating
    }
    int multiplier = Integer.parseInt(unit[1]);
    if (multiplier % 2 == 0) { // a fortnight, a decade, a century halve in their own unit
      return value(Integer.toString(n * multiplier + multiplier / 2), new String[] {unit[0], "1"});
    }
    switch (unit[0]) {
      case "Y":
        return "P" + whole(n, "Y") + "6M";
      case "D":
        return "P" + whole(n, "D") + "T12H";
      case "TH":
        return "PT" + whole(n, "H") + "30M";
      case "TM":
        return "PT" + whole(n, "M") + "30S";
      default:
        return unit[0].startsWith("T")
            ? "PT" + n + ".5" + unit[0].substring(1)
            : "P" + n + ".5" + unit[0];
    }
  }

  private static String whole(int n, String code) {
    return n == 0 ? "" : n + code;
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
