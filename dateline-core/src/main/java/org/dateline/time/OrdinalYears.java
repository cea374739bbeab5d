package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ordinal phrases that fix a page's year from a year the text itself states. "The 75th anniversary
 * of the 1949 founding" falls in 2024, and so does "founded in 1949, it marks its 75th
 * anniversary"; "the war, launched in February 2022, ... now in its second year" runs from February
 * 2023 to January 2024, mostly 2023. Without a stated anchor year the phrase says nothing (the
 * reader's knowledge of when a war began is not the page's evidence). Stateless and thread-safe.
 */
final class OrdinalYears {

  /** A date the page states, and where. */
  record Anchor(int begin, LocalDate date, boolean yearOnly) {}

  /** The year a phrase gives, and the phrase. */
  record Found(int year, String evidence) {}

  private static final String ORDINAL = "(" + Ordinals.PATTERN + ")";

  // "now in its second year", "entering its third year", "the war in its 2nd year"
  private static final Pattern IN_ITS_YEAR =
      Pattern.compile(
          "\\b(?:in|into|enters|entered|entering|begins|began|starts|started)\\s+(?:its|their)\\s+"
              + ORDINAL
              + "\\s+year\\b",
          Pattern.CASE_INSENSITIVE);

  // "the 75th anniversary of ... 1949"; the anchor is what the anniversary is of, so a year that
  // dates the celebration itself ("the 50th anniversary celebration in 2003") is no anchor
  private static final Pattern ANNIVERSARY =
      Pattern.compile("\\b" + ORDINAL + "\\s+anniversary\\s+of\\b", Pattern.CASE_INSENSITIVE);

  // "founded in 1998 and celebrates its 25th anniversary this year": the anchor is what "its"
  // anniversary counts from, named before it in the sentence
  private static final Pattern FOUNDED_ANNIVERSARY =
      Pattern.compile(
          "\\b(?:founded|established|opened|created|formed|launched|built|incorporated)\\s+in\\s+"
              + "(?:[A-Z][a-z]+\\s+)?("
              + Fragments.YEAR
              + ")\\b[^.!?\\n]{0,200}?\\b(?:its|their)\\s+"
              + ORDINAL
              + "\\s+anniversary\\b");

  private static final Pattern NEXT_YEAR =
      Pattern.compile("\\bnext\\s+year\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST_YEAR =
      Pattern.compile("\\blast\\s+year\\b", Pattern.CASE_INSENSITIVE);

  // An anchor further back than this is unlikely to be what "its" refers to.
  private static final int ANCHOR_REACH = 1_500;

  private OrdinalYears() {}

  /**
   * The year the first ordinal phrase with a stated anchor gives, or null. A year earlier than a
   * stated date of the page (month or day) is not claimed: the page cannot precede what it reports.
   *
   * @param anchors the dates the page states, in text order
   */
  static @Nullable Found year(String page, List<Anchor> anchors) {
    int latestStated = 0;
    for (Anchor a : anchors) {
      if (!a.yearOnly()) {
        latestStated = Math.max(latestStated, a.date().getYear());
      }
    }
    Found found = anniversary(page, anchors);
    if (found == null) {
      found = inItsYear(page, anchors);
    }
    return found == null || found.year() < latestStated ? null : found;
  }

  private static @Nullable Found anniversary(String page, List<Anchor> anchors) {
    Matcher m = ANNIVERSARY.matcher(page);
    while (m.find()) {
      int n = Ordinals.value(m.group(1));
      int[] sentence = sentence(page, m.start());
      Anchor earliest = null;
      for (Anchor a : anchors) {
        if (a.begin() >= m.end()
            && a.begin() < sentence[1]
            && (earliest == null || a.date().isBefore(earliest.date()))) {
          earliest = a;
        }
      }
      if (n <= 0 || earliest == null) {
        continue;
      }
      return new Found(
          earliest.date().getYear() + n + shift(page, sentence), m.group(1) + " anniversary");
    }
    Matcher f = FOUNDED_ANNIVERSARY.matcher(page);
    while (f.find()) {
      int n = Ordinals.value(f.group(2));
      if (n > 0) {
        int year = Integer.parseInt(f.group(1)) + n + shift(page, sentence(page, f.end() - 1));
        return new Found(year, f.group(2) + " anniversary");
      }
    }
    return null;
  }

  /** -1 when the sentence puts its anniversary next year, 1 when last year, else 0. */
  private static int shift(String page, int[] sentence) {
    String said = page.substring(sentence[0], sentence[1]);
    return NEXT_YEAR.matcher(said).find() ? -1 : LAST_YEAR.matcher(said).find() ? 1 : 0;
  }

  private static @Nullable Found inItsYear(String page, List<Anchor> anchors) {
    Matcher m = IN_ITS_YEAR.matcher(page);
    while (m.find()) {
      int n = Ordinals.value(m.group(1));
      Anchor before = null;
      for (Anchor a : anchors) {
        if (a.begin() < m.start() && m.start() - a.begin() <= ANCHOR_REACH) {
          before = a;
        }
      }
      if (n <= 0 || before == null) {
        continue;
      }
      // The Nth year runs from the anchor's month N-1 years on; it mostly falls in the calendar
      // year it starts in when it starts in the first half.
      LocalDate start = before.date().plusYears(n - 1L);
      int year =
          before.yearOnly() || start.getMonthValue() <= 6 ? start.getYear() : start.getYear() + 1;
      return new Found(year, m.group().strip());
    }
    return null;
  }

  /** The bounds of the sentence around a position: from after the last full stop to the next. */
  private static int[] sentence(String page, int at) {
    int from = at;
    while (from > 0 && ".!?\n".indexOf(page.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at;
    while (to < page.length() && ".!?\n".indexOf(page.charAt(to)) < 0) {
      to++;
    }
    return new int[] {from, to};
  }
}
