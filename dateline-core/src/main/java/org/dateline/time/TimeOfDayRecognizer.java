package org.dateline.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day on the reference date: "10:35 a.m.", "5 p.m. EST", "14:00 GMT", "around noon", "midnight",
 * "this morning", "last night". A neighbouring date is joined to them later ({@link SpanAdjuster}).
 */
final class TimeOfDayRecognizer implements Recognizer {
  private static final int PRIORITY = 3;
  private static final String HEDGE = "(?:(?:about|around|approximately|shortly\\s+(?:before|after)|just\\s+"
      + "(?:before|after))\\s+)?";
  private static final String ZONE = "(?:\\s*\\(?\\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT|GMT|UTC|BST)\\b\\)?)?";
  private static final Pattern CLOCK = Fragments.compile("\\b" + HEDGE
      + "(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2}))?\\s*(?:([ap])\\s*\\.?\\s*m\\b(?:\\s?\\.)?)" + ZONE);
  private static final Pattern TWENTY_FOUR = Pattern.compile("\\b" + HEDGE + "([01]?\\d|2[0-3])\\s*:\\s*([0-5]\\d)\\b"
      + "(?!\\s*[ap]\\.?m)(?=\\s*(?:GMT|UTC|hours|h\\b|local\\s+time))(?:\\s*(?:GMT|UTC))?");
  private static final Pattern NOON = Fragments.compile("\\b" + HEDGE + "(noon|midday|midnight)\\b");
  private static final Pattern PART = Fragments.compile(
      "\\b(this|last|early\\s+this|late\\s+this|later\\s+this|earlier\\s+this)\\s+(morning|afternoon|evening|night)\\b");

  @Override
  public void scan(Scan s) {
    LocalDate ref = s.reference;
    for (Matcher m = CLOCK.matcher(s.text); m.find(); ) {
      int h = Integer.parseInt(m.group(1));
      int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
      if (h < 1 || h > 12 || min > 59) {
        continue;
      }
      int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> at(ref, hour, min));
    }
    for (Matcher m = TWENTY_FOUR.matcher(s.text); m.find(); ) {
      int hour = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> at(ref, hour, min));
    }
    for (Matcher m = NOON.matcher(s.text); m.find(); ) {
      boolean midnight = m.group(1).toLowerCase(Locale.ROOT).equals("midnight");
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> Anchors.day(ref) + (midnight ? "T24:00" : "T12:00"));
    }
    for (Matcher m = PART.matcher(s.text); m.find(); ) {
      String part = PartsOfDay.code(m.group(2));
      LocalDate day = Lexicon.key(m.group(1)).equals("last") ? ref.minusDays(1) : ref;
      s.offer(m.start(), m.end(), TimexType.TIME, PRIORITY, () -> Anchors.day(day) + "T" + part);
    }
  }

  private static String at(LocalDate day, int hour, int minute) {
    return Anchors.day(day) + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
  }
}
