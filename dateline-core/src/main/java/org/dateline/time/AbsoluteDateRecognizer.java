package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Calendar dates as written: "2013-03-22", "05/02/2013", "March 22, 2013", "22 March", "Sept.
 * 1989", "April", "1989", "fiscal 1989", "the 1990s". A date without a year takes the reference
 * year, moved by the tense.
 */
final class AbsoluteDateRecognizer implements Recognizer {
  /** A word that puts the month after it in time: "in May", "since May", "early May". */
  private static final Pattern IN_TIME =
      Pattern.compile(
          "\\b(?:in|since|until|by|through|during|before|after|from|last|next|early|late|mid-?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final int PRIORITY = 3;

  /**
   * The date after a year-less one in a pair or range, up to its year: "March 31 and April 1,
   * 2026", "October and December 2019", "May 2 to July 30, 2022". The year is both dates'.
   */
  private static final Pattern PAIRED =
      Pattern.compile(
          "\\s*(?:-|–|—|and|or|to|through|thru|until|till)\\s*(?:(\\p{Lu}\\p{L}+)\\.?\\s*)?"
              + "(\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern SLASHED =
      Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2})\\b");
  private static final Pattern YEAR =
      Fragments.compile(
          // the look-ahead rejects most positions before the costlier look-behind is tried; a
          // hyphen before the year joins a range ("1998-2003") unless a prefix ends in it
          // ("mid-2027")
          "(?=[\\dfcty])(?<![\\d$.,/])(?:(?<=(?i:mid|pre|post)-)|(?<!-))\\b(?:(?:fiscal|calendar)\\s+(?:year\\s+)?|(?:the\\s+)?year\\s+)?("
              + Fragments.YEAR
              + ")\\b"
              + "(?![\\d%/]|[,.]\\d|-\\d|\\s*(?:percent|per\\s+cent|million|billion|tons?|people|barrels|shares))");

  /** "1998-2003", "2012-13", "1914–18": two years, each its own date. */
  private static final Pattern YEAR_RANGE =
      Fragments.compile(
          "(?<![\\d$.,/-])\\b("
              + Fragments.YEAR
              + ")\\s*[-\u2013]\\s*("
              + Fragments.YEAR
              + "|\\d{2})\\b"
              + "(?![\\d%/-]|[.,]\\d|\\s*(?:percent|per\\s+cent|million|billion))");

  private static final Pattern NAMED_YEAR =
      Fragments.compile("\\b(?:the\\s+)?year\\s+(\\d{1,4})\\b(?![\\d%,.]\\d)");
  private static final Pattern DECADE =
      Fragments.compile(
          "(?:\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]*)?)?"
              + "(?:\\b(1[6-9]|20)(\\d)0|(?<![\\w'\u2019])['\u2019](\\d)0)['\u2019]?s\\b");

  /** "the 20th century", "the nineteenth century", "21st-century": a century by its ordinal. */
  private static final Pattern ORDINAL_CENTURY =
      Fragments.compile(
          "\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]*)?("
              + Ordinals.PATTERN
              + ")[\\s-]+century\\b");

