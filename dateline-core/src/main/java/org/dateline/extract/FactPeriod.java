package org.dateline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * Which time expression in a sentence dates a figure: the nearest dated one, not the day the report
 * was made ("said on Monday"), the time of a comparison's baseline ("down from 72% in 2019") nor
 * one that another figure owns. Stateless.
 */
final class FactPeriod {
  /**
   * Before a day, what makes it the report's day, not the figure's: "…, the company said on Monday"
   * (but "said third-quarter net income dropped" names the figure's period).
   */
  private static final Pattern SAID_WHEN =
      Pattern.compile(
          "(?i)\\b(?:said|says|reported|announced|added|stated|told\\s+(?:reporters|journalists))"
              + "\\s+(?:on\\s+|late\\s+|early\\s+)?$");

  /** What may stand between a figure and the time that dates it: "0.3% in the second quarter". */
  private static final Pattern ATTACHED =
      Pattern.compile("(?i)\\s*(?:(?:in|during|for|on|at|by|over)\\s+)?(?:the\\s+)?");

  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");

  /**
   * A comparison's baseline, right before a figure or a time, perhaps after a few words: "down from
   * 72% in 2019", "up from the same quarter in 2023".
   */
  private static final Pattern BASELINE =
      Pattern.compile(
          "(?i)\\b(?:from|than|against|versus|compared (?:with|to))\\s+(?-i:[a-z]+\\s+){0,4}?$");

  /**
   * What shows a comparison before its "from": a figure, a word of change, or points counted in
   * words ("down nearly five points from the 2020 election").
   */
  private static final Pattern COMPARED =
      Pattern.compile("(?i)[\\d%]|\\b(?:up|down|unchanged|higher|lower|points?)\\b");

  /**
   * What makes "from June" a range rather than a baseline: "from June to August", not "from a year
   * earlier to $3 billion".
   */
  private static final Pattern RANGE_END =
      Pattern.compile(
          "(?i)^\\s+(?:to|through|until|-|–)\\s"
              + "(?!\\s*(?:[$€£¥₹]|\\d[\\d.,]*\\s?(?:%|per\\s?cent|percent|million|billion|bn)))");

  /** "up 12% on a year earlier": the offset a change is measured against, after "on". */
  private static final Pattern ON_OFFSET = Pattern.compile("(?i)\\bon\\s+$");

  /**
   * A span of a month or longer that the page's own date would fix ("the first 11 months of this
   * year").
   */
  private static final Pattern SPAN_UNIT =
      Pattern.compile("(?i)\\b(?:year|month|quarter|half|season)s?\\b");

  /**
   * A time counted from another ("a year earlier", "the previous year"): a comparison's baseline.
   */
  private static final Pattern OFFSET =
      Pattern.compile("(?i)\\b(?:ago|earlier|before|previous|prior|later|after)\\b|year-");

  /** How far before a figure or a time a baseline's "from" may stand. */
  private static final int BASELINE_REACH = 48;

  private FactPeriod() {}

  /**
   * The value of the dated expression nearest to the figure at {@code [begin, end)} of the
   * sentence, skipping durations, "now" and the baseline of a comparison ("its lowest level since
   * July"). One with no other figure between them comes first ("$96.7 billion in May from $81.7
   * billion in April"); then the fewest characters between them; on a tie the one after it. Null
   * when that expression is a span the page's date would fix and has no value: "the first 11 months
   * of this year" on an undated page is the figure's period even unresolved, and a year named
   * further off is not. An unresolved day ("Friday") or offset ("a year earlier") leaves the choice
   * to the others.
   */
  static @Nullable String of(
      String sentence, List<TimeMention> times, int begin, int end, List<int[]> figures) {
    TimeMention best = null;
    long bestDistance = Long.MAX_VALUE;
    for (TimeMention t : times) {
      String value = t.value();
      if (SINCE.matcher(sentence).region(Math.max(0, t.begin() - 7), t.begin()).find()
          || value != null
              && value.length() >= 10
              && SAID_WHEN.matcher(sentence).region(Math.max(0, t.begin() - 40), t.begin()).find()
          || baseline(sentence, t.begin()) && !RANGE_END.matcher(sentence.substring(t.end())).find()
          || OFFSET.matcher(t.text()).find()
              && ON_OFFSET.matcher(sentence).region(Math.max(0, t.begin() - 4), t.begin()).find()
          || t.begin() >= end && ownedByBaseline(sentence, figures, end, t)
          || t.end() <= begin && ownedByEarlier(sentence, figures, begin, end, t)
          || !t.type().equals("DATE")
          || value == null && !unresolvedSpan(t.text())
          || value != null && (value.startsWith("P") || value.equals("PRESENT_REF"))) {
        continue;
      }
      int d = t.begin() >= end ? t.begin() - end : Math.max(0, begin - t.end()) + 1;
      long crossed =
          figures.stream()
              .filter(f -> between(f[0], t, begin) && !joined(sentence, f, begin, end))
              .count();
      long cost = crossed * sentence.length() * 2L + d;
      if (cost < bestDistance) {
        best = t;
        bestDistance = cost;
      }
    }
    return best == null ? null : CumulativePeriod.of(sentence, best, times);
  }

