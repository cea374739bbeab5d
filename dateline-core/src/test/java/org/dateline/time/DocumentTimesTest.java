package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

class DocumentTimesTest {
  private static final String TEXT =
      "The envoy arrived in Talvik on Monday for talks that lasted three days. She flies home on"
          + " 4 March 2030.";

  private final DocumentTimes times = new DocumentTimes(new TemporalTagger());

  @Test
  void valuesEveryExpressionAgainstTheDayOfAPageDatedToTheDay() {
    // 27 February 2030 is a Wednesday: the Monday before it is the 25th.
    assertThat(times.read(TEXT, Published.onDay(LocalDate.of(2030, 2, 27))))
        .extracting(TimeMention::text, TimeMention::type, TimeMention::value)
        .containsExactly(
            tuple("Monday", "DATE", "2030-02-25"),
            tuple("three days", "DURATION", "P3D"),
            tuple("4 March 2030", "DATE", "2030-03-04"));
  }

  @Test
  void keepsOnlyStatedValuesWhenThePageIsNotDatedToTheDay() {
    assertThat(times.read(TEXT, Published.unknown()))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(
            tuple("Monday", null), tuple("three days", "P3D"), tuple("4 March 2030", "2030-03-04"));
  }

  @Test
  void leavesOnlyTheYearOpenWhenTheTextGivesTheRest() {
    assertThat(times.read("The ferry line reopened on Nov 3 after repairs.", Published.unknown()))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(tuple("Nov 3", "XXXX-11-03"));
  }

  @Test
  void keepsWhatHoldsOnEveryDayOfAPageDatedToTheMonth() {
    String text =
        "Exports fell in September, the ministry said on Monday, and talks resume on Nov 20.";
    assertThat(times.read(text, new Published("2024-11", Published.Basis.TEXT)))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(
            tuple("September", "2024-09"), tuple("Monday", null), tuple("Nov 20", "2024-11-20"));
  }

  @Test
  void leavesOpenWhatTheYearOfAPageDatedToTheYearDoesNotSettle() {
    String text = "Output rose last year; the plant reopened on Nov 3.";
    assertThat(times.read(text, new Published("2024", Published.Basis.TEXT)))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(tuple("last year", "2023"), tuple("Nov 3", "XXXX-11-03"));
  }

  @Test
  void offsetsPointIntoTheText() {
    for (TimeMention t : times.read(TEXT, Published.unknown())) {
      assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }
}
