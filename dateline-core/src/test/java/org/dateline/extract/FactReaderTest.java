package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dateline.model.Fact;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

/** Figures read from single invented sentences, without time expressions. */
class FactReaderTest {

  private static final FactReader READER = new FactReader(Words.english());

  private static List<Fact> read(String sentence) {
    return READER.read(sentence, 0, List.of());
  }

  @Test
  void aFigureCarriesItsValueScaleUnitAndChange() {
    assertThat(read("Tin shipments fell 4.5% to 2.1 million tonnes."))
        .extracting(Fact::text, Fact::value, Fact::scale, Fact::unit, Fact::change)
        .containsExactly(
            tuple("4.5%", 4.5, null, "percent", "down"),
            tuple("2.1 million tonnes", 2_100_000.0, "million", "tonnes", "down"));
  }

  @Test
  void aNumberInWordsBeforeAPercentOrAScaleIsAFigure() {
    assertThat(read("Turnout was 61%, two percentage points lower than in 2019."))
        .extracting(Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple("61%", 61.0, "percent"),
            tuple("two percentage points", 2.0, "percentage points"));
    assertThat(read("Prices rose three per cent, and some twenty-two million people noticed."))
        .extracting(Fact::value, Fact::unit)
        .containsExactly(tuple(3.0, "percent"), tuple(22_000_000.0, "people"));
    // a number in words elsewhere is no figure
    assertThat(read("One of the two men was hurt.")).isEmpty();
  }

  @Test
  void aWordOfChangeCanBeWhatIsMeasured() {
    assertThat(read("Growth slowed to 4.6% in the third quarter."))
        .extracting(Fact::subject, Fact::change)
        .containsExactly(tuple("Growth", "down"));
    assertThat(read("The yuan weakened 0.4%, while the rouble firmed 1.1%."))
        .extracting(Fact::subject, Fact::change)
        .containsExactly(tuple("The yuan", "down"), tuple("the rouble", "up"));
  }

  @Test
  void anIntentBeforeTheVerbIsNoPartOfTheSubject() {
    assertThat(read("The mill plans to cut 400 jobs by 2027."))
        .extracting(Fact::subject)
        .containsExactly("The mill");
    assertThat(read("The ferry line has vowed to carry 90,000 passengers."))
        .extracting(Fact::subject)
        .containsExactly("The ferry line");
  }

  @Test
  void pricesInPenceAreFigures() {
    assertThat(read("Shares in the brewer fell 9 pence to 212 pence."))
        .extracting(Fact::value, Fact::unit, Fact::change)
        .containsExactly(tuple(9.0, "pence", "down"), tuple(212.0, "pence", "down"));
  }

  @Test
  void aTokenisedFigureKeepsItsDecimalsAndThousands() {
    assertThat(read("The dairy settled a $5 . 3 million debt and owed $120 , 000 more ."))
        .extracting(Fact::text, Fact::value)
        .containsExactly(tuple("$5 . 3 million", 5_300_000.0), tuple("$120 , 000", 120_000.0));
  }

  @Test
  void poundsWeighUnlessCountedInMillionsOrCalledSterling() {
    assertThat(read("Deputies seized 8,135 pounds of cocaine and £2 million in cash."))
        .extracting(Fact::text, Fact::unit)
        .containsExactly(tuple("8,135 pounds", "pounds"), tuple("£2 million", "GBP"));
    assertThat(read("The club paid 40 million pounds and a fee of 500 pounds sterling."))
        .extracting(Fact::unit)
        .containsExactly("GBP", "GBP");
  }

  @Test
  void countsOfPeopleWithNoUnitTakeWhatBefellThem() {
    assertThat(read("About 3,000 people were evacuated, and at least 12 were killed."))
        .extracting(Fact::text, Fact::value, Fact::unit)
        .containsExactly(tuple("3,000 people", 3000.0, "people"), tuple("12", 12.0, "killed"));
    assertThat(read("The blast hit the market, killing 14 and wounding more than 60."))
        .extracting(Fact::text, Fact::unit)
        .containsExactly(tuple("14", "killed"), tuple("60", "injured"));
    assertThat(read("Rates were cut by 25% in 12 months."))
        .extracting(Fact::unit)
        .containsOnly("percent");
  }