  /** The decades of the 1900s in words, from the 1920s: each one's index plus 2 is its digit. */
  static final List<String> DECADE_WORDS =
      List.of(
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  /** "the nineties", "the early sixties": a decade of the 1900s named in words. */
  private static final Pattern DECADE_WORD =
      Fragments.compile(
          "\\bthe\\s+(?:(?:early|mid|late)[\\s-]*)?(" + String.join("|", DECADE_WORDS) + ")\\b");

  /** Words before "the sixties" that make it a temperature, not a decade. */
  private static final Pattern TEMPERATURE =
      Pattern.compile("(?i)\\b(?:temperatures?|highs?|lows?|degrees|thermometers?|mercury)\\b");

  /** "on the 15th": a day of a month the words leave to the reference and the tense. */
  private static final Pattern ORDINAL_DAY =
      Fragments.compile(
          "\\bon\\s+(the\\s+(\\d{1,2})(?:st|nd|rd|th))\\b(?![\\s-]+(?:of\\b|\\p{L}))");

  /**
   * A year of the 1900s spoken in words, as broadcast transcripts write it: "nineteen ninety-six".
   */
  private static final Pattern SPOKEN_YEAR =
      Fragments.compile(
          "\\bnineteen[\\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
              + "eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              + "(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\\b"
              // "nineteen twenty people", "nineteen forty years": counts, not years
              + "(?![\\s-]+(?:hundred|thousand|million|percent|per\\s+cent|people|years?|of)\\b)");

  private final Lexicon lexicon;
  private final Numbers numbers;
  private final Pattern monthDayYear;
  private final Pattern dayMonthYear;
  private final Pattern monthYear;
  private final Pattern monthAlone;
  private final Pattern monthRelativeYear;

  AbsoluteDateRecognizer(Lexicon lexicon, Fragments f, Numbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    String weekdayPrefix = "(?:(" + f.weekdayAny + ")\\s*,?\\s*)?";
    // "November 27, 2005", "November 27 2005", and on a date line "November 27 - 2005"
    String year =
        "(?:\\s*(?:,|[-\u2013](?=\\s?\\d{4}\\b(?!\\s?[-\u2013/]\\s?\\d)))?\\s*("
            + Fragments.YEAR
            + ")\\b(?![\\d%]))?";
    monthDayYear =
        Fragments.compile(
            "\\b"
                + weekdayPrefix
                + "("
                + f.month
                + ")\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*%|:\\d)"
                + year);
    // a two-digit year only where the date ends its sentence or line: "on 10 Nov 11."
    dayMonthYear =
        Pattern.compile(
            "\\b"
                + weekdayPrefix
                + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
                + f.month
                + ")(?!\\w)"
                + "(?:[ \\t]+['\u2019]?(\\d{2})(?=[ \\t]*(?:[.;|)]|$))|"
                + year
                + ")",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    monthYear =
        Fragments.compile(
            "\\b(" + f.month + ")\\s*,?\\s+(?:of\\s+)?(" + Fragments.YEAR + ")\\b(?![\\d%])");
    // "January next year", "1 January next year", "Jan. 1 next year"
    monthRelativeYear =
        Fragments.compile(
            "\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?("
                + f.monthFull
                + ")(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b");
    monthAlone = Fragments.compile("\\b(" + f.monthFull + ")\\b(?!\\s*\\d)");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(ISO); s.find(m); ) {
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      s.offer(
          m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.day(LocalDate.of(y, mo, d)));
    }
    for (Matcher m = s.matcher(SLASHED); s.find(m); ) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = fullYear(m.group(3));
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.day(a > 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b)));
    }
    for (Matcher m = s.matcher(monthDayYear); s.find(m); ) {
      offerDay(s, m, m.group(1), m.group(2), m.group(3), m.group(4));
    }
    for (Matcher m = s.matcher(dayMonthYear); s.find(m); ) {
      String shortYear = m.group(4) == null ? null : Integer.toString(fullYear(m.group(4)));
      offerDay(
          s, m, m.group(1), m.group(3), m.group(2), m.group(5) != null ? m.group(5) : shortYear);
    }
    for (Matcher m = s.matcher(monthYear); s.find(m); ) {
      Integer mo = lexicon.month(m.group(1));
      if (mo != null && Fragments.capitalised(m.group(1))) {
        int y = Integer.parseInt(m.group(2));
        s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.month(y, mo));
      }
    }
    for (Matcher m = s.matcher(monthRelativeYear); s.find(m); ) {
      Integer mo = lexicon.month(m.group(2));
      if (mo != null
          && Fragments.capitalised(m.group(2))
          && (m.group(1) == null || m.group(3) == null)) {
        String rel = Lexicon.key(m.group(4));
        int y = s.reference.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        String day = m.group(1) != null ? m.group(1) : m.group(3);
        s.offer(
            m.start(),
            m.end(),
            TimexType.DATE,
            PRIORITY,
            () ->
                day == null
                    ? Anchors.month(y, mo)
                    : Anchors.day(LocalDate.of(y, mo, Integer.parseInt(day))));
      }
    }
    for (Matcher m = s.matcher(SPOKEN_YEAR); s.find(m); ) {
      String within = numbers.read(m.group(1)); // "ninety-six" is 96
      if (within != null) {
        int year = 1900 + Integer.parseInt(within);
        s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.year(year));
      }
    }
    for (Matcher m = s.matcher(ORDINAL_CENTURY); s.find(m); ) {
      int n = Ordinals.value(m.group(1));
      if (n >= 1 && n <= 30) {
        s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> String.format("%02d", n - 1));
      }
    }
    for (Matcher m = s.matcher(DECADE_WORD); s.find(m); ) {
      String before = s.text.substring(Math.max(0, m.start() - 40), m.start());
      if (!TEMPERATURE.matcher(before).find()) {
        int digit = DECADE_WORDS.indexOf(Lexicon.key(m.group(1))) + 2;
        s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> "19" + digit);
      }
    }
    for (Matcher m = s.matcher(ORDINAL_DAY); s.find(m); ) {
      int d = Integer.parseInt(m.group(2));
      if (d >= 1 && d <= 31) {
        Tense t = s.tenseAt(m.start(1), m.end(1));
        s.offer(
            m.start(1),
            m.end(1),
            TimexType.DATE,
            PRIORITY,
            () -> Anchors.day(Anchors.dayOfMonth(s.reference, d, t)));
      }
    }
    for (Matcher m = s.matcher(monthAlone); s.find(m); ) {
      Integer mo = lexicon.month(m.group(1));
      if (mo != null && Fragments.capitalised(m.group(1)) && !modalMay(s.text, m)) {
        Tense t = s.monthTenseAt(m.start(), m.end());
        Matcher pair = paired(s, m.end());
        Integer paired = pair == null ? null : pairedYear(pair, mo);
        s.offer(
            m.start(),
            m.end(),
            TimexType.DATE,
            PRIORITY - 1,
            () ->
                Anchors.month(
                    paired != null ? paired : Anchors.yearOfMonth(s.reference, mo, t), mo));
      }
    }
    for (Matcher m = s.matcher(YEAR); s.find(m); ) {
      int y = Integer.parseInt(m.group(1));
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY - 1, () -> Anchors.year(y));
    }
    for (Matcher m = s.matcher(YEAR_RANGE); s.find(m); ) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      boolean shortEnd = m.group(2).length() == 2;
      if (shortEnd) {
        to += from / 100 * 100 + (to < from % 100 ? 100 : 0);
      }
      // "2019-12" is no range (a month, or nothing), nor is a span of centuries
      if (to > from && to - from <= (shortEnd ? 10 : 100)) {
        int last = to;
        s.offer(m.start(1), m.end(1), TimexType.DATE, PRIORITY, () -> Anchors.year(from));
        s.offer(m.start(2), m.end(2), TimexType.DATE, PRIORITY, () -> Anchors.year(last));
      }
    }
    for (Matcher m = s.matcher(NAMED_YEAR); s.find(m); ) {
      int y = Integer.parseInt(m.group(1));
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.year(y));
    }
    for (Matcher m = s.matcher(DECADE); s.find(m); ) {
      String value = m.group(1) != null ? m.group(1) + m.group(2) : "19" + m.group(3);
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> value);
    }
  }

  private void offerDay(
      Scan s,
      Matcher m,
      String weekday,
      String monthWord,
      String dayDigits,
      @Nullable String yearDigits) {
    Integer mo = lexicon.month(monthWord);
    if (mo == null || !Fragments.capitalised(monthWord)) {
      return;
    }
    int d = Integer.parseInt(dayDigits);
    Matcher pair = yearDigits == null ? paired(s, m.end()) : null;
    Integer paired =
        yearDigits != null
            ? Integer.valueOf(yearDigits)
            : pair == null ? null : pairedYear(pair, mo);
    if (paired != null) {
      int y = paired;
      s.offer(
          m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.day(LocalDate.of(y, mo, d)));
      if (pair != null) {
        offerLastDay(s, pair, mo, y);
      }
    } else if (weekdayNumber(weekday) > 0) {
      int dow = weekdayNumber(weekday);
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.day(Anchors.yearByWeekday(s.reference, mo, d, dow)));
    } else {
      Tense t = s.monthTenseAt(m.start(), m.end());
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.day(Anchors.monthDay(s.reference, mo, d, t)));
    }
  }

  /** The date that pairs with a year-less one ending at {@code end} ({@link #PAIRED}), or null. */
  private static @Nullable Matcher paired(Scan s, int end) {
    Matcher p = PAIRED.matcher(s.text).region(end, s.text.length());
    return p.lookingAt() && (p.group(1) != null || p.group(2) != null) ? p : null;
  }

  /**
   * The year that a paired date gives a year-less one in {@code month}, a year less when the paired
   * date's month comes earlier ("December 30 and January 2, 2026"); null when its month word is no
   * month.
   */
  private @Nullable Integer pairedYear(Matcher p, int month) {
    Integer next = p.group(1) == null ? Integer.valueOf(month) : lexicon.month(p.group(1));
    if (next == null) {
      return null;
    }
    int year = Integer.parseInt(p.group(3));
    return next < month ? year - 1 : year;
  }

  /** The day that ends a range within one month: the "24, 2026" of "April 22-24, 2026". */
  private static void offerLastDay(Scan s, Matcher p, int month, int year) {
    if (p.group(1) == null && p.group(2) != null) {
      int last = Integer.parseInt(p.group(2).replaceAll("\\D", ""));
      s.offer(
          p.start(2),
          p.end(3),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.day(LocalDate.of(year, month, last)));
    }
  }

  /**
   * "May" followed by a lower-case word is the verb, unless a preposition puts it in time
   * ("disclosed in May that …").
   */
  private static boolean modalMay(String text, Matcher m) {
    String word = m.group().trim();
    if (!word.regionMatches(true, 0, "may", 0, 3) || word.length() > 3) {
      return false;
    }
    if (IN_TIME.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) {
      return false;
    }
    int after = m.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return after < text.length() && Character.isLowerCase(text.charAt(after));
  }

  private static int fullYear(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  }

  /** The ISO day-of-week number of a weekday name, or 0 when there is none. */
  private int weekdayNumber(@Nullable String word) {
    Integer day = word == null ? null : lexicon.weekday(word);
    return day == null ? 0 : day;
  }
}
