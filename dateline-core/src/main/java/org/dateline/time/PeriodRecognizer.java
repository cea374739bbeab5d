package org.dateline.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Named parts of a year as financial news writes them: "the third quarter", "third-quarter", "the
 * fiscal first quarter of 1990", "the quarter" (the last one reported), "the year-earlier quarter",
 * "the first half", "the year" (a length, as TimeBank mostly reads it), "year-end", "the weekend",
 * "summer 2013", "the winter of 1994".
 */
final class PeriodRecognizer implements Recognizer {
  private static final int PRIORITY = 3;
  private static final Pattern NUMBERED_QUARTER =
      Fragments.compile(
          "\\b(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?"
              + "(?:(this|last|next)\\s+year'?s\\s+|(year-earlier|year-ago|(?:19|20)\\d{2})\\s+)?"
              + "(first|second|third|fourth|1st|2nd|3rd|4th|(?:latter|last|back)"
              + "(?=\\s+half\\s+of\\s+(?:(?:fiscal\\s+)?(?:19|20)\\d{2}\\b|(?:this|last|next|the)\\s+year\\b)))"
              + "(?:[\\s-]+(?:fiscal|calendar))?([\\s-]+)(quarter|half)\\b"
              // "for the third quarter in a row" counts quarters
              + "(?!\\s+(?:in\\s+a\\s+row|running|in\\s+succession)\\b)"
              + "(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?((?:19|20)\\d{2})\\b|(this|last|next)\\s+year\\b|the\\s+year\\b))?");
  private static final Pattern Q_CODE =
      Pattern.compile("\\b(?:Q([1-4])|([1-4])Q)(?:\\s+of)?\\s*'?((?:19|20)\\d{2})\\b");

  /**
   * "Q3" with no year where a period stands ({@link #PERIOD_BEFORE}); not a model's name ("the Audi
   * Q3") nor "Q2 of" something.
   */
  private static final Pattern Q_ALONE = Pattern.compile("\\bQ([1-4])\\b(?!\\s*'?\\d|\\s+of\\b)");