  @Test
  void theSameAmountInAnotherMeasureSharesItsChange() {
    assertThat(read("The index shed 312 points, or 1.8%, to 17,045."))
        .extracting(Fact::text, Fact::change)
        .containsExactly(tuple("312 points", "down"), tuple("1.8%", "down"));
    assertThat(read("The rates are 0%, 15%, or 20% of the profit."))
        .extracting(Fact::change)
        .containsOnlyNulls();
  }

  @Test
  void aClauseAfterACommaAndConjunctionMeasuresItsOwnSubject() {
    assertThat(read("Exports slumped last year, while imports rose 7 per cent."))
        .extracting(Fact::subject)
        .containsExactly("imports");
    assertThat(read("Sales of tea, coffee, and cocoa rose 4%.").get(0).subject())
        .startsWith("Sales of tea");
    assertThat(read("Profit was flat in April, but it rose 5% in May."))
        .extracting(Fact::subject)
        .containsExactly("Profit");
  }

  @Test
  void rupeesInLakhsAndCroresAreSums() {
    assertThat(read("The state will spend Rs 2.5 lakh crore on roads and ₹1,200 crore on rail."))
        .extracting(Fact::value, Fact::unit)
        .containsExactly(tuple(2.5e12, "INR"), tuple(1.2e10, "INR"));
  }

  @Test
  void theLevelAChangeEndsAtSharesItsChange() {
    assertThat(read("Brent climbed $1.20, or 1.5%, to $81.40 a barrel."))
        .extracting(Fact::text, Fact::change)
        .containsExactly(tuple("$1.20", "up"), tuple("1.5%", "up"), tuple("$81.40", "up"));
  }

  @Test
  void verbsOfEarningAndPassingEndTheSubject() {
    assertThat(read("Its market value topped $3 trillion."))
        .extracting(Fact::subject)
        .containsExactly("Its market value");
    assertThat(read("Bethlehem earned $101.4 million, or $1.27 a share."))
        .extracting(Fact::subject)
        .containsOnly("Bethlehem");
  }

  @Test
  void aPartOfAPointInWordsIsAFigureInPercentagePoints() {
    assertThat(read("The Fed cut rates by a quarter of a percentage point."))
        .extracting(Fact::text, Fact::value, Fact::unit, Fact::change)
        .containsExactly(
            tuple("a quarter of a percentage point", 0.25, "percentage points", "down"));
    assertThat(read("The bank lifted its key rate by half a point to 5.25%."))
        .extracting(Fact::value, Fact::change)
        .containsExactly(tuple(0.5, "up"), tuple(5.25, "up"));
  }

  @Test
  void everyComparisonOfTheSentenceIsKept() {
    Fact f =
        read("Car sales dropped 7% from a year earlier, the steepest fall in nine months.").get(0);
    assertThat(f.comparison()).isEqualTo("from a year earlier; steepest fall in nine months");
  }

  @Test
  void whatIsMeasuredFollowsTheVerbThatReportsIt() {
    assertThat(read("The brewer said operating profit rose 12% in the half."))
        .extracting(Fact::subject)
        .containsExactly("operating profit");
    assertThat(read("The central bank expects inflation to slow to 3.1 percent."))
        .extracting(Fact::subject)
        .containsExactly("inflation");
  }

  @Test
  void theFirstNumberOfARangeTakesTheUnitOfTheSecond() {
    assertThat(read("Output should grow by between 2.5 and 3 percent, or 6 to 8 billion euros."))
        .extracting(Fact::value, Fact::unit)
        .containsExactly(
            tuple(2.5, "percent"), tuple(3.0, "percent"), tuple(6e9, "EUR"), tuple(8e9, "EUR"));
  }

