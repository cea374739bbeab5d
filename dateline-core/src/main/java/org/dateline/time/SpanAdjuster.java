package org.dateline.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Final touches on settled expressions, as TimeML marks them: a modifier before a date joins its
 * span ("early 1990s", "the end of 1989", "late Thursday"), and a time of day next to its date
 * becomes one TIME expression ("May 2, 2013, 1:35 pm", "10 p.m. Wednesday").
 */
final class SpanAdjuster {
  private static final Pattern MODIFIER =
      Fragments.compile(
          "(?:\\b(?:early|late|earlier|later|mid|pre-|post-|the\\s+(?:end|beginning|start|middle|rest)\\s+of)[\\s-]*)$");
  // Between a date and its time: a comma, "at", a bar, a dash or "@" ("August 8, 2012 - 4:43 pm"),
  // and on a date line the time of its last update ("21 July 2013 Last updated at 11:11 GMT"); in
  // tokenised text the period of "a.m." stands apart ("7 : 15 a . m . Dec . 7 , 2009")
  private static final Pattern GLUE =
      Fragments.compile(
          "(?:\\s\\.(?=\\s))?\\s*,?\\s*(?:[|@\\-\u2013\u2014]\\s*)?(?:(?:last\\s+)?updated\\s*:?\\s*)?"
              + "(?:local\\s+time\\s*,?\\s*)?(?:at\\s+|on\\s+)?");
  private static final int LOOK_BACK = 24;

  /** A day and a part of it ("2013-07-21TMO"), which a clock time makes precise. */
  private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");

  List<Candidate> adjust(String text, List<Candidate> settled) {
    List<Candidate> out = new ArrayList<>();
    @Nullable Candidate previous = null;
    boolean joined = false;
    for (Candidate c : settled) {
      c = withModifier(text, c, previous);
      // a date and its time join once: "April 30, 2008 at 4:31 AM, updated April 30, 2008" is two
      if (previous != null && !joined && adjacent(text, previous, c)) {
        boolean sameLine = text.substring(previous.end(), c.begin()).indexOf('\n') < 0;
        Candidate merged = merge(previous, c, sameLine);
        if (merged != null && text.charAt(previous.end() - 1) == ')') {
          // a clock with its GMT in brackets keeps its date apart, as annotators keep it ("at
          // 09:10 hours (0440 GMT) on Monday"), but takes the date's day
          out.set(out.size() - 1, previous.withValue(merged.value()));
          merged = null;
        }
        if (merged != null) {
          out.set(out.size() - 1, merged);
          previous = merged;
          joined = true;
          continue;
        }
      }
      out.add(c);
      previous = c;
      joined = false;
    }
    out.replaceAll(SpanAdjuster::inUtc);
    return out;
  }

  /**
   * A time with a zone ("17:40@-300", "17:40@America/New_York") becomes UTC ("22:40Z"); a zone
   * without a full date-time is dropped.
   */
  private static Candidate inUtc(Candidate c) {
    int mark = c.value().indexOf(TimeOfDayRecognizer.ZONE_MARK);
    if (mark < 0) {
      return c;
    }
    String local = c.value().substring(0, mark);
    String value = local;
    if (local.length() >= 16) {
      try {
        String zone = c.value().substring(mark + 1);
        ZoneId id =
            Character.isLetter(zone.charAt(0))
                ? ZoneId.of(zone)
                : ZoneOffset.ofTotalSeconds(Integer.parseInt(zone) * 60);
        LocalDateTime utc =
            LocalDateTime.parse(local)
                .atZone(id)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        value = Anchors.day(utc.toLocalDate()) + "T" + utc.toLocalTime() + "Z";
      } catch (RuntimeException e) {
        value = local; // an unusual date-time or offset keeps its local value
      }
    }
    return c.withValue(value);
  }

  private static Candidate withModifier(String text, Candidate c, @Nullable Candidate previous) {
    if (c.type() != TimexType.DATE && c.type() != TimexType.TIME) {
      return c;
    }
    int floor = Math.max(previous == null ? 0 : previous.end(), c.begin() - LOOK_BACK);
    Matcher m = MODIFIER.matcher(text);
    m.region(floor, c.begin());
    if (!m.find() || m.start() >= c.begin()) {
      return c;
    }
    // TimeML keeps "early 1990s", "late November", "early Tuesday", but leaves "earlier" out of
    // "earlier Friday"
    String word = Lexicon.key(m.group()).replace("-", "").trim();
    boolean keep = !dayOrFiner(c.value()) || word.equals("early") || word.equals("late");
    return keep ? c.withSpan(m.start(), c.end()) : c;
  }

  private static boolean dayOrFiner(String value) {
    return value.length() >= 10
        && Character.isDigit(value.charAt(0))
        && value.charAt(4) == '-'
        && value.charAt(7) == '-';
  }

  private static boolean adjacent(String text, Candidate a, Candidate b) {
    Matcher m = GLUE.matcher(text);
    m.region(a.end(), b.begin());
    return m.matches();
  }

  /**
   * A full date and a time of day on the reference date become the time on that date; so do a clock
   * time and a part of a day ("about 6am on Sunday morning").
   */
  private static @Nullable Candidate merge(Candidate a, Candidate b, boolean sameLine) {
    Candidate date = a.type() == TimexType.DATE ? a : b;
    Candidate time = a.type() == TimexType.TIME ? a : b;
    if (!sameLine) {
      return null; // "5:40 p.m. ET" ending one line, "Early Friday morning" opening the next
    }
    if (a.type() == TimexType.TIME && b.type() == TimexType.TIME) {
      boolean aPart = PART_OF_DAY.matcher(a.value()).matches();
      boolean bPart = PART_OF_DAY.matcher(b.value()).matches();
      if (aPart == bPart) {
        return null;
      }
      date = aPart ? a : b;
      time = aPart ? b : a;
      String day = date.value().substring(0, 10);
      date = new Candidate(date.begin(), date.end(), TimexType.DATE, day, date.priority());
    }
    if (date == time || date.type() != TimexType.DATE || time.type() != TimexType.TIME) {
      return null;
    }
    int t = time.value().indexOf('T');
    if (date.value().length() != 10 || t < 0) {
      return null;
    }
    String value = date.value() + time.value().substring(t);
    return new Candidate(
        a.begin(), b.end(), TimexType.TIME, value, Math.max(a.priority(), b.priority()));
  }
}
