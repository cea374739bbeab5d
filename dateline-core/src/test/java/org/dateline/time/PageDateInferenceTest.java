package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Published;
import org.dateline.time.PageDateInference.Inference;
import org.dateline.time.PageDateInference.Precision;
import org.junit.jupiter.api.Test;

class PageDateInferenceTest {
  private static final PageDateInference INFERENCE = new PageDateInference();

  private static Inference explain(String text) {
    return INFERENCE.explain(text, null);
  }

  @Test
  void dateLineUnderTheHeadlineGivesTheDay() {
    Inference got =
        explain(
            "Harbour crane topples in storm\n"
                + "March 4, 2024 | 11:15am\n"
                + "A crane at the old harbour fell on Monday night, officials said.");
    assertThat(got.published()).isEqualTo(new Published("2024-03-04", Published.Basis.TEXT));
    assertThat(got.precision()).isEqualTo(Precision.DAY);
    assertThat(got.rule()).isEqualTo("date-line");
  }

  @Test
  void cueBeforeTheDateMakesADateLine() {
    Inference got =
        explain(
            "Orchard growers count frost losses after a cold night in the valley\n"
                + "Published: Thursday, 11 April 2019, 08:40 local time, by the farm desk staff\n"
                + "Growers said the frost had hit the blossoms hardest.");
    assertThat(got.published().value()).isEqualTo("2019-04-11");
  }

  @Test
  void agencyDatelineOpeningTheLeadGivesTheDay() {
    Inference got =
        explain(
            "LISBON, Feb. 9, 2021 (Wire) - The city council approved a new tram line on Tuesday"
                + " after a long debate.");
    assertThat(got.published().value()).isEqualTo("2021-02-09");
  }

  @Test
  void aDateLineThatIsAnotherDayInUtcGivesOnlyItsMonth() {
    // 9:30 PM PDT on 13 June is already 14 June in UTC: the month holds either way.
    Inference got =
        explain("Ferry service resumes\nPosted on Thu Jun 13, 2013 09:30 PM PDT\nBoats ran again.");
    assertThat(got.published().value()).isEqualTo("2013-06");
    assertThat(got.precision()).isEqualTo(Precision.MONTH);
    assertThat(got.rule()).isEqualTo("late-date-line");
  }

  @Test
  void aDateLineWithinAnHourOfMidnightUtcGivesOnlyItsMonth() {
    // 7:05 PM EDT is 23:05 UTC; read as EST it is past midnight
    Inference got = explain("Ferry service resumes\n06/13/13 07:05 PM ET\nBoats ran again.");
    assertThat(got.published().value()).isEqualTo("2013-06");
    assertThat(got.rule()).isEqualTo("late-date-line");
  }

  @Test
  void aDateLineJustAfterMidnightGivesOnlyItsMonth() {
    Inference got = explain("Ferry service resumes\nJune 14, 2013, 12:18 AM\nBoats ran again.");
    assertThat(got.published().value()).isEqualTo("2013-06");
    assertThat(got.rule()).isEqualTo("late-date-line");
  }

