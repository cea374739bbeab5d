package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The time expressions of a text, each marked by whether the text states it in full. A text is
 * tagged against two reference dates a century apart: an expression whose value is the same under
 * both is stated ("Feb. 9, 2021", "in 2022"); one whose value moves leans on the page's own date
 * ("Nov 3", "on Monday", "last year"). Page dating reads the first kind as evidence and the second
 * as what the evidence must agree with.
 */
final class StatedTimes {
  static final LocalDate EARLY = LocalDate.of(1950, 6, 15);
  // a century later, and on another month, day and weekday, so that only what the text states
  // survives both readings ("Nov 3" keeps its month and day; "today" and "a month earlier" do not)
  static final LocalDate LATE = LocalDate.of(2050, 3, 23);

  /**
   * One expression.
   *
   * @param expression as read against the earlier reference date
   * @param stated whether the later reference date gives the same span and value
   * @param partial the value as far as the text states it: the value when stated; the value with
   *     its year left open ({@code XXXX-11-03}, TimeML's form) when only the year moved; else null
   */
  record Reading(TimeExpression expression, boolean stated, @Nullable String partial) {}

  private StatedTimes() {}

  /** Every expression of the text in text order. */
  static List<Reading> read(TemporalTagger tagger, String text) {
    return between(tagger, text, EARLY, LATE);
  }

  /**
   * Every expression of the text in text order, read against the first and the last day a page
   * dated only to its month or year may have: "stated" then means that the value holds on any day
   * of that span ("in September" on a page of November 2024), and "partial" leaves open what does
   * not.
   */
  static List<Reading> between(
      TemporalTagger tagger, String text, LocalDate first, LocalDate last) {
    List<TimeExpression> early = tagger.tag(text, first);
    // the later reading is compared only where the earlier one found something
    List<TimeExpression> late = tagger.tag(text, last, around(early, text.length()));
    List<Reading> out = new ArrayList<>(early.size());
    int j = 0;
    for (TimeExpression e : early) {
      while (j < late.size() && late.get(j).begin() < e.begin()) {
        j++;
      }
      boolean same =
          j < late.size() && late.get(j).begin() == e.begin() && late.get(j).end() == e.end();
      String other = same ? late.get(j).value() : null;
      boolean stated = other != null && other.equals(e.value());
      out.add(new Reading(e, stated, stated ? e.value() : yearOpen(e.value(), other)));
    }
    return out;
  }

  /** Stretches of {@link Windows#MARGIN} characters around each expression, merged. */
  private static Windows.Stretches around(List<TimeExpression> found, int length) {
    Windows.Spans spans = new Windows.Spans();
    for (TimeExpression e : found) {
      spans.add(
          Math.max(0, e.begin() - Windows.MARGIN), Math.min(length, e.end() + Windows.MARGIN));
    }
    int[] done = spans.done();
    return new Windows.Stretches(done, done);
  }

  /**
   * "XXXX-11-03" from "1950-11-03" and "2050-11-03"; null unless only the year differs and
   * something besides the year is left.
   */
  private static @Nullable String yearOpen(String early, @Nullable String late) {
    if (late == null
        || early.length() != late.length()
        || early.length() <= 4
        || !early.substring(4).equals(late.substring(4))) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(early.charAt(i)) || !Character.isDigit(late.charAt(i))) {
        return null;
      }
    }
    return "XXXX" + early.substring(4);
  }
}
