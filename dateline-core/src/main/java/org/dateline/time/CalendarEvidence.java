package org.dateline.time;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * What one page's text says about the calendar when it states no full date of its own: the dates it
 * gives without a year ("on Nov 3"), the weekdays it names ("on Monday"), and the latest year it
 * names in a dated past ("in August 2024"). {@link EventCalendar} combines this evidence across the
 * pages of one event.
 *
 * @param yearless month-days given without a year, in text order
 * @param weekdays weekdays named, in text order
 * @param leadYearless the first year-less date in the lead paragraph, or null
 * @param leadWeekday the first weekday named in the lead paragraph, or null
 * @param latestYear the latest year of a month- or day-precise date the text states, or 0
 */
public record CalendarEvidence(
    List<MonthDay> yearless,
    List<DayOfWeek> weekdays,
    @Nullable MonthDay leadYearless,
    @Nullable DayOfWeek leadWeekday,
    int latestYear) {

  /** How much of a page is read: the evidence sits near the top, and tagging costs. */
  public static final int MAX_CHARS = 5_000;

  private static final Pattern YEARLESS = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})$");
  private static final Pattern DATED = Pattern.compile("^(\\d{4})-\\d{2}(?:-\\d{2})?(?:T.*)?$");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?![a-z])",
          Pattern.CASE_INSENSITIVE);
  private static final int LEAD_CHARS = 600;

  public CalendarEvidence {
    yearless = List.copyOf(yearless);
    weekdays = List.copyOf(weekdays);
  }

  /** Nothing said. */
  public static CalendarEvidence none() {
    return new CalendarEvidence(List.of(), List.of(), null, null, 0);
  }

  /** True when the page gave nothing this evidence records. */
  public boolean isEmpty() {
    return yearless.isEmpty() && weekdays.isEmpty() && latestYear == 0;
  }

  /**
   * Reads a page's text. An expression counts as stated when two reference dates a century apart
   * give it the same value; a year-less date is one that names a month and whose value lacks only
   * its year.
   */
  public static CalendarEvidence of(TemporalTagger tagger, String text) {
    Objects.requireNonNull(text, "text");
    String page = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (!WEEKDAY.matcher(page).find() && !MONTH.matcher(page).find()) {
      return none(); // no weekday and no month named: tagging would find nothing used here
    }
    return from(page, new DocumentTimes(tagger).read(page, Published.unknown()));
  }

  /**
   * Reads the time expressions already recorded on a page that is not dated to the day ({@link
   * DocumentTimes} with no day), so that the page is not tagged again.
   */
  public static CalendarEvidence from(String text, List<TimeMention> times) {
    Objects.requireNonNull(text, "text");
    int para = text.indexOf("\n\n");
    int leadEnd = Math.min(para < 0 ? text.length() : para, LEAD_CHARS);
    List<MonthDay> yearless = new ArrayList<>();
    List<DayOfWeek> weekdays = new ArrayList<>();
    MonthDay leadYearless = null;
    DayOfWeek leadWeekday = null;
    int latest = 0;
    for (TimeMention e : times) {
      if (e.begin() >= MAX_CHARS) {
        break;
      }
      String value = e.value();
      if (!e.type().equals("DATE")) {
        continue;
      }
      if (value != null && !value.startsWith("XXXX")) {
        Matcher dated = DATED.matcher(value);
        if (dated.matches()) {
          latest = Math.max(latest, Integer.parseInt(dated.group(1)));
        }
        continue;
      }
      boolean lead = e.begin() < leadEnd;
      Matcher day = value == null ? null : YEARLESS.matcher(value);
      if (day != null && day.matches() && MONTH.matcher(e.text()).find()) {
        MonthDay md = monthDay(day);
        if (md != null) {
          yearless.add(md);
          leadYearless = lead && leadYearless == null ? md : leadYearless;
        }
      }
      Matcher w = WEEKDAY.matcher(e.text());
      if (w.find()) {
        DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        weekdays.add(dow);
        leadWeekday = lead && leadWeekday == null ? dow : leadWeekday;
      }
    }
    return new CalendarEvidence(yearless, weekdays, leadYearless, leadWeekday, latest);
  }

  private static @Nullable MonthDay monthDay(Matcher day) {
    try {
      return MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
