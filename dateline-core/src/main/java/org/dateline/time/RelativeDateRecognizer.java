package org.dateline.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates relative to the reference: "today", "yesterday morning", "last week", "this spring", "next
 * April", "a year ago", "two days later", "the day after". "Ago", "today" and "last week" count
 * from the reference date; "two days later", "the next day" and "the following year" count from the
 * story's own time, which {@link NarrativeAnchor} supplies.
 */
final class RelativeDateRecognizer implements Recognizer {
  private static final int PRIORITY = 2;
  private static final Pattern DEICTIC =
      Fragments.compile(
          "\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow|tonight)\\b"
              + "(?:\\s+(morning|afternoon|evening|night)\\b)?");
  private static final Pattern NEIGHBOUR =
      Fragments.compile(
          "\\bthe\\s+(?:(next|following|previous|preceding)\\s+(day|morning|afternoon|evening|night)"
              + "|(day)\\s+(before|after|earlier|later))\\b");

  /**
   * An event after "the day before/after": a word that is no conjunction ("the day before the
   * crash").
   */
  private static final Pattern OBJECT =
      Fragments.compile("[ \\t]+(?!(?:and|or|but|yesterday|tomorrow|last|next)\\b)[\\p{L}\\d]");

  /** "year to date", "the year-to-date": the reference year so far. */
  private static final Pattern YEAR_TO_DATE =
      Fragments.compile("\\b(?:the\\s+)?year[\\s-]+to[\\s-]+date\\b");

  /** "the week after next", "the year before last": two units away from the reference. */
  private static final Pattern TWO_AWAY =
      Fragments.compile("\\bthe\\s+(week|month|year)\\s+(after\\s+next|before\\s+last)\\b");

  /** A date right before, in apposition: "Oct. 12, the day before the crash". */
  private static final Pattern APPOSITION = Pattern.compile("\\d,\\s*$");

  /**
   * "For the week, the index dropped 3.8%": a week of the reference year that the words leave open
   * (on a Monday it is the week just ended), not "the week of March 6".
   */
  private static final Pattern THE_WEEK = Fragments.compile("\\bthe\\s+week\\b(?!-|\\s+of\\b)");

  /**
   * "by the end of the month": the unit the reference date is in; a part of a named period ("the
   * end of next year") gets its prefix from {@link SpanAdjuster} instead.
   */
  private static final Pattern PART_OF_THE =
      Fragments.compile(
          "\\bthe\\s+(?:end|beginning|start|middle|close|turn)\\s+of\\s+the\\s+"
              + "(week|month|year|quarter|decade)\\b(?![-’'])");

  /**
   * The story's own day or period, named again: "that same day", "later that year", "that night",
   * "earlier in the day".
   */
  private static final Pattern THAT_UNIT =
      Fragments.compile(
          "\\b(?:(?:(?:later|earlier)\\s+)?that\\s+(?:same\\s+)?|(?:later|earlier)\\s+in\\s+the\\s+)"
              + "(day|morning|afternoon|evening|night|week|month|year)\\b(?![-’'])");

  /** Directions of a shift that count from the story's time, not from the page's date. */
  private static final Set<String> FROM_THE_STORY = Set.of("earlier", "later", "before", "after");

  /** "year-earlier profit": the year before, or its quarter in talk of quarters. */
  private static final Pattern YEAR_EARLIER =
      Fragments.compile("\\byear-(?:earlier|ago)\\b(?!\\s+(?:quarter|period|fiscal)\\b)");

  /** Earnings reports: "a year ago" after talk of quarters means the same quarter a year before. */
  private static final Pattern QUARTER_TALK = Fragments.compile("\\bquarter");

  private static final int QUARTER_TALK_WINDOW = 1500;

  private final Lexicon lexicon;
  private final Numbers numbers;
  private final Pattern period;
  private final Pattern shift;