  /**
   * Whether a comparison's "from", "than" or "compared with" stands right before {@code at}, after
   * a figure or a word of change: not the "from" of a source ("data from the 2025 Index").
   */
  static boolean baseline(String sentence, int at) {
    Matcher m = BASELINE.matcher(sentence).region(Math.max(0, at - BASELINE_REACH), at);
    return m.find()
        && COMPARED.matcher(sentence).region(Math.max(0, m.start() - 12), m.start()).find();
  }

  /**
   * Whether a comparison's "from", "than" or "compared with" stands a few words before {@code at}.
   */
  static boolean baselineWordBefore(String sentence, int at) {
    return BASELINE.matcher(sentence).region(Math.max(0, at - BASELINE_REACH), at).find();
  }

  /**
   * Whether a baseline figure stands between the figure ending at {@code end} and the time after
   * it, which then dates the baseline: "60% …, down from 72% in 2019".
   */
  private static boolean ownedByBaseline(
      String sentence, List<int[]> figures, int end, TimeMention t) {
    for (int[] f : figures) {
      if (f[0] >= end && f[0] < t.begin() && baseline(sentence, f[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the time before the figure at {@code [begin, end)} follows another figure with only a
   * preposition between, and a comma then parts it from this one, so that it dates only the other:
   * "shrank 0.3% in the second quarter, after growth of 0.1% in the first" (but "$9,100 in 2024 and
   * premiums averaged $12,400" share it).
   */
  private static boolean ownedByEarlier(
      String sentence, List<int[]> figures, int begin, int end, TimeMention t) {
    for (int[] f : figures) {
      if (f[1] <= t.begin()
          && f[0] < begin
          && ATTACHED.matcher(sentence.substring(f[1], t.begin())).matches()
          && Tok.anyOf(sentence, t.end(), begin, ",;")
          && !joined(sentence, f, begin, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether another figure stands between a time expression and the figure at {@code begin}. */
  private static boolean between(int figure, TimeMention t, int begin) {
    return t.begin() >= begin
        ? figure > begin && figure < t.begin()
        : figure >= t.end() && figure < begin;
  }

  /**
   * Whether another figure is one with the figure at {@code [begin, end)}: the other end of a range
   * ("from 4% to 10.9%") or the same sum in another currency ("4.7 billion francs ($754.4
   * million)").
   */
  private static boolean joined(String sentence, int[] other, int begin, int end) {
    String gap =
        other[0] >= end
            ? sentence.substring(end, other[0])
            : sentence.substring(Math.min(other[1], begin), begin);
    return FactReader.RANGE_JOINT.matcher(gap).matches() || gap.strip().equals("(");
  }

  private static boolean unresolvedSpan(String time) {
    return SPAN_UNIT.matcher(time).find() && !OFFSET.matcher(time).find();
  }

  /** Whether {@code pos} falls inside one of the time expressions. */
  static boolean insideTime(int pos, List<TimeMention> times) {
    for (TimeMention t : times) {
      if (pos >= t.begin() && pos < t.end()) {
        return true;
      }
    }
    return false;
  }
}