  @Test
  void moreCurrenciesAndVerbsOfLevel() {
    assertThat(read("Net profit slipped to 2.4 billion kronor."))
        .extracting(Fact::unit, Fact::subject)
        .containsExactly(tuple("SEK", "Net profit"));
    assertThat(read("The jobless rate held steady at 4.1%."))
        .extracting(Fact::subject)
        .containsExactly("The jobless rate");
  }

  @Test
  void aTimeInsideTheSubjectGoesWithItsPreposition() {
    String sentence = "Sales for the quarter were $2 billion.";
    TimeMention quarter = new TimeMention(10, 21, "the quarter", "DATE", "2024-Q3");
    assertThat(READER.read(sentence, 0, List.of(quarter)))
        .extracting(Fact::subject, Fact::period)
        .containsExactly(tuple("Sales", "2024-Q3"));
  }

  @Test
  void theSubjectFollowsAnOpeningPhraseAndPrecedesNoModifiedNoun() {
    assertThat(
            read(
                "In the first half, timber sales reached $40 million, above the $35 million"
                    + " sales goal set by the board."))
        .extracting(Fact::subject)
        .containsExactly("timber sales", "sales goal set by the board");
  }

  @Test
  void aFigureThatOpensItsClauseMeasuresItsOfPhrase() {
    assertThat(read("The survey showed that 64% of dairy farms are family-run."))
        .extracting(Fact::subject)
        .containsExactly("dairy farms");
  }

  @Test
  void aBareNumberIsNoFigure() {
    assertThat(read("The 12 members met for 3 hours and agreed on 2 proposals.")).isEmpty();
  }

  @Test
  void theSourceIsTakenFromAccordingTo() {
    assertThat(read("Rice exports rose 9%, according to the farm ministry."))
        .extracting(Fact::source)
        .containsExactly("the farm ministry");
  }

  @Test
  void theSourceIsTakenFromAReportingClause() {
    assertThat(read("Tin output fell 3% in May, the Mines Bureau said."))
        .extracting(Fact::source)
        .containsExactly("the Mines Bureau");
    assertThat(read("Statistics Iceland said fish catches rose 6% in April."))
        .extracting(Fact::source)
        .containsExactly("Statistics Iceland");
    assertThat(read("Wool prices rose 4%, the ministry said on Friday."))
        .extracting(Fact::source)
        .containsExactly("the ministry");
    assertThat(read("About 3,000 people fled, local health officials said."))
        .extracting(Fact::source)
        .containsExactly("local health officials");
    assertThat(read("She said wool prices rose 4%.")).extracting(Fact::source).containsOnlyNulls();
  }

  @Test
  void theLevelAChangeEndsAtTakesItsDirection() {
    assertThat(read("The reserve bank cut its main lending rate by a quarter point to 4.5%."))
        .extracting(Fact::change)
        .containsExactly("down");
  }

  @Test
  void upFromGivesTheLevelItsChangeAndLeavesTheBaselineWithout() {
    assertThat(read("Wool exports hit 41,000 tonnes last season, up from 30,000 tonnes."))
        .extracting(Fact::change)
        .containsExactly("up", null);
    assertThat(read("Costs were $6,000 and the Net Gain from the sale is $9,000."))
        .extracting(Fact::change)
        .containsOnlyNulls();
    assertThat(read("Sales grew 2% compared with a 6% contraction a year before."))
        .extracting(Fact::change)
        .containsExactly("up", "down");
  }

  @Test
  void noSubjectHoldsAnotherFigureWithACurrencyMarkOrAfterAnOpeningCapital() {
    assertThat(read("Between 3,000 and 4,000 people marched."))
        .extracting(Fact::subject)
        .containsOnlyNulls();
    assertThat(read("Most shops charge $35 and some ask $100.").get(1).subject()).isNull();
  }