  /** What stands before a period: a preposition or determiner, or a sentence's start. */
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:in|for|during|of|the|its|their|since|by|from|to|and|through)\\s"
              + "|(?:^|[.!?]\\s{1,2}|\\n))$");

  /** A word after the code, as "Q3 revenue" opening a sentence has; not "Q1." numbering. */
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+\\p{L}");

  private static final Pattern THE_QUARTER =
      Fragments.compile(
          "\\bthe\\s+(?:(latest|last|past|previous|current|same|most\\s+recent|year-earlier|year-ago|comparable|"
              + "year-earlier\\s+fiscal|fiscal|(?:19|20)\\d{2})\\s+)?(quarter|period)\\b");
  private static final Pattern THE_YEAR =
      Fragments.compile("\\bthe\\s+(current\\s+|present\\s+)?(fiscal\\s+|calendar\\s+)?year\\b");

  /** A part of the year before it: "months of", "half of". */
  private static final Pattern PART_OF =
      Pattern.compile("(?i)\\b(?:months|weeks|half|quarter)\\s+of\\s+$");

  private static final Pattern YEAR_END = Fragments.compile("\\b(?:the\\s+)?year[\\s-]end\\b");
  private static final Pattern THE_WEEKEND = Fragments.compile("\\bthe\\s+weekend\\b");
  private static final Pattern SEASON_YEAR =
      Fragments.compile(
          "\\b(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern THE_SEASON =
      Fragments.compile("\\bthe\\s+(spring|summer|autumn|winter)\\b");

  @Override
  public void scan(Scan s) {
    LocalDate ref = s.reference;
    for (Matcher m = s.matcher(NUMBERED_QUARTER); s.find(m); ) {
      int n = ordinal(m.group(3));
      boolean half = Lexicon.key(m.group(5)).equals("half");
      if (half && n > 2) {
        continue;
      }
      String before = m.group(2) == null ? "" : Lexicon.key(m.group(2));
      int year =
          before.startsWith("year")
              ? yearOf(ref, null, null, n, half) - 1
              : yearOf(
                  ref,
                  before.isEmpty() ? m.group(6) : before,
                  m.group(1) != null ? m.group(1) : m.group(7),
                  n,
                  half);
      // "the third-quarter results": the adjective leaves its determiner out, as in TimeML
      boolean the = m.group().regionMatches(true, 0, "the", 0, 3);
      int begin = m.start();
      if (m.group(4).contains("-") && m.group(1) == null && the) {
        begin += 3;
        while (Character.isWhitespace(s.text.charAt(begin))) {
          begin++;
        }
      }
      s.offer(
          begin,
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.year(year) + (half ? "-H" : "-Q") + n);
    }
    for (Matcher m = s.matcher(Q_CODE); s.find(m); ) {
      int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      int year = Integer.parseInt(m.group(3));
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.quarter(year, n));
    }
    for (Matcher m = s.matcher(Q_ALONE); s.find(m); ) {
      Matcher before = PERIOD_BEFORE.matcher(s.text).region(Math.max(0, m.start() - 9), m.start());
      if (!before.find()) {
        continue;
      }
      int last = m.start() - 1;
      while (last >= 0 && Character.isWhitespace(s.text.charAt(last))) {
        last--;
      }
      boolean opening = last < 0 || !Character.isLetter(s.text.charAt(last));
      if (opening && !WORD_AFTER.matcher(s.text).region(m.end(), s.text.length()).find()) {
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      int year = yearOf(ref, null, null, n, false);
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.quarter(year, n));
    }
    for (Matcher m = s.matcher(THE_QUARTER); s.find(m); ) {
      String mod = m.group(1) == null ? "" : Lexicon.key(m.group(1));
      boolean period = Lexicon.key(m.group(2)).equals("period");
      if (period && !mod.startsWith("year") && !mod.equals("latest") && !mod.equals("comparable")) {
        continue;
      }
      LocalDate q = mod.equals("current") ? ref : ref.minusMonths(3);
      LocalDate at =
          mod.startsWith("year")
              ? q.minusYears(1)
              : Character.isDigit(mod.isEmpty() ? 'x' : mod.charAt(0))
                  ? q.withYear(Integer.parseInt(mod))
                  : q;
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> Anchors.quarter(at.getYear(), Anchors.quarterOf(at)));
    }
    for (Matcher m = s.matcher(THE_YEAR); s.find(m); ) {
      // "for the year" is mostly a length in TimeBank; "the current year" is the year itself, as
      // is the year a part is taken of ("the first nine months of the year")
      boolean current =
          m.group(1) != null
              || PART_OF.matcher(s.text).region(Math.max(0, m.start() - 16), m.start()).find();
      s.offer(
          m.start(),
          m.end(),
          current ? TimexType.DATE : TimexType.DURATION,
          PRIORITY - 1,
          () -> current ? Anchors.year(ref.getYear()) : "P1Y");
    }
    for (Matcher m = s.matcher(YEAR_END); s.find(m); ) {
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.year(ref.getYear()));
    }
    for (Matcher m = s.matcher(THE_WEEKEND); s.find(m); ) {
      // "will stay closed through the weekend" is the coming one; else the last one
      LocalDate saturday = Anchors.weekday(ref, 6, s.tenseAt(m.start(), m.end()));
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.week(saturday) + "-WE");
    }
    for (Matcher m = s.matcher(SEASON_YEAR); s.find(m); ) {
      int year = Integer.parseInt(m.group(2));
      String code = Seasons.code(m.group(1));
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> Anchors.year(year) + "-" + code);
    }
    for (Matcher m = s.matcher(THE_SEASON); s.find(m); ) {
      String code = Seasons.code(m.group(1));
      s.offer(
          m.start(), m.end(), TimexType.DATE, PRIORITY - 1, () -> Seasons.relative(ref, code, 0));
    }
  }

  /**
   * The year a numbered quarter or half belongs to: stated, relative, or the latest one not after
   * the reference.
   */
  private static int yearOf(
      LocalDate ref, @Nullable String digits, @Nullable String relative, int n, boolean half) {
    if (digits != null) {
      return Integer.parseInt(digits);
    }
    int y = ref.getYear();
    if (relative != null) {
      String r = relative.toLowerCase(Locale.ROOT);
      return r.equals("last") ? y - 1 : r.equals("next") ? y + 1 : y;
    }
    int current = half ? (ref.getMonthValue() <= 6 ? 1 : 2) : Anchors.quarterOf(ref);
    return n > current && ref.getMonthValue() <= 3 ? y - 1 : y;
  }

  /** The number of a quarter or half; "the latter half", "the last half of" are the second. */
  private static int ordinal(String word) {
    char c = Character.toLowerCase(word.charAt(0));
    return c == 'f'
        ? (word.length() > 4 && Character.toLowerCase(word.charAt(1)) == 'o' ? 4 : 1)
        : c == 's' || c == '2' || c == 'l' || c == 'b'
            ? 2
            : c == 't' || c == '3' ? 3 : c == '1' ? 1 : 4;
  }
}