  RelativeDateRecognizer(Lexicon lexicon, Fragments f, Numbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.period =
        Fragments.compile(
            "\\b(the\\s+)?(last|this|next|coming|past|previous|current|following|same)\\s+"
                + "(week|month|year|quarter|decade|century|weekend|spring|summer|fall|autumn|winter|"
                + f.monthFull
                + ")\\b");
    this.shift =
        Fragments.compile(
            "\\b(?:(?:about|almost|nearly|some|roughly|more\\s+than|less\\s+than|"
                + Fragments.EXACT_OR_OVER
                + "|just|only|over|barely)\\s+)?("
                + f.count
                + ")[\\s-]+("
                + f.unit
                // "a day before." ends its clause; "two days before the vote" is a length
                + ")\\s+(ago|earlier|later|from\\s+now|hence|(?:before|after)(?=\\s*(?:[.,;:!?)]|$)))\\b"
                // "a week earlier than planned" is a length of time
                + "(?!\\s+than\\b)");
  }

  @Override
  public void scan(Scan s) {
    LocalDate ref = s.reference;
    for (Matcher m = s.matcher(DEICTIC); s.find(m); ) {
      String word = Lexicon.key(m.group(1));
      int offset =
          word.equals("yesterday")
              ? -1
              : word.equals("tomorrow")
                  ? 1
                  : word.endsWith("before yesterday")
                      ? -2
                      : word.endsWith("after tomorrow") ? 2 : 0;
      String part =
          word.equals("tonight") ? "NI" : m.group(2) == null ? "" : PartsOfDay.code(m.group(2));
      TimexType type = part.isEmpty() ? TimexType.DATE : TimexType.TIME;
      s.offer(
          m.start(),
          m.end(),
          type,
          PRIORITY,
          () -> Anchors.day(ref.plusDays(offset)) + (part.isEmpty() ? "" : "T" + part));
    }
    for (Matcher m = s.matcher(NEIGHBOUR); s.find(m); ) {
      String dir = Lexicon.key(m.group(1) != null ? m.group(1) : m.group(4));
      int offset = dir.startsWith("prev") || dir.equals("before") || dir.equals("earlier") ? -1 : 1;
      // "the day before the crash": the signal and its event stay out of the span, as TimeML has
      // it; "Oct. 12, the day before the crash" is Oct. 12 itself
      boolean event =
          (dir.equals("before") || dir.equals("after"))
              && OBJECT.matcher(s.text).region(m.end(), s.text.length()).lookingAt();
      int end = event ? m.end(3) : m.end();
      int days = event && APPOSITION.matcher(s.text).region(0, m.start()).find() ? 0 : offset;
      s.offerAnchored(m.start(), end, TimexType.DATE, PRIORITY, a -> Anchors.day(a.plusDays(days)));
    }
    for (Matcher m = s.matcher(period); s.find(m); ) {
      offerPeriod(s, m);
    }
    for (Matcher m = s.matcher(YEAR_TO_DATE); s.find(m); ) {
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY + 1, () -> Anchors.year(ref.getYear()));
    }
    for (Matcher m = s.matcher(TWO_AWAY); s.find(m); ) {
      String[] unit = lexicon.units.get(Lexicon.key(m.group(1)));
      int offset = Lexicon.key(m.group(2)).startsWith("after") ? 2 : -2;
      if (unit != null) {
        s.offer(
            m.start(),
            m.end(),
            TimexType.DATE,
            PRIORITY + 1,
            () -> Anchors.period(ref, unit[0], offset));
      }
    }
    for (Matcher m = s.matcher(THAT_UNIT); s.find(m); ) {
      String what = Lexicon.key(m.group(1));
      TimexType type =
          what.equals("day") || what.equals("week") || what.equals("month") || what.equals("year")
              ? TimexType.DATE
              : TimexType.TIME;
      s.offerAnchored(
          m.start(),
          m.end(),
          type,
          PRIORITY,
          a ->
              switch (what) {
                case "day" -> Anchors.day(a);
                case "week" -> Anchors.week(a);
                case "month" -> Anchors.month(a.getYear(), a.getMonthValue());
                case "year" -> Anchors.year(a.getYear());
                default -> Anchors.day(a) + "T" + PartsOfDay.code(what);
              });
    }
    for (Matcher m = s.matcher(PART_OF_THE); s.find(m); ) {
      String what = Lexicon.key(m.group(1));
      String[] unit = lexicon.units.get(what);
      String value =
          what.equals("decade")
              ? Integer.toString(ref.getYear() / 10)
              : Anchors.period(ref, java.util.Objects.requireNonNull(unit, what)[0], 0);
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> value);
    }
    for (Matcher m = s.matcher(THE_WEEK); s.find(m); ) {
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY - 1,
          () -> Anchors.year(ref.getYear()) + "-WXX");
    }
    for (Matcher m = s.matcher(YEAR_EARLIER); s.find(m); ) {
      boolean quarterly = quarterTalk(s.text, m.start());
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> quarterly ? reportedQuarter(ref, 1) : Anchors.year(ref.getYear() - 1));
    }
    for (Matcher m = s.matcher(shift); s.findNearUnit(m); ) {
      String[] unit = lexicon.units.get(Fragments.unitKey(m.group(2)));
      String count = numbers.read(m.group(1));
      if (unit == null || count == null) {
        continue;
      }
      String dir = Lexicon.key(m.group(3));
      int sign = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") ? -1 : 1;
      int n = Numbers.small(count);
      int mult = Integer.parseInt(unit[1]);
      boolean quarterly =
          unit[0].equals("Y") && mult == 1 && sign < 0 && quarterTalk(s.text, m.start());
      String code = unit[0]; // time units (TH, TM, TS) land on the day in Anchors.shift
      if (n >= 0 && !quarterly && FROM_THE_STORY.contains(dir)) {
        // "two days later" counts from the story's time, not from the page's date
        s.offerAnchored(
            m.start(),
            m.end(),
            TimexType.DATE,
            PRIORITY,
            a -> Anchors.shift(a, n, code, mult, sign));
        continue;
      }
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () ->
              n < 0
                  ? (sign < 0 ? "PAST_REF" : "FUTURE_REF")
                  : quarterly ? reportedQuarter(ref, n) : Anchors.shift(ref, n, code, mult, sign));
    }
  }

  /** The last quarter reported by the reference date (the one before it), {@code years} back. */
  private static String reportedQuarter(LocalDate ref, int years) {
    return Anchors.shift(ref.minusMonths(3).minusYears(years), 0, "Q", 1, 1);
  }

  private static boolean quarterTalk(String text, int at) {
    Matcher m = QUARTER_TALK.matcher(text);
    m.region(Math.max(0, at - QUARTER_TALK_WINDOW), at);
    return m.find();
  }

  private void offerPeriod(Scan s, Matcher m) {
    String rel = Lexicon.key(m.group(2));
    String what = Lexicon.key(m.group(3));
    int offset =
        switch (rel) {
          case "last", "previous" -> -1;
          case "next", "coming", "following" -> 1;
          default -> 0;
        };
    LocalDate ref = s.reference;
    String[] unit = lexicon.units.get(what);
    if (rel.equals("past") && unit != null) {
      s.offer(m.start(), m.end(), TimexType.DURATION, PRIORITY, () -> "P" + unit[1] + unit[0]);
      return;
    }
    if (rel.equals("past")) {
      return;
    }
    Integer month = lexicon.month(what);
    if (month != null && !Fragments.capitalised(m.group(3))) {
      return; // "this march" is a walk
    }
    if (month != null) {
      s.offer(
          m.start(),
          m.end(),
          TimexType.DATE,
          PRIORITY,
          () -> {
            int y =
                ref.getYear()
                    + (offset < 0 && month >= ref.getMonthValue()
                        ? -1
                        : offset > 0 && month <= ref.getMonthValue() ? 1 : 0);
            return Anchors.month(y, month);
          });
      return;
    }
    java.util.function.Function<LocalDate, String> value =
        a ->
            switch (what) {
              case "week", "month", "year", "quarter" ->
                  Anchors.period(a, java.util.Objects.requireNonNull(unit, what)[0], offset);
              case "decade" -> Integer.toString(a.getYear() / 10 + offset);
              case "century" -> Integer.toString(a.getYear() / 100 + offset);
              case "weekend" -> Anchors.week(a.plusWeeks(offset)) + "-WE";
              default -> Seasons.relative(a, Seasons.code(what), offset);
            };
    if (m.group(1) != null
        && (rel.equals("following") || rel.equals("previous") || rel.equals("same"))) {
      s.offerAnchored(
          m.start(), m.end(), TimexType.DATE, PRIORITY, value); // "the following year": story time
    } else {
      s.offer(m.start(), m.end(), TimexType.DATE, PRIORITY, () -> value.apply(ref));
    }
  }
}