  @Test
  void centsAreCounted() {
    assertThat(read("Earnings rose to 83 cents a share."))
        .extracting(Fact::value, Fact::unit)
        .containsExactly(tuple(83.0, "cents"));
  }

  @Test
  void aScaledValueIsExactInDecimal() {
    assertThat(read("Exports slumped to €4.1bn.")).extracting(Fact::value).containsExactly(4.1e9);
  }

  @Test
  void eachFigureTakesThePeriodRightAfterIt() {
    String sentence = "The surplus widened to $96.7 billion in May from $81.7 billion in April.";
    int may = sentence.indexOf("May");
    int april = sentence.indexOf("April");
    List<TimeMention> times =
        List.of(
            new TimeMention(may, may + 3, "May", "DATE", "2025-05"),
            new TimeMention(april, april + 5, "April", "DATE", "2025-04"));
    assertThat(READER.read(sentence, 0, times))
        .extracting(Fact::period)
        .containsExactly("2025-05", "2025-04");
  }

  @Test
  void theBaselineOfAComparisonIsNoPeriod() {
    String sentence = "The krona fell 0.4%, its lowest level since July.";
    int july = sentence.indexOf("July");
    TimeMention since = new TimeMention(july, july + 4, "July", "DATE", "2025-07");
    assertThat(READER.read(sentence, 0, List.of(since)))
        .extracting(Fact::period)
        .containsOnlyNulls();
  }

  @Test
  void aRunningTotalHasTheMonthsItSums() {
    String first = "Exports fell 14% in the first 11 months of this year.";
    assertThat(READER.read(first, 0, times(first, "this year", "2026")))
        .extracting(Fact::period)
        .containsExactly("2026-01/2026-11");
    String to = "Sales for the nine months to September rose 8%.";
    assertThat(READER.read(to, 0, times(to, "September", "2026-09")))
        .extracting(Fact::period)
        .containsExactly("2026-01/2026-09");
    String ended = "Net profit for the year ended March 31 fell 12%.";
    assertThat(READER.read(ended, 0, times(ended, "March 31", "2026-03-31")))
        .extracting(Fact::period)
        .containsExactly("2025-04/2026-03");
    String range = "In the January-October period, output rose 5%.";
    assertThat(READER.read(range, 0, times(range, "January", "2026-01", "October", "2026-10")))
        .extracting(Fact::period)
        .containsExactly("2026-01/2026-10");
    // a month alone, or two months that make no range, stay as they are
    String month = "Sales rose 4% in October, after a fall in September.";
    assertThat(READER.read(month, 0, times(month, "October", "2026-10", "September", "2026-09")))
        .extracting(Fact::period)
        .containsExactly("2026-10");
  }

  @Test
  void aComparisonsBaselineIsNoPeriod() {
    String unchanged = "Unemployment stood at 3.9%, unchanged from June.";
    assertThat(READER.read(unchanged, 0, times(unchanged, "June", "2025-06")))
        .extracting(Fact::period)
        .containsOnlyNulls();
    String down = "About 60% said they trusted the police, down from 72% in 2019.";
    assertThat(READER.read(down, 0, times(down, "2019", "2019")))
        .extracting(Fact::period)
        .containsExactly(null, "2019");
    String points = "Turnout was 61.5%, down almost six points from the 2016 vote.";
    assertThat(READER.read(points, 0, times(points, "2016", "2016")))
        .extracting(Fact::period)
        .containsOnlyNulls();
    String two = "Output shrank 0.4% in the third quarter, after growth of 0.2% in the second.";
    assertThat(READER.read(two, 0, times(two, "the third quarter", "2025-Q3")))
        .extracting(Fact::period)
        .containsExactly("2025-Q3", null);
    String both = "Costs averaged $9,100 in 2024 and premiums averaged $12,400.";
    assertThat(READER.read(both, 0, times(both, "2024", "2024")))
        .extracting(Fact::period)
        .containsExactly("2024", "2024");
    String said = "The strike cost the line €150 million, the company said on Monday.";
    assertThat(READER.read(said, 0, times(said, "Monday", "2025-11-17")))
        .extracting(Fact::period)
        .containsOnlyNulls();
    String source = "Nearly 73% expect a reply, according to data from the 2025 Index.";
    assertThat(READER.read(source, 0, times(source, "2025", "2025")))
        .extracting(Fact::period)
        .containsExactly("2025");
  }

