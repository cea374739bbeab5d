package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Made-up sentences; the reference date is Wednesday 12 March 2025 unless a test says otherwise.
 */
class TemporalTaggerTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);
  private final TemporalTagger tagger = new TemporalTagger();

  private TimeExpression only(String text) {
    List<TimeExpression> found = tagger.tag(text, WEDNESDAY);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** The values of the expressions in a text, in text order. */
  private List<String> values(String text, LocalDate reference) {
    return tagger.tag(text, reference).stream().map(TimeExpression::value).toList();
  }

  private TimeExpression find(String text, String span) {
    return tagger.tag(text, WEDNESDAY).stream()
        .filter(t -> t.text().equals(span))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(span + " not found in " + tagger.tag(text, WEDNESDAY)));
  }

  @Test
  void weekdayInPastReportIsTheMostRecentOne() {
    TimeExpression t = only("The harbour board approved the new ferry timetable on Monday.");
    assertThat(t.text()).isEqualTo("Monday");
    assertThat(t.value()).isEqualTo("2025-03-10");
    assertThat(t.type()).isEqualTo(TimexType.DATE);
  }

  @Test
  void setToIsAPlanAndHadBeenScheduledIsPast() {
    assertThat(only("The talks are set to resume Monday in Geneva.").value())
        .isEqualTo("2025-03-17");
    assertThat(only("The offer had been scheduled to expire Friday.").value())
        .isEqualTo("2025-03-07");
  }

  @Test
  void theYearAPartIsTakenOfIsTheYearItself() {
    String text = "Ferry traffic grew in the first nine months of the year.";
    assertThat(find(text, "the year").type()).isEqualTo(TimexType.DATE);
    assertThat(find(text, "the year").value()).isEqualTo("2025");
    // on its own, "the year" stays a length, as TimeBank mostly has it
    assertThat(find("Traffic grew by a tenth over the year.", "the year").value()).isEqualTo("P1Y");
  }

  @Test
  void aThatClauseAfterTheWeekdayDoesNotSetItsTense() {
    assertThat(only("Ministers issued warnings on Monday that strikes could harm trade.").value())
        .isEqualTo("2025-03-10");
  }

  @Test
  void exactAndMoreThanHedgesStayInTheSpanButAfterIsASignal() {
    assertThat(only("The ferry sank exactly two years ago.").text())
        .isEqualTo("exactly two years ago");
    assertThat(only("The tremor lasted just over 10 seconds.").text())
        .isEqualTo("just over 10 seconds");
    assertThat(only("The alarm sounded just after 6am.").text()).isEqualTo("6am");
    assertThat(only("The alarm sounded shortly after 6am.").text()).isEqualTo("shortly after 6am");
  }

  @Test
  void weekdayInPlanIsTheComingOne() {
    assertThat(only("The minister will travel to the coast on Tuesday.").value())
        .isEqualTo("2025-03-18");
    assertThat(only("Talks are scheduled to resume Friday.").value()).isEqualTo("2025-03-14");
  }

  @Test
  void nearestTenseCueWins() {
    assertThat(only("The mayor said Friday that the bridge would reopen.").value())
        .isEqualTo("2025-03-07");
  }

  @Test
  void aVerbInTheNextClauseDoesNotSetTheTense() {
    // reference 2025-03-12 is a Wednesday: the envoy arrived on the Monday before it
    assertThat(
            only("The envoy arrived in Talvik on Monday and will fly home after the talks.")
                .value())
        .isEqualTo("2025-03-10");
  }

  @Test
  void lastAfterToOrAModalIsTheVerb() {
    TimeExpression t = only("The hearings are expected to last two days.");
    assertThat(t.text()).isEqualTo("two days");
    assertThat(t.value()).isEqualTo("P2D");
    assertThat(only("The storm could last several weeks.").text()).isEqualTo("several weeks");
    assertThat(only("The storm of the last two days has passed.").text())
        .isEqualTo("the last two days");
  }

  @Test
  void lastAndNextWeekdays() {
    assertThat(only("The fair opened last Thursday.").value()).isEqualTo("2025-03-06");
    assertThat(only("The fair opens next Thursday.").value()).isEqualTo("2025-03-13");
  }

  @Test
  void datesWithAndWithoutYear() {
    assertThat(only("The orchard was sold on 4 July 2019.").value()).isEqualTo("2019-07-04");
    assertThat(only("The orchard was sold on Feb. 3.").value()).isEqualTo("2025-02-03");
    assertThat(only("The orchard was sold in March 2011.").value()).isEqualTo("2011-03");
    assertThat(only("Harvest festivals ended in November.").value()).isEqualTo("2024-11");
    assertThat(only("The ledger is dated 2021-06-30.").value()).isEqualTo("2021-06-30");
  }

  @Test
  void aDecimalIsNoYear() {
    assertThat(tagger.tag("The index closed at 2082.1, and the other at 1678.5 points.", WEDNESDAY))
        .isEmpty();
    assertThat(only("The index closed at its 2019 level.").value()).isEqualTo("2019");
  }

  @Test
  void weekdayWithDateIsOneExpression() {
    TimeExpression t = only("The vote was held on Monday, March 10, 2025.");
    assertThat(t.text()).isEqualTo("Monday, March 10, 2025");
    assertThat(t.value()).isEqualTo("2025-03-10");
  }

  @Test
  void relativeExpressions() {
    assertThat(only("Rates rose last week.").value()).isEqualTo("2025-W10");
    assertThat(only("Rates will rise next year.").value()).isEqualTo("2026");
    assertThat(only("Rates rose yesterday.").value()).isEqualTo("2025-03-11");
    assertThat(only("The shop closed a year ago.").value()).isEqualTo("2024");
    assertThat(only("The shop reopened two days later.").value()).isEqualTo("2025-03-14");
    TimeExpression month = only("The committee met earlier this month.");
    assertThat(month.text()).isEqualTo("earlier this month");
    assertThat(month.value()).isEqualTo("2025-03");
    assertThat(only("Rates rose last month.").text()).isEqualTo("last month");
  }

  @Test
  void storyTimeAnchorsLaterAndNextDay() {
    String text =
        "The dam burst on 3 May 2019. Two days later the valley was evacuated, and the next day it rained.";
    assertThat(find(text, "Two days later").value()).isEqualTo("2019-05-05");
    assertThat(find(text, "the next day").value()).isEqualTo("2019-05-06");
    assertThat(only("The valley was evacuated two days later.").value()).isEqualTo("2025-03-14");
  }

  @Test
  void aMonthAnchorsShiftsOfMonthsButNotOfDays() {
    String text =
        "Copper output rose in June 2021, after a slump a month earlier. Two days later the mine"
            + " shut, and the following year it reopened.";
    assertThat(find(text, "a month earlier").value()).isEqualTo("2021-05");
    assertThat(find(text, "Two days later").value()).isEqualTo("2025-03-14");
    assertThat(find(text, "the following year").value()).isEqualTo("2022");
  }

  @Test
  void aStatedYearAnchorsShiftsOfYearsButARelativeOneDoesNot() {
    String text = "The mill closed in the autumn of 2016 and reopened three years later.";
    assertThat(find(text, "three years later").value()).isEqualTo("2019");
    String relative = "Sales fell a year ago. Costs were higher than a year earlier.";
    assertThat(find(relative, "a year earlier").value()).isEqualTo("2024");
  }

  @Test
  void theEndOfTheMonthIsThisMonthAndTwiceAWeekIsASet() {
    assertThat(only("The vote is due before the end of the month."))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(TimexType.DATE, "2025-03");
    assertThat(only("By the end of the decade the fleet will be electric.").value())
        .isEqualTo("202");
    assertThat(only("The council met twice a week."))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(TimexType.SET, "P1W");
  }

  @Test
  void adjectivesOfLengthAndAMatterOfMinutesAreDurations() {
    assertThat(find("A weeklong search ended.", "weeklong").value()).isEqualTo("P1W");
    assertThat(find("A day-long strike began.", "day-long").value()).isEqualTo("P1D");
    assertThat(find("The two-year-long inquiry closed.", "two-year-long").value()).isEqualTo("P2Y");
    assertThat(find("It was over in a matter of hours.", "a matter of hours").value())
        .isEqualTo("PTXH");
  }

  @Test
  void thatDayAndLaterThatYearAreTheStorysOwnTime() {
    String text =
        "The ferry sank on 9 April 2014. Later that day divers arrived; that night it rained.";
    assertThat(find(text, "Later that day").value()).isEqualTo("2014-04-09");
    assertThat(find(text, "that night").value()).isEqualTo("2014-04-09TNI");
    String year = "The mill shut in June 2009 and reopened later that year.";
    assertThat(find(year, "later that year").value()).isEqualTo("2009");
  }

  @Test
  void earlierInTheDayAndADayBeforeAtAClauseEndAreTheStorysTime() {
    String text =
        "The ferry sank on 9 April 2014. Earlier in the day a storm had passed; a warning came a"
            + " day before.";
    assertThat(find(text, "Earlier in the day").value()).isEqualTo("2014-04-09");
    assertThat(find(text, "a day before").value()).isEqualTo("2014-04-08");
    String length = "The walkout began two days before the vote.";
    assertThat(find(length, "two days"))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(TimexType.DURATION, "P2D");
  }

  @Test
  void aHalfIsWrittenInTheNextSmallerUnit() {
    String text =
        "Talks ran 5 1/2 hours, then half an hour more. She served two and a half years, he"
            + " a year and a half; the search took 2½ days, the drift a decade and a half.";
    assertThat(find(text, "5 1/2 hours").value()).isEqualTo("PT5H30M");
    assertThat(find(text, "half an hour").value()).isEqualTo("PT30M");
    assertThat(find(text, "two and a half years").value()).isEqualTo("P2Y6M");
    assertThat(find(text, "a year and a half").value()).isEqualTo("P1Y6M");
    assertThat(find(text, "2½ days").value()).isEqualTo("P2DT12H");
    assertThat(find(text, "a decade and a half").value()).isEqualTo("P15Y");
    assertThat(only("The review lasted 1 1/2 weeks.").value()).isEqualTo("P1.5W");
  }

  @Test
  void aDayWithARelativeYearAnOrdinalDayAndALocalClockOnADate() {
    assertThat(only("The law comes into force on 1 January next year."))
        .extracting(TimeExpression::value)
        .isEqualTo("2026-01-01");
    assertThat(find("The fund was wound up on the 3rd.", "the 3rd").value())
        .isEqualTo("2025-03-03");
    assertThat(only("Polls closed at 8 p.m. local time on March 4."))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(TimexType.TIME, "2025-03-04T20:00");
  }

  @Test
  void aWeekdayCountedInAMonthIsThatDay() {
    assertThat(only("The vote will be held on the second Sunday of December.").value())
        .isEqualTo("2025-12-14");
    assertThat(only("The fair was held on the last Friday in June 2019.").value())
        .isEqualTo("2019-06-28");
    assertThat(tagger.tag("They meet on the fifth Monday of February 2026.", WEDNESDAY))
        .extracting(TimeExpression::value)
        .doesNotContain("2026-03-02"); // February 2026 has four Mondays
  }

  @Test
  void centuriesByOrdinalAndDecadesInWordsAreDates() {
    assertThat(only("It was the worst crash of the 20th century.").value()).isEqualTo("19");
    assertThat(only("The mill dates from the nineteenth century.").value()).isEqualTo("18");
    assertThat(only("Membership fell through the nineties.").value()).isEqualTo("199");
    assertThat(find("Sales peaked in the early sixties.", "the early sixties").value())
        .isEqualTo("196");
    assertThat(tagger.tag("Highs will be in the sixties.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aYearSpokenInWordsIsThatYear() {
    assertThat(only("The blast of nineteen ninety-six was never forgotten.").value())
        .isEqualTo("1996");
    assertThat(tagger.tag("Nineteen twenty people were hurt.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aYearAfterAPrefixAndARangeOfYearsAreDates() {
    assertThat(tagger.tag("The plant will close by mid-2027, after a pre-2008 boom.", WEDNESDAY))
        .extracting(e -> e.value() + " " + e.text())
        .containsExactly("2027 mid-2027", "2008 pre-2008");
    assertThat(
            tagger.tag(
                "He played in 1999\u20132001 and the 2012-13 season; the Great War of 1914-18.",
                WEDNESDAY))
        .extracting(TimeExpression::value)
        .containsExactly("1999", "2001", "2012", "2013", "1914", "1918");
    assertThat(tagger.tag("Figures for 2019-12 and 1990-2000% growth.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aScheduleInThePresentLooksAheadAndACommaEndsTheClauseAfterADay() {
    // WEDNESDAY is the reference: the coming Friday and Sunday, the Monday just gone
    assertThat(values("The festival runs from Friday through Sunday.", WEDNESDAY))
        .containsExactly(WEDNESDAY.plusDays(2).toString(), WEDNESDAY.plusDays(4).toString());
    assertThat(values("The law, passed on Monday, takes effect on Friday.", WEDNESDAY))
        .containsExactly(WEDNESDAY.minusDays(2).toString(), WEDNESDAY.plusDays(2).toString());
  }

  @Test
  void aPostponementNamesADayAheadWhateverTheTense() {
    assertThat(only("The hearing was postponed until Tuesday morning.").value())
        .isEqualTo(WEDNESDAY.plusDays(6) + "TMO");
    assertThat(only("The court adjourned the case until Monday.").value())
        .isEqualTo(WEDNESDAY.plusDays(5).toString());
    // staying until a day is no postponement
    assertThat(only("He stayed in the capital until Tuesday.").value())
        .isEqualTo(WEDNESDAY.minusDays(1).toString());
  }

  @Test
  void plansAsANounCueNothingButAsAVerbLookAhead() {
    assertThat(only("The company scrapped its expansion plans on Friday.").value())
        .isEqualTo(WEDNESDAY.minusDays(5).toString());
    assertThat(only("On Friday, the minister set aside her holiday plans.").value())
        .isEqualTo(WEDNESDAY.minusDays(5).toString());
    assertThat(only("The group plans a march on Friday.").value())
        .isEqualTo(WEDNESDAY.plusDays(2).toString());
  }

  @Test
  void aParticipleAfterAFutureCuePlansAhead() {
    assertThat(only("The vote will be held on Friday.").value())
        .isEqualTo(WEDNESDAY.plusDays(2).toString());
    assertThat(only("The talks are expected to be completed on Friday.").value())
        .isEqualTo(WEDNESDAY.plusDays(2).toString());
    assertThat(values("The embassy will remain closed through the weekend.", WEDNESDAY))
        .containsExactly("2025-W11-WE");
    // "could" is the past of "can"
    assertThat(only("The minister could not be reached on Friday.").value())
        .isEqualTo(WEDNESDAY.minusDays(5).toString());
  }

  @Test
  void aYearLessDateTakesTheYearOfTheDateItIsPairedWith() {
    assertThat(values("The fair is set for March 31 and April 1, 2021.", WEDNESDAY))
        .containsExactly("2021-03-31", "2021-04-01");
    assertThat(values("Sales fell between October and December 2019.", WEDNESDAY))
        .containsExactly("2019-10", "2019-12");
    assertThat(values("It ran from December 30 to January 2, 2020.", WEDNESDAY))
        .containsExactly("2019-12-30", "2020-01-02");
    assertThat(tagger.tag("The summit runs April 22-24, 2026 in Lagos.", WEDNESDAY))
        .extracting(e -> e.text() + " " + e.value())
        .containsExactly("April 22 2026-04-22", "24, 2026 2026-04-24");
  }

  @Test
  void aPastTenseNeverPutsAYearLessMonthInTheComingYear() {
    LocalDate november = LocalDate.of(2025, 11, 19);
    assertThat(values("The minister, who took office in January, resigned.", november))
        .containsExactly("2025-01");
    assertThat(values("The study, published January 24, found no link.", november))
        .containsExactly("2025-01-24");
    // with no tense, January read in November is the coming one
    assertThat(values("Talks in January.", november)).containsExactly("2026-01");
    assertThat(values("The new dividend is payable Jan. 2.", november))
        .containsExactly("2026-01-02");
  }

  @Test
  void aFullMonthNameLeavesTheSentencesPeriod() {
    assertThat(only("The new rules come into force on 1 January.").text()).isEqualTo("1 January");
  }

  @Test
  void aQuarterCodeWithoutAYearIsTheLatestSuchQuarter() {
    LocalDate november = LocalDate.of(2025, 11, 19);
    assertThat(values("Q3 revenue rose 12%. Sales fell in Q2 and in Q4 of 2024.", november))
        .containsExactly("2025-Q3", "2025-Q2", "2024-Q4");
    assertThat(tagger.tag("The Audi Q3 sold well. Q1. Is coffee healthy?", november)).isEmpty();
    assertThat(tagger.tag("It rose for the third quarter in a row.", november)).isEmpty();
  }

  @Test
  void aClockTimesStopsDoNotEndTheSentenceForTheTense() {
    assertThat(only("The talks will start at 10 a.m. on Monday.").value())
        .isEqualTo(WEDNESDAY.plusDays(5) + "T10:00");
    assertThat(only("The meeting ended at 6 p.m. on Monday.").value())
        .isEqualTo(WEDNESDAY.minusDays(2) + "T18:00");
    // "next to" says where
    assertThat(only("Dozens were hurt in the blast next to the U.S. embassy on Friday.").value())
        .isEqualTo(WEDNESDAY.minusDays(5).toString());
  }

  @Test
  void aClockWithOneDigitForTheHourAfterAtIsATime() {
    assertThat(values("The flight departs at 6:45 tomorrow morning.", WEDNESDAY))
        .containsExactly(WEDNESDAY.plusDays(1) + "T06:45");
    assertThat(values("She trains at 8:30 pace.", WEDNESDAY)).isEmpty();
  }

  @Test
  void expectLooksAhead() {
    LocalDate november = LocalDate.of(2025, 11, 19);
    assertThat(values("Officials expect the storm to land on Saturday.", november))
        .containsExactly("2025-11-22");
  }

  @Test
  void aCountEarlierThanSomethingIsALength() {
    assertThat(tagger.tag("The show closed a week earlier than planned.", WEDNESDAY))
        .extracting(e -> e.type() + " " + e.value())
        .containsExactly("DURATION P1W");
  }

  @Test
  void aRangeOfMonthsKeepsItsEndsInOrder() {
    LocalDate december = LocalDate.of(2025, 12, 5);
    assertThat(values("Output in the January-October period rose 4%.", december))
        .containsExactly("2025-01", "2025-10");
    assertThat(values("From November to February, the roads are closed.", december))
        .containsExactly("2025-11", "2026-02");
  }

  @Test
  void theWeekAfterNextAndTheYearBeforeLastAreTwoUnitsAway() {
    LocalDate thursday = LocalDate.of(2026, 11, 19);
    assertThat(values("Talks resume the week after next.", thursday)).containsExactly("2026-W49");
    assertThat(values("The law was passed the year before last.", thursday))
        .containsExactly("2024");
    assertThat(values("The index is down 8% year to date.", thursday)).containsExactly("2026");
  }

  @Test
  void mayAfterAPrepositionIsTheMonth() {
    assertThat(only("The firm disclosed in May that it had been approached.").value())
        .isEqualTo("2025-05"); // the nearest May: a past verb says little of the year
  }

  @Test
  void aZoneNamedInWordsIsAZoneAndADateBeforeACommaIsNoAmount() {
    // the reference is 2025-03-12, when New York kept daylight time (from 2025-03-09)
    assertThat(only("The polls closed at 8 p.m. Eastern time.").value())
        .isEqualTo("2025-03-13T00:00Z");
    assertThat(find("Results come on May 2, a week after the vote.", "a week").type())
        .isEqualTo(TimexType.DURATION);
  }

  @Test
  void holidaysCountedFromAnother() {
    assertThat(find("Stores open early on Black Friday 2024.", "Black Friday 2024").value())
        .isEqualTo("2024-11-29");
    assertThat(find("Banks shut on Good Friday 2025.", "Good Friday 2025").value())
        .isEqualTo("2025-04-18");
  }

  @Test
  void aMonthAfterSinceIsAlwaysPast() {
    // the reference is 2025-03-12: the nearest December would be the coming one
    assertThat(only("Rents will have doubled since December.").value()).isEqualTo("2024-12");
  }

  @Test
  void aWeekdayOpeningItsSentenceTakesTheTenseOfTheVerbAfterALongSubject() {
    assertThat(
            only("On Friday, the Anglers and Hunters Association of Greater Ostend plans to hold"
                    + " a vote.")
                .value())
        .isEqualTo("2025-03-14");
    assertThat(
            only("On Monday, the Anglers and Hunters Association of Greater Ostend held a vote.")
                .value())
        .isEqualTo("2025-03-10");
  }

  @Test
  void untilSaysNothingOfDirection() {
    assertThat(only("Until Monday, the police had not named a suspect.").value())
        .isEqualTo("2025-03-10");
    assertThat(only("The ferry will not sail until Monday.").value()).isEqualTo("2025-03-17");
  }

  @Test
  void theEarlyHoursAreATimeOfNightNotADuration() {
    TimeExpression sunday = only("The fire started in the early hours of Sunday morning.");
    assertThat(sunday.text()).isEqualTo("the early hours of Sunday morning");
    assertThat(sunday.type()).isEqualTo(TimexType.TIME);
    assertThat(sunday.value()).isEqualTo("2025-03-09TMO");
    assertThat(only("Shots rang out in the small hours.").value()).isEqualTo("2025-03-12TMO");
  }

  @Test
  void aClockTimeOnAPartOfADayIsOneTime() {
    TimeExpression joined = only("The alarm sounded at about 6am on Monday morning.");
    assertThat(joined.text()).isEqualTo("about 6am on Monday morning");
    assertThat(joined.value()).isEqualTo("2025-03-10T06:00");
    assertThat(tagger.tag("The shop shut at 5 p.m.\nMonday morning the queue was back.", WEDNESDAY))
        .hasSize(2);
  }

  @Test
  void determinersFollowTimeMl() {
    assertThat(only("Sales fell over the past two years.").text()).isEqualTo("the past two years");
    assertThat(only("The plant closed a year ago.").text()).isEqualTo("a year ago");
    assertThat(only("They reported the third-quarter loss.").text()).isEqualTo("third-quarter");
    assertThat(only("The mill was built in the late 1880s.").text()).isEqualTo("the late 1880s");
    assertThat(only("The mill reopened early Tuesday.").text()).isEqualTo("early Tuesday");
    assertThat(only("The mill reopened earlier Tuesday.").text()).isEqualTo("Tuesday");
  }

  @Test
  void onAndAtStayOutOfTheSpan() {
    assertThat(only("The pier reopened on Sunday.").text()).isEqualTo("Sunday");
    assertThat(only("The pier reopened at 10:30 a.m.").text()).startsWith("10:30");
  }

  @Test
  void timesOfDay() {
    assertThat(only("The ferry left at 6:45 p.m. yesterday").value()).isEqualTo("2025-03-11T18:45");
    assertThat(only("The council met this morning.").value()).isEqualTo("2025-03-12TMO");
  }

  @Test
  void aDateAndItsTimeJoinedByADashAreOneExpression() {
    TimeExpression stamp = only("Posted March 10, 2025 - 4:43 pm");
    assertThat(stamp.text()).isEqualTo("March 10, 2025 - 4:43 pm");
    assertThat(stamp.value()).isEqualTo("2025-03-10T16:43");
    assertThat(only("Updated 9 March 2025 – 8:15 am").value()).isEqualTo("2025-03-09T08:15");
  }

  @Test
  void durations() {
    assertThat(only("The strike lasted three years.").value()).isEqualTo("P3Y");
    TimeExpression adjective = only("They held a two-day summit.");
    assertThat(adjective.text()).isEqualTo("two-day");
    assertThat(adjective.value()).isEqualTo("P2D");
    assertThat(only("The repair took 48 hours.").value()).isEqualTo("PT48H");
    assertThat(only("Prices fell over the past two decades.").value()).isEqualTo("P20Y");
    assertThat(only("The dispute lasted several weeks.").value()).isEqualTo("PXW");
  }

  @Test
  void aBarePluralBeforeAgoOrLaterIsAVagueDuration() {
    TimeExpression later = only("The guard returned minutes later with help.");
    assertThat(later.text()).isEqualTo("minutes later");
    assertThat(later.value()).isEqualTo("PTXM");
    assertThat(only("The mill shut years ago.").value()).isEqualTo("PXY");
    // a counted one is a date, as before
    assertThat(only("The mill shut two years ago.").value()).isEqualTo("2023");
    assertThat(only("The mill shut several years ago.").text()).isEqualTo("several years ago");
  }

  @Test
  void sets() {
    assertThat(only("The league plays each season.").type()).isEqualTo(TimexType.SET);
    assertThat(only("The bakery bakes bread every week.").value()).isEqualTo("P1W");
    assertThat(only("The bulletin comes out weekly.").value()).isEqualTo("P1W");
    assertThat(only("The market opens every Monday.").value()).isEqualTo("XXXX-WXX-1");
  }

  @Test
  void quartersSeasonsDecadesFiscalYears() {
    assertThat(only("Profit doubled in the third quarter of 2024.").value()).isEqualTo("2024-Q3");
    assertThat(only("Profit doubled in summer 2019.").value()).isEqualTo("2019-SU");
    assertThat(only("Profit doubled in the 1990s.").value()).isEqualTo("199");
    assertThat(only("Profit doubled in fiscal 2023.").value()).isEqualTo("2023");
    assertThat(only("Profit doubled last fall.").value()).isEqualTo("2024-FA");
  }

  @Test
  void theLatterHalfOfAYearIsItsSecondHalf() {
    assertThat(only("Orders slumped in the latter half of 2022.").value()).isEqualTo("2022-H2");
    assertThat(only("Output recovered in the last half of last year.").value())
        .isEqualTo("2024-H2");
    // no year after it: the words name no half of any year
    assertThat(tagger.tag("Tempers frayed in the latter half of the decade.", WEDNESDAY)).isEmpty();
    assertThat(tagger.tag("The last half hour was tense.", WEDNESDAY)).isEmpty();
  }

  @Test
  void holidays() {
    // in March, a Christmas told in the past tense is the last one; one to come is this year's
    assertThat(only("Shops closed on Christmas Day.").value()).isEqualTo("2024-12-25");
    assertThat(only("Shops will close on Christmas Day.").value()).isEqualTo("2025-12-25");
    assertThat(only("The boy was found at sea on Thanksgiving Day.").value())
        .isEqualTo("2024-11-28");
    assertThat(only("Turkeys sold out before Thanksgiving 2024.").value()).isEqualTo("2024-11-28");
    assertThat(only("The parade returns at Easter.").value()).isEqualTo("2025-04-20");
  }

  @Test
  void zonedTimesAreInUtc() {
    assertThat(only("The polls closed at 8 p.m. EST Monday, March 10, 2025.").value())
        .isEqualTo("2025-03-11T01:00Z");
  }

  @Test
  void wireCopyClocksOfFourDigitsAreTimes() {
    assertThat(only("The ferry left at 0915 GMT.").value()).isEqualTo("2025-03-12T09:15Z");
    assertThat(only("Curfew starts at 2100 local time.").value()).isEqualTo("2025-03-12T21:00");
    // a year before "GMT" is a year unless a word puts a clock there
    assertThat(only("In 2019 GMT lost its lead.").value()).isEqualTo("2019");
    assertThat(only("The count ends at 2015 GMT.").value()).isEqualTo("2025-03-12T20:15Z");
    // a bare number is no clock
    assertThat(tagger.tag("The vessel carried 1023 passengers.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aClockInGmtInBracketsGivesTheInstant() {
    TimeExpression quake = only("The quake struck at 1353 (1023 GMT), officials said.");
    assertThat(quake.text()).isEqualTo("1353 (1023 GMT)");
    assertThat(quake.value()).isEqualTo("2025-03-12T10:23Z");
    assertThat(only("The talks opened at 9 a.m. (0800 GMT).").value())
        .isEqualTo("2025-03-12T08:00Z");
    // the bracketed clock in another zone joins the span; the first clock keeps the value
    TimeExpression posted = only("Filed 1052 GMT (1852 HKT)");
    assertThat(posted.text()).isEqualTo("1052 GMT (1852 HKT)");
    assertThat(posted.value()).isEqualTo("2025-03-12T10:52Z");
    // the date after the brackets stays apart but gives its day, and the offset keeps the day
    // the clock falls on in GMT: 01:00 at UTC+3 on Monday is 22:00 on Sunday
    List<TimeExpression> blast =
        tagger.tag("The blast came at 0100 (2200 GMT) on Monday.", WEDNESDAY);
    assertThat(blast).extracting(TimeExpression::text).containsExactly("0100 (2200 GMT)", "Monday");
    assertThat(blast.get(0).value()).isEqualTo("2025-03-09T22:00Z");
  }

  @Test
  void regionZonesFollowTheirDaylightRulesOfThatYear() {
    // ET is UTC-5 in January and UTC-4 in July; before 2007 US daylight time began in April
    assertThat(only("Posted Jan. 9, 2025, 3:10 PM ET").value()).isEqualTo("2025-01-09T20:10Z");
    assertThat(only("Posted July 9, 2025, 3:10 PM ET").value()).isEqualTo("2025-07-09T19:10Z");
    assertThat(only("Posted March 20, 2005, 3:10 PM ET").value()).isEqualTo("2005-03-20T20:10Z");
    assertThat(only("Filed 8:05am UK, Monday 7 July 2025").value()).isEqualTo("2025-07-07T07:05Z");
    assertThat(only("Filed November 4, 2024 6:07:15 PM GMT+01:00").value())
        .isEqualTo("2024-11-04T17:07:15Z");
  }

  @Test
  void aDateLineKeepsItsClockWhereverItStands() {
    assertThat(only("Harbour news 16:05 28/02/2025").value()).isEqualTo("2025-02-28T16:05");
    assertThat(only("Harbour news 21:40:10 Sun Mar 2 2025").value())
        .isEqualTo("2025-03-02T21:40:10");
    TimeExpression updated = only("2 March 2025 Last updated at 09:12 GMT");
    assertThat(updated.text()).isEqualTo("2 March 2025 Last updated at 09:12 GMT");
    assertThat(updated.value()).isEqualTo("2025-03-02T09:12Z");
    assertThat(only("Sunday, Mar 2, 2025 | Updated 9:01 AM EST").value())
        .isEqualTo("2025-03-02T14:01Z");
    assertThat(only("2 March 2025 @ 07:45 pm").value()).isEqualTo("2025-03-02T19:45");
    // a date ending one line and a clock opening the next stay apart
    assertThat(tagger.tag("Harbour news\n2 March 2025\n21:40 GMT\nThe pier is shut.", WEDNESDAY))
        .hasSize(2);
  }

  @Test
  void aDateLineMaySetItsYearOffWithADash() {
    TimeExpression posted = only("Posted Sunday, March 9 - 2025 at 16:12 by the desk");
    assertThat(posted.text()).isEqualTo("Sunday, March 9 - 2025 at 16:12");
    assertThat(posted.value()).isEqualTo("2025-03-09T16:12");
    // a dash before a span of years is no date's year
    assertThat(tagger.tag("The lease ran from May 3 - 2019-2021.", WEDNESDAY))
        .extracting(TimeExpression::text)
        .containsExactly("May 3", "2019", "2021");
  }

  @Test
  void aDateJoinsOneClockOnly() {
    List<TimeExpression> found =
        tagger.tag("Posted March 3, 2025 at 4:31 AM, updated March 3, 2025 at 8:02 AM", WEDNESDAY);
    assertThat(found)
        .extracting(TimeExpression::value)
        .containsExactly("2025-03-03T04:31", "2025-03-03T08:02");
    assertThat(only("Filed 7 : 15 a . m . Mar . 3 , 2025").text())
        .isEqualTo("7 : 15 a . m . Mar . 3 , 2025");
  }

  @Test
  void theDayBeforeAnEventLeavesTheEventOut() {
    TimeExpression before = only("The storm struck the day before the regatta.");
    assertThat(before.text()).isEqualTo("the day");
    assertThat(only("The ferry sank the day before.").text()).isEqualTo("the day before");
    assertThat(find("The pier shut on March 7, the day before the storm.", "the day").value())
        .isEqualTo("2025-03-07");
  }

  @Test
  void theWeekAloneIsAWeekOfTheYear() {
    assertThat(only("For the week, the index fell 3.8%.").value()).isEqualTo("2025-WXX");
    assertThat(only("Prices rose in the week of March 3.").text()).isEqualTo("March 3");
  }

  @Test
  void yearEarlierIsTheYearBeforeOrItsQuarter() {
    assertThat(only("Sales fell below year-earlier levels.").value()).isEqualTo("2024");
    assertThat(
            find(
                    "Third-quarter profit compared with year-earlier net income of $2 million.",
                    "year-earlier")
                .value())
        .isEqualTo("2023-Q4"); // the last reported quarter (2024-Q4), a year before
  }

  @Test
  void shortYearsDecadesAndAges() {
    assertThat(only("The patrol turned back a raid on 4 Mar 25.").value()).isEqualTo("2025-03-04");
    assertThat(only("She starred in the musicals of the '50s.").value()).isEqualTo("195");
    assertThat(
            tagger.tag(
                "Mr. Hale, 52 years old, will retire; staff 30 to 40 years of age left.",
                WEDNESDAY))
        .isEmpty();
  }

  @Test
  void aTwentyFourHourClockAfterAtOrBeforeHours() {
    assertThat(find("The pier closed at 16:30 on Monday.", "16:30 on Monday").value())
        .isEqualTo("2025-03-10T16:30");
    assertThat(only("The alarm was raised at 09:10 hours.").value()).isEqualTo("2025-03-12T09:10");
    // the clock of a bout or a race is not a time of day
    assertThat(tagger.tag("The referee stopped the bout at 2:56 of the third round.", WEDNESDAY))
        .isEmpty();
  }

  @Test
  void vagueReferences() {
    assertThat(only("The tunnel is now open.").value()).isEqualTo("PRESENT_REF");
    assertThat(only("The tunnel is currently closed.").value()).isEqualTo("PRESENT_REF");
    assertThat(only("The tunnel was recently widened.").value()).isEqualTo("PAST_REF");
    assertThat(find("Nobody can say what the future holds.", "the future").value())
        .isEqualTo("FUTURE_REF");
  }

  @Test
  void absurdInputGivesValidValueOrNothing() {
    assertThat(tagger.tag("The canal opened on February 30.", WEDNESDAY))
        .noneMatch(t -> t.value().contains("02-30"));
    assertThat(tagger.tag("Colonists may land in the year 3000.", WEDNESDAY))
        .allMatch(t -> t.value().equals("3000"));
    assertThat(values("It took 99999999999999999999 years and 123456789012 days.", WEDNESDAY))
        .containsExactly("P99999999999999999999Y", "P123456789012D");
    assertThat(tagger.tag("No dates here, just plain words.", WEDNESDAY)).isEmpty();
    assertThat(tagger.tag("", WEDNESDAY)).isEmpty();
  }

  @Test
  void longRunsOfNumberWordsDoNotOverflowTheStack() {
    assertThat(tagger.tag("one ".repeat(20_000), WEDNESDAY)).isEmpty();
    assertThat(tagger.tag("twenty-one and ".repeat(5_000) + "five days", WEDNESDAY)).hasSize(1);
    assertThat(tagger.tag("May ".repeat(20_000), WEDNESDAY)).hasSize(20_000);
  }

  @Test
  void extremeReferenceDatesDoNotThrow() {
    assertThat(
            tagger.tag("It happened yesterday, 5000 years ago, next week.", LocalDate.of(1, 1, 1)))
        .isNotNull();
    assertThat(tagger.tag("It happened tomorrow and next year.", LocalDate.of(9999, 12, 31)))
        .isNotNull();
  }
}
