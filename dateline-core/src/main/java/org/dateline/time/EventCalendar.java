package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dates an event whose pages state no full date, from what they say together. One page gives "on
 * Nov 3" and "Nov 2", another "on Monday" and "on Sunday": the weekdays hold for those dates only
 * in some years, and the pages name a past year ("in August 2024") that the event cannot precede.
 * The event takes the one year, from the latest year named to two years after it, in which every
 * weekday named falls on one of the year-less dates given, when there is exactly one such year and
 * at least two different weekdays bear it out.
 *
 * <p>The event's day is then the earliest date its pages give in their lead paragraphs: a year-less
 * date, or a weekday that falls on exactly one of the event's dates. Without such a lead date only
 * the year is claimed.
 */
public final class EventCalendar {

  private static final int YEARS_AFTER_LATEST = 2;
  private static final int LEAST_WEEKDAYS = 2;

  private EventCalendar() {}

  /** An event's dates in ISO form with reduced precision; {@code end} null for one day. */
  public record Dating(String start, @Nullable String end) {}

  /** The event's dates from its pages' evidence, when it supports one year. */
  public static Optional<Dating> date(Collection<CalendarEvidence> pages) {
    Set<MonthDay> dates = new LinkedHashSet<>();
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    int latest = 0;
    for (CalendarEvidence p : pages) {
      dates.addAll(p.yearless());
      weekdays.addAll(p.weekdays());
      latest = Math.max(latest, p.latestYear());
    }
    if (latest == 0 || dates.isEmpty() || weekdays.size() < LEAST_WEEKDAYS) {
      return Optional.empty();
    }
    int year = 0;
    for (int y = latest; y <= latest + YEARS_AFTER_LATEST; y++) {
      if (explains(y, dates, weekdays)) {
        if (year != 0) {
          return Optional.empty();
        }
        year = y;
      }
    }
    if (year == 0) {
      return Optional.empty();
    }
    List<LocalDate> leads = new ArrayList<>();
    for (CalendarEvidence p : pages) {
      LocalDate lead = leadDate(p, year, dates);
      if (lead != null) {
        leads.add(lead);
      }
    }
    if (leads.isEmpty()) {
      return Optional.of(new Dating(Integer.toString(year), null));
    }
    LocalDate start = leads.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate end = leads.stream().max(LocalDate::compareTo).orElseThrow();
    return Optional.of(new Dating(start.toString(), end.equals(start) ? null : end.toString()));
  }

  private static boolean explains(int year, Set<MonthDay> dates, Set<DayOfWeek> weekdays) {
    Set<DayOfWeek> fall = EnumSet.noneOf(DayOfWeek.class);
    for (MonthDay d : dates) {
      LocalDate date = at(year, d);
      if (date != null) {
        fall.add(date.getDayOfWeek());
      }
    }
    return fall.containsAll(weekdays);
  }

  private static @Nullable LocalDate leadDate(CalendarEvidence p, int year, Set<MonthDay> dates) {
    MonthDay md = p.leadYearless();
    if (md != null) {
      return at(year, md);
    }
    DayOfWeek w = p.leadWeekday();
    if (w == null) {
      return null;
    }
    LocalDate only = null;
    for (MonthDay d : dates) {
      LocalDate date = at(year, d);
      if (date != null && date.getDayOfWeek() == w) {
        if (only != null) {
          return null;
        }
        only = date;
      }
    }
    return only;
  }

  private static @Nullable LocalDate at(int year, MonthDay d) {
    try {
      return d.atYear(year);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