  @Test
  void aChangeVerbsPossessedObjectIsWhatIsMeasured() {
    assertThat(read("The IMF cut its 2026 growth forecast for the euro zone to 0.9%."))
        .extracting(Fact::subject, Fact::change)
        .containsExactly(tuple("its 2026 growth forecast for the euro zone", "down"));
    assertThat(
            read(
                "Du Pont raised its quarterly dividend to $1.20, a change worth some $140 million."))
        .extracting(Fact::subject)
        .containsExactly("its quarterly dividend", "Du Pont");
  }

  @Test
  void aSubjectKeepsTheSignsBetweenTouchingWords() {
    assertThat(read("The S&P 500 fell 2.3% on Friday."))
        .extracting(Fact::subject)
        .containsExactly("The S&P 500");
  }

  @Test
  void aFigureAfterOfMeasuresTheNounPhraseBeforeIt() {
    assertThat(read("The loan carries an interest rate of 6.5%."))
        .extracting(Fact::subject)
        .containsExactly("an interest rate");
  }

  @Test
  void aDeathTollIsACountOfDeaths() {
    assertThat(read("The death toll from the quake a day before rose to 1,042, officials said."))
        .extracting(Fact::value, Fact::unit, Fact::subject, Fact::change)
        .containsExactly(tuple(1042.0, "deaths", "death toll", "up"));
    assertThat(read("The death toll rose 12% to 56 people."))
        .extracting(Fact::unit)
        .containsExactly("percent", "people");
  }

  @Test
  void noSubjectHoldsAnotherFigure() {
    assertThat(read("Tesla delivered 435,000 vehicles, up 7% from a year earlier."))
        .extracting(Fact::text, Fact::subject)
        .containsExactly(tuple("435,000 vehicles", null), tuple("7%", null));
    assertThat(read("Windows 11 sales rose 4%."))
        .extracting(Fact::subject)
        .containsExactly("Windows 11 sales");
  }

  @Test
  void anUnresolvedPeriodIsNotReplacedByAYearPastAnotherFigure() {
    String sentence =
        "In the first ten months of this year, sales reached $12 billion, short of the $15 billion"
            + " goal set for 2030.";
    assertThat(
            READER.read(
                sentence,
                0,
                times(sentence, "the first ten months of this year", null, "2030", "2030")))
        .extracting(Fact::period)
        .containsExactly(null, "2030");
  }

  @Test
  void aRangeAndAConvertedSumShareTheirPeriod() {
    String sentence =
        "Rates ran from 10% to 37% for 2022, while the state's ran from 4% to 10.9% for 2021.";
    assertThat(READER.read(sentence, 0, times(sentence, "2022", "2022", "2021", "2021")))
        .extracting(Fact::period)
        .containsExactly("2022", "2022", "2021", "2021");
    String converted =
        "Its 1989 profit will be 4.7 billion francs ($754.4 million), up from 633.8 million francs last year.";
    assertThat(READER.read(converted, 0, times(converted, "1989", "1989", "last year", null)))
        .extracting(Fact::period)
        .containsExactly("1989", "1989", null);
  }

  @Test
  void aBaselineWithoutAUnitIsMeasuredAsTheFigureItIsComparedWith() {
    assertThat(read("Revenue rose to 4.2 billion euros from 3.9 billion a year earlier."))
        .extracting(Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple("4.2 billion euros", 4.2e9, "EUR"), tuple("3.9 billion", 3.9e9, "EUR"));
    assertThat(read("It earned $7.8 billion, helped by more than 18 million policies."))
        .extracting(Fact::text)
        .containsExactly("$7.8 billion");
  }

