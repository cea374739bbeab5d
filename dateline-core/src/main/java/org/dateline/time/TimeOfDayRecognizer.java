package org.dateline.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Times of day on the reference date: "10:35 a.m.", "5 p.m. EST", "14:00 GMT", "around noon",
 * "midnight", "this morning", "last night", "the early hours of Sunday". A neighbouring date is
 * joined to them later ({@link SpanAdjuster}).
 */
final class TimeOfDayRecognizer implements Recognizer {
  private static final int PRIORITY = 3;

  /**
   * A hedge before a time; the look-ahead rejects most positions at one character. "shortly after"
   * is kept in the span as annotators keep it, "just after" is not: there "after" is a signal.
   */
  private static final String HEDGE =
      "(?=[\\dasnmASNM])(?i:(?:about|around|approximately|shortly\\s+(?:before|after))\\s+)?";

  /**
   * Separates a zone offset (minutes east of UTC) from the value until {@link SpanAdjuster} applies
   * it.
   */
  static final char ZONE_MARK = '@';

  private static final Pattern NOON =
      Fragments.compile("\\b" + HEDGE + "(noon|midday|midnight)\\b");

  /**
   * The same clock in another zone, in brackets after the first, as wire copy gives both: "at 1353
   * (1023 GMT)", "at 09:10 hours (0440 GMT)", "1052 GMT (1852 HKT)". Group 3 is GMT or UTC when the
   * brackets give the instant.
   */
  private static final Pattern CONVERTED =
      Fragments.compile(
          "\\s{0,2}\\(\\s{0,2}([01]\\d|2[0-3])\\s{0,2}:?\\s{0,2}([0-5]\\d)\\s{0,2}"
              + "(?:(GMT|UTC)|(?-i:[A-Z]{1,3}T)|local\\s+time)\\s{0,2}\\)");

  /** A word that puts a clock after it: "at 2100 GMT", "from 1900 to 2300 GMT", "(0735 GMT)". */
  private static final Pattern CLOCK_CUE =
      Fragments.compile(
          "(?:\\b(?:at|by|until|till|before|after|from|to|and|between|around|about)|[(:])\\s{0,2}$");

  private static final Pattern PART =
      Fragments.compile(
          "\\b(this|last|early\\s+this|late\\s+this|later\\s+this|earlier\\s+this)\\s+"
              + "(morning|afternoon|evening|night)\\b");

  private final Lexicon lexicon;
  private final Pattern earlyHours;
  private final Pattern clock;
  private final Pattern twentyFour;
  private final Pattern atClock;
  private final Pattern afterYear;
  private final Pattern wire;

