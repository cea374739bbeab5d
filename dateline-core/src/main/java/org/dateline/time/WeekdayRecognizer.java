package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: "Friday", "last Monday", "next Tuesday", "Friday morning", and "Tuesdays" or "Tuesday
 * nights" as sets. A bare weekday is the most recent one in a report and the coming one in a plan.
 */
final class WeekdayRecognizer implements Recognizer {
  private static final int PRIORITY = 2;

  private final Lexicon lexicon;
  private final Pattern pattern;

  WeekdayRecognizer(Lexicon lexicon, Fragments f) {
    this.lexicon = lexicon;
    this.pattern =
        Fragments.compile(
            "\\b(?:(last|next|this|coming|past|previous|this\\s+coming)\\s+)?("
                + f.weekday
                + ")(s)?\\b(?:\\s+(morning|afternoon|evening|night)(s)?\\b)?");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(pattern); s.find(m); ) {
      Integer dow = lexicon.weekday(m.group(2));
      if (dow == null || !Fragments.capitalised(m.group(2))) {
        continue;
      }
      String part = m.group(4) == null ? "" : PartsOfDay.code(m.group(4));
      boolean plural = m.group(3) != null || m.group(5) != null;
      if (plural && m.group(1) == null) {
        String suffix = part.isEmpty() ? "" : "T" + part;
        s.offer(m.start(), m.end(), TimexType.SET, PRIORITY, () -> "XXXX-WXX-" + dow + suffix);
        continue;
      }
      if (m.group(3) != null) {
        continue;
      }
      String modifier = m.group(1) == null ? "" : Lexicon.key(m.group(1));
      Tense tense = s.tenseAt(m.start(), m.end());
      TimexType type = part.isEmpty() ? TimexType.DATE : TimexType.TIME;
      s.offer(
          m.start(),
          m.end(),
          type,
          PRIORITY,
          () ->
              Anchors.day(resolve(s.reference, dow, modifier, tense))
                  + (part.isEmpty() ? "" : "T" + part));
    }
  }

  static LocalDate resolve(LocalDate ref, int dow, String modifier, Tense tense) {
    DayOfWeek day = DayOfWeek.of(dow);
    switch (modifier) {
      case "last":
      case "past":
      case "previous":
        return ref.with(TemporalAdjusters.previous(day));
      case "next":
      case "coming":
      case "this coming":
        return ref.with(TemporalAdjusters.next(day));
      case "this":
        return ref.with(day);
      default:
        return Anchors.weekday(ref, dow, tense);
    }
  }
}