  @Test
  void aRateARangeAfterToAndItsSecondEndKeepTheChange() {
    assertThat(read("The economy grew at an annualised rate of 2.8% in the quarter."))
        .extracting(Fact::change)
        .containsExactly("up");
    assertThat(
            read(
                "The company cut its full-year forecast to between $3.1 billion and $3.3 billion."))
        .extracting(Fact::text, Fact::change)
        .containsExactly(tuple("$3.1 billion", "down"), tuple("$3.3 billion", "down"));
  }

  @Test
  void aComparisonBelongsToTheFigureItFollowsNotToTheBaseline() {
    assertThat(read("Inflation eased to 2.4% from 2.7%, the lowest since March 2021."))
        .extracting(Fact::text, Fact::comparison)
        .containsExactly(tuple("2.4%", "lowest since March 2021"), tuple("2.7%", null));
    assertThat(read("Sales fell 0.9% month-on-month but were up 2.1% on the year."))
        .extracting(Fact::comparison)
        .containsExactly("month-on-month", null);
    assertThat(read("Exports posted their biggest drop in seven months, falling 21%."))
        .extracting(Fact::comparison)
        .containsExactly("biggest drop in seven months");
  }

  @Test
  void aHedgeOnTheVerbIsNoPartOfTheSubject() {
    assertThat(read("Profit more than doubled to $3.4 billion."))
        .extracting(Fact::subject)
        .containsExactly("Profit");
  }

  @Test
  void aSmallMoveAndBritishPercentsKeepTheirSubjectAndUnit() {
    assertThat(read("Joblessness edged up to 5.2% in June."))
        .extracting(Fact::subject, Fact::value, Fact::change)
        .containsExactly(tuple("Joblessness", 5.2, "up"));
    assertThat(read("The ferry line carried 1.9m cars, up 7pc."))
        .extracting(Fact::text, Fact::unit)
        .containsExactly(tuple("1.9m cars", "cars"), tuple("7pc", "percent"));
    // "pc" apart from the digits is no percent sign
    assertThat(read("The school bought 30 pc tablets."))
        .extracting(Fact::unit)
        .doesNotContain("percent");
  }

  @Test
  void aYearEarlierIsTheBaselineOfAChangeNotItsPeriod() {
    String on = "Freight grew 9% on a year earlier, the port said.";
    List<Fact> grew = READER.read(on, 0, times(on, "a year earlier", "2025"));
    assertThat(grew).extracting(Fact::comparison).containsExactly("on a year earlier");
    assertThat(grew).extracting(Fact::period).doesNotContain("2025");
    String from = "Fees rose 4% from a year earlier to $8 billion in the second quarter.";
    assertThat(
            READER.read(
                from, 0, times(from, "a year earlier", "2025", "the second quarter", "2026-Q2")))
        .extracting(Fact::text, Fact::period)
        .doesNotContain(tuple("4%", "2025"))
        .contains(tuple("$8 billion", "2026-Q2"));
  }

  @Test
  void theFirstMonthsOfTheYearAreARunningTotal() {
    String sentence = "Car sales rose 38% in the first nine months of the year.";
    assertThat(READER.read(sentence, 0, times(sentence, "the year", "2026")))
        .extracting(Fact::period)
        .containsExactly("2026-01/2026-09");
  }

  /** DATE mentions of each (text, value) pair, found in the sentence in order. */
  private static List<TimeMention> times(String sentence, String... textAndValue) {
    List<TimeMention> out = new java.util.ArrayList<>();
    for (int i = 0; i < textAndValue.length; i += 2) {
      int at = sentence.indexOf(textAndValue[i]);
      out.add(
          new TimeMention(
              at, at + textAndValue[i].length(), textAndValue[i], "DATE", textAndValue[i + 1]));
    }
    return out;
  }
}