  TimeOfDayRecognizer(Lexicon lexicon, Fragments fragments) {
    this.lexicon = lexicon;
    // "the early hours of Sunday morning", "the small hours": a time of night, not a duration
    earlyHours =
        Fragments.compile(
            "\\bthe\\s+(?:early|small|wee)\\s+hours(?:\\s+of\\s+(?:the\\s+morning|("
                + Lexicon.alternation(lexicon.weekdays.keySet())
                + ")(?:\\s+morning)?))?\\b");
    String zones = Lexicon.alternation(lexicon.zoneNames);
    // "GMT+01:00", "UTC-5" or a zone name ("EDT", "UK")
    String zone =
        "(?:\\s*\\(?\\b((?:GMT|UTC)\\s*[+\\-\u2212]\\s*\\d{1,2}(?:\\s*:\\s*\\d{1,2})?|"
            + zones
            + ")\\b\\)?)?";
    // "p.m." keeps its period; a period set apart ("p . m .") ends the sentence unless a zone
    // follows it (annotators split both ways on the set-apart period; "3 : 33 a . m ." is the
    // more common)
    String period = "(?:\\.|\\s\\.(?=\\s*\\(?" + zones + "\\b))?";
    String seconds = "(?:\\s*:\\s*([0-5]\\d))?";
    clock =
        Fragments.compile(
            "\\b"
                + HEDGE
                + "(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2})"
                + seconds
                + ")?\\s*(?:([ap])(?:\\s*\\.\\s*m\\b"
                + period
                + "|\\s*m\\b))" // "6am." ends a sentence; only "a.m." keeps a period
                + zone);
    String hhmm = "\\b([01]?\\d|2[0-3])\\s*:\\s*([0-5]\\d)" + seconds + "\\b(?!\\s*[ap]\\.?m)";
    // a date that follows a clock on its line: "15:48 15/09/2013", "14:25 Sun Sep 15 2013"
    String dateAfter =
        "(?:"
            + fragments.weekdayAny
            + "|"
            + fragments.month
            + "|\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{2,4})\\b";
    // a 24-hour clock needs "hours" ("09:10 hours"), a zone or a date after it
    twentyFour =
        Pattern.compile(
            HEDGE
                + hhmm
                + "(?:\\s*hours\\b|(?=\\s*(?:[A-Z]{2,4}\\b|h\\b|local\\s+time)|[ \\t]{1,2},?[ \\t]{0,2}(?i:"
                + dateAfter
                + ")))"
                + zone);
    // or "at" before it and two digits of hour: "at 16:30", "at about 09:15"; not the clock of a
    // round or a race ("stopped the fight at 2:56")
    atClock =
        Pattern.compile(
            "(?<=\\bat\\s{1,2})"
                + HEDGE
                // "at 6:45 tomorrow", but not "at 8:30 pace" or a bout's "at 2:56 of the third
                // round"
                + "(?=\\d\\d|\\d:)"
                + hhmm
                + "(?!\\s*[:.]?\\s*\\d|\\s+(?:pace|per|a\\s+mile|min|of|into|left|remaining)\\b)"
                + zone);
    // a 24-hour clock straight after a written date: "March 12, 2013 02:03", "16 September 2013
    // 03.31 BST"
    afterYear =
        Pattern.compile(
            "(?=\\d)(?<=\\d{4}\\s{0,2},?\\s{0,2}(?:-\\s{0,2})?)"
                + "\\b([01]?\\d|2[0-3])\\s*[:.]\\s*([0-5]\\d)"
                + seconds
                + "\\b"
                + "(?!\\s*[:.]?\\s*\\d|\\s*[ap]\\.?\\s*m)"
                + zone);
    // a four-digit clock as wire copy writes it: "at 1023 GMT", "0600 local time"; or after "at"
    // when a clock in GMT follows it in brackets ("at 1353 (1023 GMT)")
    wire =
        Fragments.compile(
            "\\b"
                + HEDGE
                + "([01]\\d|2[0-3])([0-5]\\d)(?:\\s{0,2}(GMT|UTC)\\b|\\s{1,2}local\\s+time\\b|"
                + "(?<=\\bat\\s{1,2}(?:(?:about|around)\\s{1,2})?\\d{4})(?=\\s{0,2}\\(\\s{0,2}\\d\\d\\s{0,2}:?\\s{0,2}\\d\\d\\s{0,2}(?:GMT|UTC)))");
  }

