package org.dateline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Published;
import org.jspecify.annotations.Nullable;

/**
 * Infers a page's publication date from its own text, for pages whose metadata gives none, and
 * claims only the precision the evidence supports.
 *
 * <p>The evidence, strongest first:
 *
 * <ol>
 *   <li><b>A printed date line</b> in the first lines: a fully specified date (with its year) that
 *       stands on a short line of its own ("May 2, 2013 | 5:03pm"), follows a cue such as "Posted",
 *       "Published" or "Updated", or opens the lead as a dateline ("ATHENS, May 5, 2010 (Reuters)
 *       -"), and is not inside a sentence ("on May 2, 2013"). This gives the day as written, not
 *       its UTC date; when the UTC date may differ (a zone that puts it on another day, or no zone
 *       and a time from 16:00 on), only the month. A date in figures that reads both ways
 *       ("11/09/2010") gives the day the rest of the text points to, and otherwise only its year.
 *   <li><b>A year-less date line</b> ("Mumbai, Nov 11 -") whose year a fully specified date in the
 *       six weeks before it fixes. This gives a day.
 *   <li><b>A fully specified date that names its weekday</b> in the body ("Tuesday, Aug. 7, 2012"):
 *       news names the weekdays of the days around it. This gives the month when the week after
 *       that date stays in its month, else the year.
 *   <li><b>An ordinal or anniversary phrase</b> whose anchor the text states ("the 75th anniversary
 *       of the 1949 founding", "launched in February 2022 ... in its second year"): this gives a
 *       year ({@link OrdinalYears}).
 * </ol>
 *
 * <p>Years and dates mentioned in passing ("in 2009", "since January 2011") are not evidence: on
 * the EventStoryLine tuning documents the latest of them gave the wrong year for 26 of 27 pages
 * whose date line had been removed, so nothing is claimed from them.
 *
 * <p>Only expressions whose value does not depend on the reference date count as explicit: the text
 * is tagged against two reference dates a century apart, and an expression counts when both give it
 * the same value. Relative expressions ("on Monday", "yesterday") never date a page on their own.
 *
 * <p>Never throws on any text: text past {@link #MAX_CHARS} is not read, and a value that is not a
 * valid calendar date is not claimed. Instances are immutable and thread-safe.
 */
public final class PageDateInference {
  /** How much of a page is read; the evidence sits near the top, and this bounds the time taken. */
  public static final int MAX_CHARS = 60_000;

  /** How many lines from the top, and at most how many characters, a date line is looked for in. */
  private static final int HEADER_LINES = 6;

  private static final int HEADER_CHARS = 1_000;