  @Test
  void aLateDateLineOnTheLastDayOfAMonthGivesOnlyTheYear() {
    Inference got = explain("Ferry service resumes\nJune 30, 2013 | 8:10 pm\nBoats ran again.");
    assertThat(got.published().value()).isEqualTo("2013");
    assertThat(got.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void anAfternoonDateLineOrOneInUtcKeepsItsDay() {
    assertThat(explain("Ferry service resumes\nJune 13, 2013 | 2:10 pm\nBoats ran.").published())
        .isEqualTo(new Published("2013-06-13", Published.Basis.TEXT));
    assertThat(
            explain("Ferry service resumes\n22:40 GMT, 13 June 2013\nBoats ran.")
                .published()
                .value())
        .isEqualTo("2013-06-13");
  }

  @Test
  void aDateInsideASentenceIsNotADateLine() {
    Inference got =
        explain(
            "Bridge reopens\n"
                + "The bridge closed on May 2, 2016 for repairs and reopened this week.\n"
                + "Drivers welcomed the news.");
    assertThat(got.precision()).isNotEqualTo(Precision.DAY);
  }

  @Test
  void yearsMentionedInPassingDateNothing() {
    Inference got =
        explain(
            "Library extension opens\n"
                + "The library, built in 1931 and extended in 2008, opened its new wing on Monday."
                + " Visitors queued since early morning.");
    assertThat(got.published()).isEqualTo(Published.unknown());
    assertThat(got.precision()).isEqualTo(Precision.NONE);
  }

  @Test
  void anAnniversaryOfAStatedYearGivesTheYearItFallsIn() {
    Inference got =
        explain(
            "Harbour town celebrates\n"
                + "Crowds lined the quay on Saturday to mark the 60th anniversary of the 1966"
                + " flood barrier, which has held through every storm since.");
    assertThat(got.published()).isEqualTo(new Published("2026", Published.Basis.TEXT));
    assertThat(got.precision()).isEqualTo(Precision.YEAR);
    assertThat(got.rule()).isEqualTo("ordinal-year");
    assertThat(got.evidence()).isEqualTo("60th anniversary");
  }

  @Test
  void itsAnniversaryCountsFromTheFoundingNamedBeforeIt() {
    Inference got =
        explain(
            "The choir was founded in 1998 and celebrates its 25th anniversary this year with a"
                + " concert on Friday.");
    assertThat(got.published().value()).isEqualTo("2023");
    assertThat(got.rule()).isEqualTo("ordinal-year");
  }

  @Test
  void aDatedPhotoCaptionGivesTheMonth() {
    Inference got =
        explain(
            "Protest fills the square\n\n"
                + "Crowds gather in the square, Oct. 12, 2024. (AP Photo/Jane Doe)\n\n"
                + "The protest drew thousands, organisers said.");
    assertThat(got.published()).isEqualTo(new Published("2024-10", Published.Basis.TEXT));
    assertThat(got.rule()).isEqualTo("caption-date");
  }

  @Test
  void anAnniversaryComingNextYearIsCountedFromTheYearBefore() {
    Inference got =
        explain(
            "The two towns agreed on Tuesday to hold joint events for the 25th anniversary of"
                + " their 2002 twinning next year.");
    assertThat(got.published().value()).isEqualTo("2026");
  }

  @Test
  void aStrikeInItsSecondYearIsDatedFromTheMonthItBegan() {
    Inference got =
        explain(
            "Dockers vote again\n"
                + "The dockers walked out in March 2031 over pay.\n\n"
                + "With the strike now in its second year, the port has lost half its traffic,"
                + " union leaders said on Thursday.");
    assertThat(got.published().value()).isEqualTo("2032");
    assertThat(got.rule()).isEqualTo("ordinal-year");
  }

  @Test
  void theYearOfTheCelebrationItselfIsNoAnchor() {
    Inference got =
        explain(
            "The singer, who retired in 1961, was last seen in public at the club's 40th"
                + " anniversary party in 1998, friends said.");
    assertThat(got.precision()).isEqualTo(Precision.NONE);
  }

  @Test
  void anOrdinalYearStartingLateInTheYearMostlyFallsInTheNext() {
    Inference got =
        explain(
            "The blockade began in November 2040. Now in its third year, it has emptied the"
                + " shops, residents said.");
    assertThat(got.published().value()).isEqualTo("2043");
  }

  @Test
  void anOrdinalPhraseWithoutAStatedAnchorSaysNothing() {
    Inference got =
        explain(
            "With the war in its second year, the ministers met again on Wednesday and"
                + " promised to mark the 75th anniversary of their ties next year.");
    assertThat(got.precision()).isEqualTo(Precision.NONE);
  }

  @Test
  void anOrdinalYearBeforeADateThePageReportsIsNotClaimed() {
    Inference got =
        explain(
            "The league was founded in 2001 and is in its tenth year of sponsorship talks;"
                + " the final was played on June 4, 2019.");
    assertThat(got.precision()).isEqualTo(Precision.NONE);
  }

  @Test
  void noDatesGiveUnknown() {
    assertThat(INFERENCE.infer("Nothing here says when this happened."))
        .isEqualTo(Published.unknown());
    assertThat(INFERENCE.infer("")).isEqualTo(Published.unknown());
  }

  @Test
  void figuresThatReadBothWaysGiveOnlyTheYear() {
    Inference got = explain("Market report\n04 / 07 / 2018\nPrices rose slightly.");
    assertThat(got.published().value()).isEqualTo("2018");
    assertThat(got.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void figuresThatReadOneWayGiveTheDay() {
    assertThat(INFERENCE.infer("Market report\n25 / 07 / 2018\nPrices rose.").value())
        .isEqualTo("2018-07-25");
  }

  @Test
  void otherDatesSettleFiguresThatReadBothWays() {
    Inference got =
        explain(
            "Market report\n04 / 07 / 2018\nOn Friday, March 30, 2018, traders were cautious,"
                + " and prices rose again this week.");
    assertThat(got.published().value()).isEqualTo("2018-04-07");
    assertThat(got.precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void yearlessDateLineTakesTheYearOfARecentFullDate() {
    Inference got =
        explain(
            "Port strike ends\nHAMBURG, Oct 14 -\nThe strike that began on October 2, 2022 ended"
                + " yesterday.");
    assertThat(got.published().value()).isEqualTo("2022-10-14");
    assertThat(got.rule()).isEqualTo("yearless-date-line");
  }

  @Test
  void weekdayStampedDateInTheBodyGivesTheMonth() {
    Inference got =
        explain(
            "Council votes on budget\nThe council met on Tuesday, Aug. 6, 2019, and voted to cut"
                + " the parks budget by a tenth.");
    assertThat(got.published().value()).isEqualTo("2019-08");
    assertThat(got.precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void weekdayStampedDateLateInTheMonthGivesOnlyTheYear() {
    Inference got =
        explain(
            "Council votes on budget\nThe council met on Tuesday, Aug. 27, 2019, and voted to cut"
                + " the parks budget.");
    assertThat(got.published().value()).isEqualTo("2019");
  }

  @Test
  void titleCanCarryTheDate() {
    assertThat(INFERENCE.infer("Rain is expected all week.", "Weather, 2 January 2023").value())
        .isEqualTo("2023-01-02");
  }

  @Test
  void absurdDatesNeverThrow() {
    assertThat(INFERENCE.infer("Report\nFebruary 30, 2013\nText.").value())
        .isNotEqualTo("2013-02-30");
    INFERENCE.infer("Report\n31 / 02 / 3000\nIn the year 99999999999999999999 and 0000-00-00.");
    INFERENCE.infer("9".repeat(10_000));
  }

  @Test
  void hugeTextIsReadOnlyToItsCap() {
    String text = "Updated: May 5, 2015\n" + "The council met again. ".repeat(20_000);
    assertThat(text.length()).isGreaterThan(PageDateInference.MAX_CHARS);
    assertThat(INFERENCE.infer(text).value()).isEqualTo("2015-05-05");
  }
}
