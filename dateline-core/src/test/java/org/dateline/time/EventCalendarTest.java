package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
  private final TemporalTagger tagger = new TemporalTagger();

  private CalendarEvidence read(String text) {
    return CalendarEvidence.of(tagger, text);
  }

  private final CalendarEvidence departure =
      read(
          "Foreign Minister Ilse Brandt left for Arlen on Nov 3 for two days of talks.\n\n"
              + "The last round was held in Besk in August 2024. On Nov 2, aides met to prepare"
              + " the agenda.");
  private final CalendarEvidence talks =
      read(
          "Talks on the river treaty began in Arlen on Monday, officials said.\n\n"
              + "Brandt's office said on Sunday that a deal was within reach.");

  @Test
  void readsYearlessDatesWeekdaysAndTheLatestStatedYear() {
    assertThat(departure.yearless()).containsExactly(MonthDay.of(11, 3), MonthDay.of(11, 2));
    assertThat(departure.leadYearless()).isEqualTo(MonthDay.of(11, 3));
    assertThat(departure.latestYear()).isEqualTo(2024);
    assertThat(talks.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    assertThat(talks.leadWeekday()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void pagesOfOneEventDateItTogetherWhenOnlyOneYearFitsTheirWeekdays() {
    // Nov 3 is a Monday and Nov 2 a Sunday in 2025, not in 2024 or 2026.
    assertThat(EventCalendar.date(List.of(departure, talks)))
        .contains(new EventCalendar.Dating("2025-11-03", null));
  }

  @Test
  void neitherPageAloneIsEnough() {
    assertThat(EventCalendar.date(List.of(departure))).isEmpty();
    assertThat(EventCalendar.date(List.of(talks))).isEmpty();
  }

  @Test
  void weekdaysThatNoYearExplainsClaimNothing() {
    CalendarEvidence wrong =
        read("Talks began on Tuesday.\n\nOn Wednesday, the delegations met again.");
    assertThat(EventCalendar.date(List.of(departure, wrong))).isEmpty();
  }

  @Test
  void withoutALeadDateOnlyTheYearIsClaimed() {
    CalendarEvidence body =
        read(
            "Delegations gathered in Arlen.\n\nTalks began on Monday. The last round was held in"
                + " August 2024. On Nov 2 and Nov 3, aides met. A statement came on Sunday.");
    assertThat(EventCalendar.date(List.of(body))).contains(new EventCalendar.Dating("2025", null));
  }
}