  /** A date line has at most this many words besides the date and a cue. */
  private static final int DATE_LINE_WORDS = 4;

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2}):\\d{2}");
  // From this hour on, a time with no zone is past midnight UTC anywhere in the Americas.
  private static final int LATE_HOUR = 16;
  private static final Pattern TWELVE_AM =
      Pattern.compile("\\b12\\s*[:.]\\s*\\d{2}\\s*a\\s*\\.?\\s*m\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARLESS_DAY = Pattern.compile("^\\d{4}-(\\d{2})-(\\d{2})$");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b");
  private static final Pattern CUE =
      Pattern.compile(
          "\\b(posted|published|updated|created|modified|dated|date|first posted|last updated)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.]*");
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "\\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)\\b[^)]*\\)\\s*$|\\b(?:REUTERS|AFP|EPA|Getty Images|"
              + "AP Photo|Xinhua)(?:/[^\\n]*)?\\s*$");
  private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\(|-|–|—|:)");
  private static final Pattern SENTENCE_LEAD =
      Pattern.compile(
          "\\b(on|since|until|till|from|before|after|by|in|of|to|between|and|through)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** How precise a claim is. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR,
    NONE
  }

  /**
   * What was inferred and why.
   *
   * @param published the date with basis TEXT, or {@link Published#unknown()}
   * @param precision the precision claimed
   * @param evidence the words the claim rests on, or empty
   * @param rule which kind of evidence gave it: {@code date-line}, {@code late-date-line}, {@code
   *     ambiguous-date-line}, {@code yearless-date-line}, {@code weekday-date}, {@code
   *     caption-date}, {@code ordinal-year}, or {@code none}
   */
  public record Inference(Published published, Precision precision, String evidence, String rule) {
    public Inference {
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(precision, "precision");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(rule, "rule");
    }

    static Inference none() {
      return new Inference(Published.unknown(), Precision.NONE, "", "none");
    }
  }

  /** Time-zone names, to read a date line's calendar date as written rather than in UTC. */
  private static final Pattern ZONE =
      Pattern.compile(
          "\\b(?:" + Lexicon.alternation(Lexicon.english().zoneNames) + ")\\b",
          Pattern.CASE_INSENSITIVE);

  private final TemporalTagger tagger;

  /** An inference with its own tagger. */
  public PageDateInference() {
    this(new TemporalTagger());
  }

  /** An inference that uses the given tagger. */
  public PageDateInference(TemporalTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** The page's date from its text alone, with basis TEXT, or unknown. */
  public Published infer(String text) {
    return explain(text, null).published();
  }

  /** The page's date from its text and title, with basis TEXT, or unknown. */
  public Published infer(String text, @Nullable String title) {
    return explain(text, title).published();
  }

  /** The page's date with the precision claimed and the evidence used. */
  public Inference explain(String text, @Nullable String title) {
    Objects.requireNonNull(text, "text");
    String page = title == null || title.isBlank() ? text : title.strip() + "\n" + text;
    if (page.length() > MAX_CHARS) {
      page = page.substring(0, MAX_CHARS);
    }
    try {
      return decide(page);
    } catch (RuntimeException e) {
      // The tagger promises not to throw; this guards the contract of a stage all the same.
      return Inference.none();
    }
  }

  private Inference decide(String page) {
    List<Dated> explicit = new ArrayList<>();
    List<TimeExpression> yearless = new ArrayList<>();
    for (StatedTimes.Reading r : StatedTimes.read(tagger, page)) {
      TimeExpression e = r.expression();
      if (e.type() != TimexType.DATE && e.type() != TimexType.TIME) {
        continue;
      }
      if (r.stated()) {
        Dated d = Dated.of(e);
        if (d != null) {
          explicit.add(d);
        }
      } else if (e.type() == TimexType.DATE
          && r.partial() != null
          && YEARLESS_DAY.matcher(e.value()).matches()) {
        yearless.add(e);
      }
    }
    int headerEnd = headerEnd(page);
    for (Dated d : explicit) {
      if (d.expression.begin() >= headerEnd) {
        break;
      }
      if (d.precision == Precision.DAY && isDateLine(page, d.expression)) {
        return dateLine(d, explicit, yearless);
      }
    }
    for (TimeExpression e : yearless) {
      if (e.begin() >= headerEnd) {
        break;
      }
      if (isDateLine(page, e)) {
        Inference dated = yearlessDateLine(e, explicit);
        if (dated != null) {
          return dated;
        }
      }
    }
    Inference stamped = weekdayStamped(page, explicit);
    return stamped.precision() == Precision.NONE ? ordinalYear(page, explicit) : stamped;
  }

  /** An ordinal or anniversary phrase whose anchor year the page states gives a year. */
  private static Inference ordinalYear(String page, List<Dated> explicit) {
    List<OrdinalYears.Anchor> anchors = new ArrayList<>();
    for (Dated d : explicit) {
      anchors.add(
          new OrdinalYears.Anchor(d.expression.begin(), d.date, d.precision == Precision.YEAR));
    }
    OrdinalYears.Found found = OrdinalYears.year(page, anchors);
    if (found == null) {
      return Inference.none();
    }
    LocalDate year = safeDate(found.year(), 1, 1);
    return year == null
        ? Inference.none()
        : claim(year, Precision.YEAR, found.evidence(), "ordinal-year");
  }

  /**
   * A printed date line gives its day, unless it is written in figures that read as two dates
   * ("11/09/2010": 9 November or 11 September). Then the day the rest of the text points to is
   * taken, and when it points to neither, only the year, which both readings share.
   */
  private Inference dateLine(Dated found, List<Dated> explicit, List<TimeExpression> yearless) {
    Dated d = asWritten(found);
    Matcher m = NUMERIC.matcher(d.expression.text());
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a <= 12 && b <= 12 && a != b) {
        @Nullable LocalDate swapped =
            safeDate(d.date.getYear(), d.date.getDayOfMonth(), d.date.getMonthValue());
        if (swapped != null) {
          int kept = support(d.date, found, explicit, yearless);
          int other = support(swapped, found, explicit, yearless);
          if (kept > other) {
            return day(found, d, d.date);
          }
          if (other > kept) {
            return day(found, d, swapped);
          }
          return claim(d.date, Precision.YEAR, d.expression.text(), "ambiguous-date-line");
        }
      }
    }
    return day(found, d, d.date);
  }

  /**
   * The day a date line gives, or only its month (else year) when it is late in its day ({@link
   * #nearMidnightUtc}).
   */
  private static Inference day(Dated found, Dated written, LocalDate date) {
    String text = written.expression.text();
    if (!nearMidnightUtc(found, written)) {
      return claim(date, Precision.DAY, text, "date-line");
    }
    LocalDate next = date.plusDays(1);
    if (next.getMonthValue() == date.getMonthValue()) {
      return claim(date, Precision.MONTH, text, "late-date-line");
    }
    if (next.getYear() == date.getYear()) {
      return claim(date, Precision.YEAR, text, "late-date-line");
    }
    return Inference.none();
  }

  /**
   * Whether a date line's day may be another in UTC, which is how a creation time is often
   * recorded: its zone puts it on another UTC day ("9:00 PM PDT" on the 2nd is the 3rd in UTC) or
   * within an hour of it, or it gives no zone and a time from 16:00 on, when any zone of the
   * Americas is past midnight UTC; and "12:xx AM", which writers and readers take for either end of
   * the day.
   */
  private static boolean nearMidnightUtc(Dated found, Dated written) {
    Matcher t = CLOCK.matcher(found.expression.value());
    if (!t.find()) {
      return false;
    }
    if (TWELVE_AM.matcher(found.expression.text()).find()) {
      return true; // "12:18 AM" is read as the night before as often as the night after
    }
    if (found.expression.value().endsWith("Z")) {
      // within an hour of midnight UTC, a daylight-time slip (EDT read as EST) changes the day
      int hour = Integer.parseInt(t.group(1));
      return !found.date.equals(written.date) || hour >= 23 || hour == 0;
    }
    return Integer.parseInt(t.group(1)) >= LATE_HOUR;
  }

  /**
   * The calendar date a date line writes. The tagger normalises a time with a zone to UTC ("8:45 PM
   * PDT, Jun 13" is 03:45Z on 14 June), but a page is dated by the day it prints, as stated dates
   * in metadata are ({@code StatedDates} keeps the written date of a date-time too).
   */
  private Dated asWritten(Dated d) {
    String text = d.expression.text();
    if (!d.expression.value().endsWith("Z") || !ZONE.matcher(text).find()) {
      return d;
    }
    StringBuilder masked = new StringBuilder(text);
    Matcher z = ZONE.matcher(text);
    while (z.find()) {
      for (int i = z.start(); i < z.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    }
    for (TimeExpression e : tagger.tag(masked.toString(), d.date)) {
      Dated local = Dated.of(e);
      if (local != null
          && local.precision == Precision.DAY
          && Math.abs(local.date.toEpochDay() - d.date.toEpochDay()) <= 1) {
        return new Dated(d.expression, local.date, Precision.DAY);
      }
    }
    return d;
  }

  /** How many other dates in the text fall in the fortnight up to a candidate page date. */
  private static int support(
      LocalDate candidate, Dated self, List<Dated> explicit, List<TimeExpression> yearless) {
    LocalDate from = candidate.minusDays(14);
    int n = 0;
    for (Dated d : explicit) {
      if (d != self
          && d.precision == Precision.DAY
          && !d.date.isBefore(from)
          && !d.date.isAfter(candidate)) {
        n++;
      }
    }
    for (TimeExpression e : yearless) {
      Matcher m = YEARLESS_DAY.matcher(e.value());
      if (m.matches()) {
        @Nullable LocalDate d =
            safeDate(
                candidate.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (d != null && !d.isBefore(from) && !d.isAfter(candidate)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Without a date line, a fully specified date that names its weekday ("Tuesday, Aug. 7, 2012") is
   * a strong hint: news names the weekday of the days just past or just coming. The latest one
   * gives the month when the week after it stays in that month, else the year when that stays in
   * the same year.
   */
  private static Inference weekdayStamped(String page, List<Dated> explicit) {
    @Nullable Dated latest = null;
    for (Dated d : explicit) {
      if (d.precision == Precision.DAY
          && (namesItsWeekday(page, d) || captioned(page, d))
          && (latest == null || d.date.isAfter(latest.date))) {
        latest = d;
      }
    }
    if (latest == null) {
      return Inference.none();
    }
    String rule = namesItsWeekday(page, latest) ? "weekday-date" : "caption-date";
    LocalDate weekAfter = latest.date.plusDays(7);
    if (weekAfter.getMonthValue() == latest.date.getMonthValue()) {
      return claim(latest.date, Precision.MONTH, latest.expression.text(), rule);
    }
    if (weekAfter.getYear() == latest.date.getYear()) {
      return claim(latest.date, Precision.YEAR, latest.expression.text(), rule);
    }
    return Inference.none();
  }

  /**
   * Whether the date stands in a photo caption, a line that ends with the picture's credit ("Crowds
   * gather in the square, Oct. 12, 2024. (AP Photo/Jane Doe)"): a caption dates the picture, taken
   * just before the page was published.
   */
  private static boolean captioned(String page, Dated d) {
    int end = page.indexOf('\n', d.expression.end());
    String rest = page.substring(d.expression.end(), end < 0 ? page.length() : end);
    return rest.length() <= 120 && PHOTO_CREDIT.matcher(rest).find();
  }

  /** Whether the expression, or the words just before it, names the weekday its date falls on. */
  private static boolean namesItsWeekday(String page, Dated d) {
    int from = Math.max(0, d.expression.begin() - 16);
    String around = page.substring(from, d.expression.end()).toLowerCase(Locale.ROOT);
    String weekday = d.date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String shortName = weekday.substring(0, 3).toLowerCase(Locale.ROOT);
    Matcher m = WEEKDAY.matcher(around);
    while (m.find()) {
      if (m.group().startsWith(shortName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A year-less date line ("Mumbai, Nov 11 -") takes the year of a fully specified date in the text
   * that falls in the six weeks up to it; years mentioned only in passing are background and do not
   * date a page.
   */
  private static @Nullable Inference yearlessDateLine(TimeExpression e, List<Dated> explicit) {
    Matcher m = YEARLESS_DAY.matcher(e.value());
    if (!m.matches()) {
      return null;
    }
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    for (Dated d : explicit) {
      if (d.precision != Precision.DAY) {
        continue;
      }
      for (int year = d.date.getYear(); year <= d.date.getYear() + 1; year++) {
        @Nullable LocalDate date = safeDate(year, month, day);
        if (date != null && !d.date.isAfter(date) && d.date.plusDays(45).isAfter(date)) {
          return claim(date, Precision.DAY, e.text(), "yearless-date-line");
        }
      }
    }
    return null;
  }

  /**
   * Whether an expression is a printed date line: alone on a short line, after a cue, or opening
   * the lead as a dateline, and not inside a sentence ("on May 2, 2013").
   */
  private static boolean isDateLine(String page, TimeExpression e) {
    int lineStart = page.lastIndexOf('\n', e.begin() - 1) + 1;
    int lineEnd = page.indexOf('\n', e.end());
    if (lineEnd < 0) {
      lineEnd = page.length();
    }
    String before = page.substring(lineStart, e.begin());
    String after = page.substring(e.end(), lineEnd);
    boolean cue = CUE.matcher(before).find();
    if (!cue && SENTENCE_LEAD.matcher(before).find()) {
      return false;
    }
    if (cue) {
      return true;
    }
    int words = words(before) + words(after);
    if (words <= DATE_LINE_WORDS) {
      return true;
    }
    return words(before) <= 3 && DATELINE_END.matcher(after).find();
  }

  private static int words(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!w.equals("am") && !w.equals("pm") && !w.startsWith("a.m") && !w.startsWith("p.m")) {
        n++;
      }
    }
    return n;
  }

  /** Where the header ends: after {@link #HEADER_LINES} lines or {@link #HEADER_CHARS}. */
  private static int headerEnd(String page) {
    int end = 0;
    for (int line = 0; line < HEADER_LINES && end < page.length(); line++) {
      int next = page.indexOf('\n', end);
      end = next < 0 ? page.length() : next + 1;
    }
    return Math.min(end, HEADER_CHARS);
  }

  private static Inference claim(
      LocalDate date, Precision precision, String evidence, String rule) {
    String value =
        switch (precision) {
          case DAY ->
              String.format(
                  Locale.ROOT,
                  "%04d-%02d-%02d",
                  date.getYear(),
                  date.getMonthValue(),
                  date.getDayOfMonth());
          case MONTH ->
              String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
          case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
          case NONE -> "";
        };
    if (value.isEmpty()) {
      return Inference.none();
    }
    return new Inference(
        new Published(value, Published.Basis.TEXT), precision, evidence.strip(), rule);
  }

  private static @Nullable LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** An explicit expression with the date it names and its precision. */
  private static final class Dated {
    final TimeExpression expression;
    final LocalDate date;
    final Precision precision;

    private Dated(TimeExpression expression, LocalDate date, Precision precision) {
      this.expression = expression;
      this.date = date;
      this.precision = precision;
    }

    static @Nullable Dated of(TimeExpression e) {
      String v = e.value();
      Matcher m = DAY.matcher(v);
      if (m.matches()) {
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        return d == null ? null : new Dated(e, d, Precision.DAY);
      }
      m = MONTH.matcher(v);
      if (m.matches()) {
        LocalDate d = date(m.group(1), m.group(2), "01");
        return d == null ? null : new Dated(e, d, Precision.MONTH);
      }
      m = YEAR.matcher(v);
      if (m.matches() && e.text().contains(m.group(1))) {
        LocalDate d = date(m.group(1), "01", "01");
        return d == null ? null : new Dated(e, d, Precision.YEAR);
      }
      return null;
    }

    private static @Nullable LocalDate date(String y, String m, String d) {
      int year = Integer.parseInt(y);
      if (year < 1000) {
        return null;
      }
      return safeDate(year, Integer.parseInt(m), Integer.parseInt(d));
    }
  }
}