  @Override
  public void scan(Scan s) {
    LocalDate ref = s.reference;
    for (Matcher m = s.matcher(clock); s.find(m); ) {
      int h = Integer.parseInt(m.group(1));
      int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      boolean pm = Character.toLowerCase(m.group(4).charAt(0)) == 'p';
      if (h < 1 || h > 12 || min > 59) {
        continue;
      }
      int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
      offerClock(s, m, hour * 60 + min, at(ref, hour, min, m.group(3)), zone(m.group(5)));
    }
    for (Pattern p : new Pattern[] {twentyFour, atClock, afterYear}) {
      for (Matcher m = s.matcher(p); s.find(m); ) {
        int hour = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        offerClock(s, m, hour * 60 + min, at(ref, hour, min, m.group(3)), zone(m.group(4)));
      }
    }
    for (Matcher m = s.matcher(wire); s.find(m); ) {
      int hour = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      if (hour >= 19
          && !CLOCK_CUE.matcher(s.text).region(Math.max(0, m.start(1) - 12), m.start(1)).find()) {
        continue; // "in 2019 GMT changed hands": a year, not a clock
      }
      String gmt = m.group(3) == null ? "" : ZONE_MARK + "0";
      offerClock(s, m, hour * 60 + min, at(ref, hour, min, null), gmt);
    }
    for (Matcher m = s.matcher(NOON); s.find(m); ) {
      boolean midnight = m.group(1).toLowerCase(Locale.ROOT).equals("midnight");
      s.offer(
          m.start(),
          m.end(),
          TimexType.TIME,
          PRIORITY,
          () -> Anchors.day(ref) + (midnight ? "T24:00" : "T12:00"));
    }
    for (Matcher m = s.matcher(earlyHours); s.find(m); ) {
      Integer dow = m.group(1) == null ? null : lexicon.weekday(m.group(1));
      LocalDate day = dow == null ? ref : Anchors.weekday(ref, dow, s.tenseAt(m.start(), m.end()));
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> Anchors.day(day) + "TMO");
    }
    for (Matcher m = s.matcher(PART); s.find(m); ) {
      String part = PartsOfDay.code(m.group(2));
      LocalDate day = Lexicon.key(m.group(1)).equals("last") ? ref.minusDays(1) : ref;
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> Anchors.day(day) + "T" + part);
    }
  }

  /**
   * Offers a clock, with the same clock in another zone in brackets after it if there is one
   * ({@link #CONVERTED}); a clock in GMT there gives the zone, as the offset between the two that
   * lies within twelve hours.
   */
  private static void offerClock(
      Scan s, Matcher clock, int minuteOfDay, String local, String zone) {
    Matcher other = CONVERTED.matcher(s.text).region(clock.end(), s.text.length());
    if (!other.lookingAt()) {
      s.offer(clock.start(), clock.end(), TimexType.TIME, PRIORITY, () -> local + zone);
    } else if (other.group(3) == null) {
      s.offer(clock.start(), other.end(), TimexType.TIME, PRIORITY, () -> local + zone);
    } else {
      int utc = Integer.parseInt(other.group(1)) * 60 + Integer.parseInt(other.group(2));
      int offset = Math.floorMod(minuteOfDay - utc + 720, 1440) - 720;
      s.offer(
          clock.start(), other.end(), TimexType.TIME, PRIORITY, () -> local + ZONE_MARK + offset);
    }
  }

  /**
   * The zone mark and the zone: minutes east of UTC ("GMT+01:00" is 60), or a region whose rules
   * know its daylight time ("ET" is America/New_York).
   */
  private String zone(@Nullable String written) {
    if (written == null) {
      return "";
    }
    String w = Lexicon.zoneKey(written);
    if (w.startsWith("GMT") || w.startsWith("UTC")) {
      if (w.length() > 3) {
        int sign = w.charAt(3) == '-' || w.charAt(3) == '\u2212' ? -1 : 1;
        String[] hm = w.substring(4).split(":");
        int minutes = Integer.parseInt(hm[0]) * 60 + (hm.length > 1 ? Integer.parseInt(hm[1]) : 0);
        return ZONE_MARK + Integer.toString(sign * minutes);
      }
    }
    String zone = lexicon.zones.get(w);
    return zone == null ? "" : ZONE_MARK + zone;
  }

  private static String at(LocalDate day, int hour, int minute, @Nullable String seconds) {
    return Anchors.day(day)
        + "T"
        + (hour < 10 ? "0" : "")
        + hour
        + ":"
        + (minute < 10 ? "0" : "")
        + minute
        + (seconds == null ? "" : ":" + seconds);
  }
}
